using Frontline.Domain.Platform;

namespace Frontline.Domain.Quality;

/// <summary>What was evaluated: a contact, a case or a complaint.</summary>
public enum EvaluationSubject
{
    Contact,
    Case,
    Complaint,
}

/// <summary>How the evaluator came to the evidence.</summary>
public enum EvaluationMethod
{
    /// <summary>Reviewing the record and its recording after the event.</summary>
    RemoteReview,

    /// <summary>Listening to the call (live or recorded).</summary>
    CallListening,

    /// <summary>Sitting side by side with the agent.</summary>
    Observation,
}

/// <summary>Draft → submitted (shared with the agent) → acknowledged, or disputed → arbitrated.</summary>
public enum EvaluationStatus
{
    Draft,
    Submitted,
    Acknowledged,
    Disputed,
    Arbitrated,
}

/// <summary>
/// A quality evaluation of one piece of an agent's work, scored on one scorecard version. Answers are checked against
/// that version; the score is recomputed by <see cref="ScoringRule"/> whenever they change, and every step (submitted,
/// acknowledged, disputed, upheld with the answers changed, rejected) is kept in <see cref="History"/>.
/// </summary>
public sealed class Evaluation : IVersioned
{
    public const int MaxTextLength = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ScorecardId { get; init; }

    public Guid ScorecardVersionId { get; init; }

    public int ScorecardVersionNumber { get; init; }

    public EvaluationSubject Subject { get; init; }

    public Guid? ContactId { get; init; }

    public Guid? CaseId { get; init; }

    public Guid? ComplaintId { get; init; }

    /// <summary>The channel of the work evaluated (the contact's, or the case's or complaint's channel when known).</summary>
    public string? Channel { get; init; }

    /// <summary>When the work evaluated happened (the contact's start), for trends by the work's period.</summary>
    public DateTime? WorkAt { get; init; }

    /// <summary>The agent evaluated.</summary>
    public Guid AgentId { get; init; }

    /// <summary>The agent's team when the work was done: team leaders see their team's evaluations.</summary>
    public Guid? TeamId { get; init; }

    public Guid EvaluatorId { get; init; }

    /// <summary>The sampling assignment this evaluation completes, when it came from a spot-check plan.</summary>
    public Guid? AssignmentId { get; set; }

    public EvaluationMethod Method { get; set; } = EvaluationMethod.RemoteReview;

    public EvaluationStatus Status { get; private set; } = EvaluationStatus.Draft;

    /// <summary>Null until every criterion is answered.</summary>
    public decimal? Score { get; private set; }

    public decimal? ScoreBeforeCritical { get; private set; }

    public string? Band { get; private set; }

    /// <summary>The critical criteria answered no (ids on the version).</summary>
    public List<Guid> CriticalFailed { get; private set; } = [];

    /// <summary>A compliance-critical criterion failed: Compliance raises a suspected breach from it.</summary>
    public bool ComplianceCriticalFailed { get; private set; }

    public string? Strengths { get; set; }

    /// <summary>Skill codes (<see cref="QualitySkills"/>); People turns them into development needs.</summary>
    public List<string> DevelopmentAreas { get; set; } = [];

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public DateTime? AcknowledgedAt { get; private set; }

    public string? AgentComment { get; private set; }

    public int Version { get; set; }

    public List<EvaluationAnswer> Answers { get; init; } = [];

    public List<EvaluationDispute> Disputes { get; init; } = [];

    public List<EvaluationEvent> History { get; init; } = [];

    /// <summary>Submitted and not yet answered by the agent.</summary>
    public bool AwaitsAgent => Status == EvaluationStatus.Submitted;

    public EvaluationDispute? OpenDispute => Disputes.SingleOrDefault(d => d.Status == DisputeStatus.Open);

    public static Evaluation Start(ScorecardVersion version, EvaluationSubject subject, Guid? contactId, Guid? caseId, Guid? complaintId, string? channel,
        DateTime? workAt, Guid agentId, Guid? teamId, Guid evaluatorId, EvaluationMethod method, DateTime now)
    {
        if (version.Status != ScorecardStatus.Published)
        {
            throw new DomainException("evaluation.scorecard-not-published", $"'{version.Name}' has no published version to score on.",
                DomainErrorKind.Invalid, "scorecardId");
        }

        if (agentId == evaluatorId)
        {
            throw new DomainException("evaluation.own-work", "You cannot evaluate your own work.", DomainErrorKind.Forbidden);
        }

        var evaluation = new Evaluation
        {
            ScorecardId = version.ScorecardId, ScorecardVersionId = version.Id, ScorecardVersionNumber = version.Number, Subject = subject, ContactId = contactId,
            CaseId = caseId, ComplaintId = complaintId, Channel = channel, WorkAt = workAt, AgentId = agentId, TeamId = teamId, EvaluatorId = evaluatorId,
            Method = method, CreatedAt = now, UpdatedAt = now,
        };
        evaluation.Record(now, evaluatorId, "created", $"Evaluation started on '{version.Name}' version {version.Number}.");
        return evaluation;
    }

