using Frontline.Domain.Quality;
using Frontline.Web.Features.Platform.Notifications;

namespace Frontline.Web.Features.Quality;

/// <summary>What Quality tells people, and why (each notice names the rule that sent it). Queued in the caller's unit of work.</summary>
public sealed class QualityNotices(INotifications notifications, IEnumerable<IQualityFindings> findings, QualityPeople people,
    IEnumerable<IQualityDevelopmentAreas> development)
{
    public static string Link(Guid evaluationId) => $"/quality/evaluations/{evaluationId}";

    public void Shared(Evaluation e, string scorecardName) => notifications.Queue(new NotificationRequest(e.AgentId, "evaluation-shared",
        $"Your work was evaluated: {QualityText.Score(e.Score)} ({ScoreBands.Display(e.Band ?? "")})",
        $"An evaluation on '{scorecardName}' is ready. Read the feedback, then acknowledge it or dispute named criteria with a reason.",
        Link(e.Id), "you are the agent evaluated"));

    public async Task DisputedAsync(Evaluation e, CancellationToken cancellationToken)
    {
        var leader = await people.TeamLeaderOfAsync(e.TeamId, cancellationToken);
        if (leader is { } id && id != e.EvaluatorId)
        {
            notifications.Queue(new NotificationRequest(id, "evaluation-disputed", "An evaluation was disputed",
                "An agent in your team disputed an evaluation. Uphold it (rescore the disputed criteria) or reject it, with a reason.", Link(e.Id),
                "you lead the team of the agent who disputed"));
        }

        notifications.Queue(new NotificationRequest(e.EvaluatorId, "evaluation-disputed", "An evaluation you wrote was disputed",
            "The agent disputed criteria of your evaluation; an arbitrator (the team leader or a lead analyst) will decide.", Link(e.Id),
            "you evaluated this work"));
    }

    public void Decided(Evaluation e, EvaluationDispute d)
    {
        var outcome = d.Status == DisputeStatus.Upheld ? "upheld" : "rejected";
        var score = d.Status == DisputeStatus.Upheld ? $" The score is now {QualityText.Score(d.ScoreAfter)}." : "";
        notifications.Queue(new NotificationRequest(e.AgentId, "dispute-decided", $"Your dispute was {outcome}",
            $"Your dispute was {outcome}: {d.DecisionReason}{score}", Link(e.Id), "you raised the dispute"));
        notifications.Queue(new NotificationRequest(e.EvaluatorId, "dispute-decided", $"A dispute of your evaluation was {outcome}",
            $"The dispute was {outcome}: {d.DecisionReason}{score}", Link(e.Id), "you evaluated this work"));
    }

    public void Invited(CalibrationSession session, Guid evaluatorId) => notifications.Queue(new NotificationRequest(evaluatorId, "calibration-invited",
        $"Calibration: {session.Title}", "Score the contact blind; you see the others' answers once everyone has scored.",
        $"/quality/calibration/{session.Id}", "you are invited to the calibration session"));

    public void SampleAssigned(Guid evaluatorId, string planName, int count, DateOnly dueOn) => notifications.Queue(new NotificationRequest(evaluatorId,
        "sample-assigned", $"{count} contact{(count == 1 ? "" : "s")} to evaluate: {planName}",
        $"The spot-check sample of '{planName}' gives you {count} contact{(count == 1 ? "" : "s")} to evaluate by {dueOn:d MMMM yyyy}.",
        "/quality/queue", "you are an evaluator on this sampling plan"));

    /// <summary>Tells Compliance (when it listens) about a compliance-critical failure, or that a decision cleared it.</summary>
    public void Finding(Evaluation e, ScorecardVersion version, bool cleared, DateTimeOffset at)
    {
        var failed = version.Criteria.Where(c => e.CriticalFailed.Contains(c.Id) && c.Critical == Criticality.Compliance)
            .Select(c => new FailedCriterion(c.Id, c.Text, c.Requirement)).ToList();
        foreach (var sink in findings)
        {
            sink.ComplianceCriticalFailed(new QualityFinding(e.Id, e.AgentId, e.ContactId, e.CaseId, e.ComplaintId, at, failed, cleared, Link(e.Id)));
        }
    }

    /// <summary>Tells People (through <see cref="IQualityDevelopmentAreas"/>) what a submitted evaluation says the agent should develop.</summary>
    public async Task DevelopmentAsync(Evaluation e, ScorecardVersion version, CancellationToken cancellationToken)
    {
        var texts = version.Criteria.ToDictionary(c => c.Id, c => c.Text);
        var low = e.Answers.Where(a => !a.NotApplicable && a.Points is { } p && p * 2 < a.MaxPoints && texts.ContainsKey(a.CriterionId))
            .Select(a => new LowCriterion(a.CriterionKey, texts[a.CriterionId], a.Points!.Value, a.MaxPoints)).ToList();
        if (e.DevelopmentAreas.Count == 0 && low.Count == 0)
        {
            return;
        }

        var report = new EvaluationDevelopment(e.Id, e.AgentId, version.Name, e.Score, e.DevelopmentAreas, low, Link(e.Id));
        foreach (var sink in development)
        {
            await sink.SubmittedAsync(report, cancellationToken);
        }
    }
}
