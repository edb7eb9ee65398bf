using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality;

/// <summary>Reads evaluations in the caller's scope (<see cref="EvaluationScope"/>); out of scope is not found.</summary>
public sealed class EvaluationDirectory(FrontlineDbContext db, QualityScope scope, ScorecardDirectory scorecards, QualityPeople people)
{
    public async Task<Evaluation> LoadInScopeAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.Set<Evaluation>() : db.Set<Evaluation>().AsNoTracking();
        var evaluation = await query.Include(e => e.Answers).Include(e => e.Disputes).Include(e => e.History).AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (evaluation is null || !(await scope.GetAsync(cancellationToken)).Includes(evaluation))
        {
            throw DomainException.NotFound("evaluation");
        }

        return evaluation;
    }

    public async Task<EvaluationView> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await ViewAsync(await LoadInScopeAsync(id, tracked: false, cancellationToken), cancellationToken);

    /// <summary>The evaluation holding a dispute, in scope.</summary>
    public async Task<Guid> EvaluationOfDisputeAsync(Guid disputeId, CancellationToken cancellationToken) =>
        await db.Set<EvaluationDispute>().AsNoTracking().Where(d => d.Id == disputeId).Select(d => (Guid?)d.EvaluationId).SingleOrDefaultAsync(cancellationToken)
        ?? throw DomainException.NotFound("dispute");

    public async Task<PagedResult<EvaluationSummary>> ListAsync(ListQuery list, EvaluationFilter filter, CancellationToken cancellationToken)
    {
        var query = (await scope.GetAsync(cancellationToken)).Filter(db.Set<Evaluation>().AsNoTracking());
        query = filter.Apply(query);
        if (list.Q is { } q)
        {
            // Search by agent or evaluator name, or scorecard name.
            var pattern = $"%{q.ToLowerInvariant()}%";
            var staff = await db.Set<Domain.People.StaffMember>().AsNoTracking().Where(s => EF.Functions.Like(s.DisplayName.ToLower(), pattern))
                .Select(s => s.Id).ToListAsync(cancellationToken);
            var cards = await db.Set<Scorecard>().AsNoTracking().Where(s => EF.Functions.Like(s.Name.ToLower(), pattern)).Select(s => s.Id)
                .ToListAsync(cancellationToken);
            query = query.Where(e => staff.Contains(e.AgentId) || staff.Contains(e.EvaluatorId) || cards.Contains(e.ScorecardId));
        }

        var (field, descending) = list.SortOr("createdAt", true);
        IOrderedQueryable<Evaluation> ordered = field switch
        {
            "createdAt" => descending ? query.OrderByDescending(e => e.CreatedAt) : query.OrderBy(e => e.CreatedAt),
            "submittedAt" => descending ? query.OrderByDescending(e => e.SubmittedAt) : query.OrderBy(e => e.SubmittedAt),
            "score" => descending ? query.OrderByDescending(e => e.Score) : query.OrderBy(e => e.Score),
            "workAt" => descending ? query.OrderByDescending(e => e.WorkAt) : query.OrderBy(e => e.WorkAt),
            "status" => descending ? query.OrderByDescending(e => e.Status) : query.OrderBy(e => e.Status),
            _ => throw new DomainException("list.sort", "Sort by createdAt, submittedAt, workAt, score or status (prefix - for descending).",
                DomainErrorKind.Invalid, "sort"),
        };
        var total = await query.CountAsync(cancellationToken);
        var rows = await ordered.ThenByDescending(e => e.Id).Skip(list.Skip).Take(list.PageSize)
            .Select(e => new
            {
                e.Id, e.ScorecardId, e.ScorecardVersionNumber, e.Subject, e.ContactId, e.CaseId, e.ComplaintId, e.Channel, e.AgentId, e.EvaluatorId, e.Method,
                e.Status, e.Score, e.Band, e.CriticalFailed, e.ComplianceCriticalFailed, e.CreatedAt, e.SubmittedAt,
                DisputeOpen = e.Disputes.Any(d => d.Status == DisputeStatus.Open),
            }).ToListAsync(cancellationToken);
        var names = await people.NamesAsync(rows.SelectMany(r => new Guid?[] { r.AgentId, r.EvaluatorId }), cancellationToken);
        var cardIds = rows.Select(r => r.ScorecardId).Distinct().ToList();
        var cardNames = await db.Set<Scorecard>().AsNoTracking().Where(s => cardIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return new PagedResult<EvaluationSummary>([.. rows.Select(r => new EvaluationSummary(r.Id, cardNames.GetValueOrDefault(r.ScorecardId) ?? "", r.ScorecardVersionNumber,
            r.Subject, r.ContactId, r.CaseId, r.ComplaintId, r.Channel, r.AgentId, names.GetValueOrDefault(r.AgentId), r.EvaluatorId,
            names.GetValueOrDefault(r.EvaluatorId), r.Method, r.Status, r.Score, r.Band, r.CriticalFailed.Count > 0, r.ComplianceCriticalFailed,
            QualityText.Instant(r.CreatedAt), QualityText.Instant(r.SubmittedAt), r.DisputeOpen))], total, list.Page, list.PageSize);
    }

    /// <summary>An agent's submitted scores over time (oldest first), for their trend.</summary>
    public async Task<List<(DateTimeOffset At, decimal Score)>> TrendAsync(Guid agentId, int last, CancellationToken cancellationToken)
    {
        var query = (await scope.GetAsync(cancellationToken)).Filter(db.Set<Evaluation>().AsNoTracking())
            .Where(e => e.AgentId == agentId && e.SubmittedAt != null && e.Score != null);
        var rows = await query.OrderByDescending(e => e.SubmittedAt).Take(last).Select(e => new { e.SubmittedAt, e.Score }).ToListAsync(cancellationToken);
        return [.. rows.AsEnumerable().Reverse().Select(r => (QualityText.Instant(r.SubmittedAt!.Value), r.Score!.Value))];
    }

    public async Task<EvaluationView> ViewAsync(Evaluation e, CancellationToken cancellationToken)
    {
        var version = await scorecards.VersionAsync(e.ScorecardVersionId, cancellationToken);
        var criteria = version.Criteria.ToDictionary(c => c.Id);
        var sections = version.Sections.ToDictionary(s => s.Id, s => s.Name);
        var names = await people.NamesAsync([e.AgentId, e.EvaluatorId, .. e.Disputes.Select(d => d.ArbitratorId), .. e.History.Select(h => (Guid?)h.ActorId)],
            cancellationToken);
        var me = scope.StaffId;
        var mayArbitrate = e.OpenDispute is not null && await scope.MayArbitrateAsync(e, cancellationToken);
        var answers = version.Criteria.Select(c =>
        {
            var a = e.Answers.SingleOrDefault(x => x.CriterionId == c.Id);
            return new AnswerView(c.Id, c.SectionId, sections[c.SectionId], c.Text, c.Guidance, c.Kind, c.Critical, c.Requirement, a?.Value.Text(c.Kind),
                a?.Points, c.MaxPoints, a?.Comment, a?.Evidence);
        }).ToList();
        return new EvaluationView(e.Id, e.ScorecardId, e.ScorecardVersionId, e.ScorecardVersionNumber, version.Name, e.Subject, e.ContactId, e.CaseId,
            e.ComplaintId, e.Channel, QualityText.Instant(e.WorkAt), e.AgentId, names.GetValueOrDefault(e.AgentId), e.TeamId, e.EvaluatorId,
            names.GetValueOrDefault(e.EvaluatorId), e.Method, e.Status, e.Score, e.ScoreBeforeCritical, e.Band, e.CriticalFailed, e.ComplianceCriticalFailed,
            e.Strengths, e.DevelopmentAreas, answers,
            [.. e.Disputes.OrderBy(d => d.RaisedAt).Select(d => new DisputeView(d.Id, d.EvaluationId, d.CriterionIds, d.Reason, d.RaisedById,
                QualityText.Instant(d.RaisedAt), d.Status, d.ArbitratorId, d.ArbitratorId is { } a ? names.GetValueOrDefault(a) : null,
                QualityText.Instant(d.DecidedAt), d.DecisionReason, d.ScoreBefore, d.ScoreAfter,
                [.. d.Changes.Select(c => new AnswerChangeView(c.CriterionId, criteria.TryGetValue(c.CriterionId, out var cr) ? cr.Text : "", c.From, c.To))]))],
            [.. e.History.OrderBy(h => h.At).ThenBy(h => StepOrder(h.Kind)).Select(h => new HistoryView(QualityText.Instant(h.At), h.ActorId, names.GetValueOrDefault(h.ActorId),
                h.Kind, h.Detail))],
            QualityText.Instant(e.CreatedAt), QualityText.Instant(e.SubmittedAt), QualityText.Instant(e.AcknowledgedAt), e.AgentComment, e.AssignmentId,
            e.AwaitsAgent && e.AgentId == me, e.AwaitsAgent && e.AgentId == me && e.Disputes.Count == 0, mayArbitrate,
            e.Status == EvaluationStatus.Draft && e.EvaluatorId == me, e.Version);
    }

    /// <summary>Steps recorded in the same instant (created and submitted at once) keep their natural order.</summary>
    private static int StepOrder(string kind) => kind switch
    {
        "created" => 0,
        "submitted" => 1,
        _ => 2,
    };
}