    /// <summary>Replaces the answers (a draft may be partial) and rescoring when complete. Only a draft can be edited.</summary>
    public void SetAnswers(ScorecardVersion version, IReadOnlyList<CriterionAnswer> answers, DateTime now)
    {
        RequireVersion(version);
        if (Status != EvaluationStatus.Draft)
        {
            throw Refused("A submitted evaluation cannot be edited; the agent may dispute it.");
        }

        ScoringRule.CheckAnswers(version, answers);
        Replace(version, answers);
        Rescore(version, complete: false);
        UpdatedAt = now;
    }

    /// <summary>Shares the evaluation with the agent: every criterion must be answered.</summary>
    public void Submit(ScorecardVersion version, DateTime now)
    {
        RequireVersion(version);
        if (Status != EvaluationStatus.Draft)
        {
            throw Refused("This evaluation has already been submitted.");
        }

        Rescore(version, complete: true);
        Status = EvaluationStatus.Submitted;
        SubmittedAt = now;
        UpdatedAt = now;
        Record(now, EvaluatorId, "submitted", $"Submitted: {Score:0.##} ({ScoreBands.Display(Band!)}).");
    }

    public void Acknowledge(Guid agentId, string? comment, DateTime now)
    {
        RequireAgent(agentId, "acknowledge");
        if (Status != EvaluationStatus.Submitted)
        {
            throw Refused(Status == EvaluationStatus.Acknowledged ? "You have already acknowledged this evaluation." : "Only a submitted evaluation can be acknowledged.");
        }

        Status = EvaluationStatus.Acknowledged;
        AcknowledgedAt = now;
        AgentComment = Trim(comment);
        UpdatedAt = now;
        Record(now, agentId, "acknowledged", AgentComment is null ? "Acknowledged." : $"Acknowledged: {AgentComment}");
    }

    /// <summary>The agent disputes named criteria, once, with a reason.</summary>
    public EvaluationDispute Dispute(ScorecardVersion version, Guid agentId, IReadOnlyList<Guid> criterionIds, string? reason, DateTime now)
    {
        RequireVersion(version);
        RequireAgent(agentId, "dispute");
        if (Disputes.Count > 0)
        {
            throw Refused("This evaluation has already been disputed: an evaluation can be disputed once.");
        }

        if (Status != EvaluationStatus.Submitted)
        {
            throw Refused(Status == EvaluationStatus.Acknowledged
                ? "You acknowledged this evaluation, so it can no longer be disputed."
                : "Only a submitted evaluation can be disputed.");
        }

        if (criterionIds.Count == 0)
        {
            throw new DomainException("dispute.invalid", "Name at least one criterion you dispute.", DomainErrorKind.Invalid, "criterionIds");
        }

        var onVersion = version.Criteria.Select(c => c.Id).ToHashSet();
        if (criterionIds.FirstOrDefault(id => !onVersion.Contains(id)) is var unknown && unknown != Guid.Empty)
        {
            throw new DomainException("dispute.invalid", "A disputed criterion is not on this evaluation's scorecard.", DomainErrorKind.Invalid, "criterionIds");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("dispute.invalid", "Say why you dispute the evaluation.", DomainErrorKind.Invalid, "reason");
        }

        if (reason.Length > MaxTextLength)
        {
            throw new DomainException("dispute.invalid", $"The reason is longer than {MaxTextLength} characters.", DomainErrorKind.Invalid, "reason");
        }

        var dispute = new EvaluationDispute
        {
            EvaluationId = Id, CriterionIds = [.. criterionIds.Distinct()], Reason = reason.Trim(), RaisedById = agentId, RaisedAt = now, ScoreBefore = Score,
        };
        Disputes.Add(dispute);
        Status = EvaluationStatus.Disputed;
        UpdatedAt = now;
        var names = version.Criteria.Where(c => dispute.CriterionIds.Contains(c.Id)).Select(c => $"'{c.Text}'");
        Record(now, agentId, "disputed", $"Disputed {string.Join(", ", names)}: {dispute.Reason}");
        return dispute;
    }

    /// <summary>
    /// The arbitrator's decision. Upheld: the answers given replace those of the disputed criteria (only those), the
    /// change is recorded and the score recomputed. Rejected: nothing changes. Either way a reason is required.
    /// </summary>
    public void Decide(ScorecardVersion version, Guid disputeId, Guid arbitratorId, bool upheld, string? reason, IReadOnlyList<CriterionAnswer> changes,
        DateTime now)
    {
        RequireVersion(version);
        var dispute = Disputes.SingleOrDefault(d => d.Id == disputeId) ?? throw DomainException.NotFound("dispute");
        if (dispute.Status != DisputeStatus.Open)
        {
            throw Refused("This dispute has already been decided.");
        }

        if (arbitratorId == EvaluatorId)
        {
            throw new DomainException("dispute.own-evaluation", "You evaluated this work, so you cannot arbitrate its dispute.", DomainErrorKind.Forbidden);
        }

        if (arbitratorId == AgentId)
        {
            throw new DomainException("dispute.own-dispute", "You cannot arbitrate your own dispute.", DomainErrorKind.Forbidden);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("dispute.invalid", "Give the reason for the decision; the agent is told it.", DomainErrorKind.Invalid, "reason");
        }

        if (reason.Length > MaxTextLength)
        {
            throw new DomainException("dispute.invalid", $"The reason is longer than {MaxTextLength} characters.", DomainErrorKind.Invalid, "reason");
        }

        var recorded = new List<AnswerChange>();
        if (upheld)
        {
            if (changes.Count == 0)
            {
                throw new DomainException("dispute.invalid", "An upheld dispute changes at least one disputed answer: give the new answers.",
                    DomainErrorKind.Invalid, "answers");
            }

            if (changes.FirstOrDefault(c => !dispute.CriterionIds.Contains(c.CriterionId)) is { } outside)
            {
                throw new DomainException("dispute.invalid", "Only the disputed criteria can be rescored.", DomainErrorKind.Invalid, "answers");
            }

            ScoringRule.CheckAnswers(version, changes);
            var kinds = version.Criteria.ToDictionary(c => c.Id, c => c.Kind);
            var answers = Answers.Select(a => new CriterionAnswer(a.CriterionId, a.Value, a.Comment, a.Evidence)).ToList();
            foreach (var change in changes)
            {
                var index = answers.FindIndex(a => a.CriterionId == change.CriterionId);
                var from = answers[index].Value.Text(kinds[change.CriterionId]);
                var to = change.Value.Text(kinds[change.CriterionId]);
                if (from != to)
                {
                    recorded.Add(new AnswerChange(change.CriterionId, from, to));
                }

                answers[index] = answers[index] with { Value = change.Value, Comment = change.Comment ?? answers[index].Comment };
            }

            if (recorded.Count == 0)
            {
                throw new DomainException("dispute.invalid", "The new answers are the same as before: change at least one, or reject the dispute.",
                    DomainErrorKind.Invalid, "answers");
            }

            Replace(version, answers);
            Rescore(version, complete: true);
        }
        else if (changes.Count > 0)
        {
            throw new DomainException("dispute.invalid", "A rejected dispute leaves the answers as they were: leave the new answers out.",
                DomainErrorKind.Invalid, "answers");
        }

        dispute.Status = upheld ? DisputeStatus.Upheld : DisputeStatus.Rejected;
        dispute.ArbitratorId = arbitratorId;
        dispute.DecidedAt = now;
        dispute.DecisionReason = reason.Trim();
        dispute.ScoreAfter = Score;
        dispute.Changes = recorded;
        Status = EvaluationStatus.Arbitrated;
        UpdatedAt = now;
        Record(now, arbitratorId, upheld ? "dispute-upheld" : "dispute-rejected", upheld
            ? $"Dispute upheld: {dispute.DecisionReason} Score {dispute.ScoreBefore:0.##} → {Score:0.##}."
            : $"Dispute rejected: {dispute.DecisionReason}");
    }

    public void Touch(DateTime now) => UpdatedAt = now;