/// <summary>List filters for evaluations (all optional).</summary>
public sealed record EvaluationFilter(Guid? AgentId = null, Guid? EvaluatorId = null, Guid? TeamId = null, Guid? ScorecardId = null, Guid? ContactId = null,
    EvaluationStatus? Status = null, string? Band = null, bool? ComplianceFailed = null, bool? DisputeOpen = null, DateOnly? From = null, DateOnly? To = null)
{
    public IQueryable<Evaluation> Apply(IQueryable<Evaluation> query)
    {
        if (AgentId is { } agent)
        {
            query = query.Where(e => e.AgentId == agent);
        }

        if (EvaluatorId is { } evaluator)
        {
            query = query.Where(e => e.EvaluatorId == evaluator);
        }

        if (TeamId is { } team)
        {
            query = query.Where(e => e.TeamId == team);
        }

        if (ScorecardId is { } card)
        {
            query = query.Where(e => e.ScorecardId == card);
        }

        if (ContactId is { } contact)
        {
            query = query.Where(e => e.ContactId == contact);
        }

        if (Status is { } status)
        {
            query = query.Where(e => e.Status == status);
        }

        if (Band is { } band)
        {
            query = query.Where(e => e.Band == band);
        }

        if (ComplianceFailed is { } failed)
        {
            query = query.Where(e => e.ComplianceCriticalFailed == failed);
        }

        if (DisputeOpen is true)
        {
            query = query.Where(e => e.Disputes.Any(d => d.Status == DisputeStatus.Open));
        }

        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.CreatedAt >= start);
        }

        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.CreatedAt < end);
        }

        return query;
    }
}