    private void Replace(ScorecardVersion version, IReadOnlyList<CriterionAnswer> answers)
    {
        var criteria = version.Criteria.ToDictionary(c => c.Id);
        Answers.Clear();
        foreach (var answer in answers)
        {
            var criterion = criteria[answer.CriterionId];
            Answers.Add(new EvaluationAnswer
            {
                EvaluationId = Id, CriterionId = answer.CriterionId, CriterionKey = criterion.Key, SectionId = criterion.SectionId,
                NotApplicable = answer.Value.NotApplicable, Points = answer.Value.NotApplicable ? null : answer.Value.Points, MaxPoints = criterion.MaxPoints,
                Comment = Trim(answer.Comment), Evidence = Trim(answer.Evidence),
            });
        }
    }

    private void Rescore(ScorecardVersion version, bool complete)
    {
        var answers = Answers.Select(a => new CriterionAnswer(a.CriterionId, a.Value)).ToList();
        var answeredAll = version.Criteria.All(c => answers.Any(a => a.CriterionId == c.Id));
        if (!complete && !answeredAll)
        {
            Score = ScoreBeforeCritical = null;
            Band = null;
            CriticalFailed = [];
            ComplianceCriticalFailed = false;
            return;
        }

        var result = ScoringRule.Score(version, answers);
        Score = result.Score;
        ScoreBeforeCritical = result.ScoreBeforeCritical;
        Band = result.Band;
        CriticalFailed = [.. result.CriticalFailed];
        ComplianceCriticalFailed = result.ComplianceCriticalFailed;
    }

    private void RequireVersion(ScorecardVersion version)
    {
        if (version.Id != ScorecardVersionId)
        {
            throw new InvalidOperationException("An evaluation is scored on the scorecard version it was started on.");
        }
    }

    private void RequireAgent(Guid agentId, string what)
    {
        if (agentId != AgentId)
        {
            throw new DomainException("evaluation.not-yours", $"Only the agent evaluated can {what} this evaluation.", DomainErrorKind.Forbidden);
        }
    }

    private void Record(DateTime at, Guid actorId, string kind, string detail) =>
        History.Add(new EvaluationEvent { EvaluationId = Id, At = at, ActorId = actorId, Kind = kind, Detail = detail.Length > 2000 ? detail[..2000] : detail });

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DomainException Refused(string message) => new("evaluation.state", message, DomainErrorKind.Conflict);
}

/// <summary>The answer to one criterion, with the evaluator's comment and evidence (e.g. "03:15" in the recording).</summary>
public sealed class EvaluationAnswer
{
    public const int MaxCommentLength = 2000;
    public const int MaxEvidenceLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid EvaluationId { get; init; }

    public Guid CriterionId { get; init; }

    /// <summary>The criterion's key across scorecard versions (for trends per criterion).</summary>
    public Guid CriterionKey { get; init; }

    public Guid SectionId { get; init; }

    public bool NotApplicable { get; init; }

    public int? Points { get; init; }

    public int MaxPoints { get; init; }

    public string? Comment { get; init; }

    public string? Evidence { get; init; }

    public AnswerValue Value => NotApplicable ? AnswerValue.Na : new AnswerValue(false, Points ?? 0);
}

public enum DisputeStatus
{
    Open,
    Upheld,
    Rejected,
}

/// <summary>An agent's dispute of named criteria, and the arbitrator's decision with the answers it changed.</summary>
public sealed class EvaluationDispute
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid EvaluationId { get; init; }

    public List<Guid> CriterionIds { get; init; } = [];

    public required string Reason { get; init; }

    public Guid RaisedById { get; init; }

    public DateTime RaisedAt { get; init; }

    public DisputeStatus Status { get; set; } = DisputeStatus.Open;

    public Guid? ArbitratorId { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? DecisionReason { get; set; }

    public decimal? ScoreBefore { get; init; }

    public decimal? ScoreAfter { get; set; }

    public List<AnswerChange> Changes { get; set; } = [];
}

/// <summary>One answer an upheld dispute changed.</summary>
public sealed record AnswerChange(Guid CriterionId, string From, string To);

/// <summary>One step in an evaluation's life, kept for ever.</summary>
public sealed class EvaluationEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid EvaluationId { get; init; }

    public DateTime At { get; init; }

    public Guid ActorId { get; init; }

    /// <summary>created, submitted, acknowledged, disputed, dispute-upheld, dispute-rejected.</summary>
    public required string Kind { get; init; }

    public required string Detail { get; init; }
}
