using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality;

/// <summary>
/// Reads calibration sessions: lead analysts see every session; others see the sessions they lead or are invited to
/// (anything else is not found). Answers stay blind until every evaluator has scored.
/// </summary>
public sealed class CalibrationDirectory(FrontlineDbContext db, QualityScope scope, ScorecardDirectory scorecards, QualityPeople people)
{
    public async Task<CalibrationSession> LoadInScopeAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.Set<CalibrationSession>() : db.Set<CalibrationSession>().AsNoTracking();
        var session = await query.Include(s => s.Participants).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        var me = scope.StaffId;
        if (session is null || !(scope.IsLeadAnalyst || session.LeadId == me || session.Participants.Any(p => p.EvaluatorId == me)))
        {
            throw DomainException.NotFound("calibration session");
        }

        return session;
    }

    public async Task<CalibrationView> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await ViewAsync(await LoadInScopeAsync(id, tracked: false, cancellationToken), cancellationToken);

    public async Task<PagedResult<CalibrationSummary>> ListAsync(ListQuery list, CalibrationStatus? status, CancellationToken cancellationToken)
    {
        var me = scope.StaffId;
        var query = db.Set<CalibrationSession>().AsNoTracking();
        if (!scope.IsLeadAnalyst)
        {
            query = query.Where(s => s.LeadId == me || s.Participants.Any(p => p.EvaluatorId == me));
        }

        if (status is { } st)
        {
            query = query.Where(s => s.Status == st);
        }

        if (list.Q is { } q)
        {
            var pattern = $"%{q.ToLowerInvariant()}%";
            query = query.Where(s => EF.Functions.Like(s.Title.ToLower(), pattern));
        }

        var (field, descending) = list.SortOr("createdAt", true);
        query = field switch
        {
            "createdAt" => descending ? query.OrderByDescending(s => s.CreatedAt) : query.OrderBy(s => s.CreatedAt),
            "title" => descending ? query.OrderByDescending(s => s.Title) : query.OrderBy(s => s.Title),
            _ => throw new DomainException("list.sort", "Sort by createdAt or title (prefix - for descending).", DomainErrorKind.Invalid, "sort"),
        };
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.Skip(list.Skip).Take(list.PageSize).Include(s => s.Participants).ToListAsync(cancellationToken);
        var cardIds = rows.Select(r => r.ScorecardId).Distinct().ToList();
        var names = await db.Set<Scorecard>().AsNoTracking().Where(s => cardIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return new PagedResult<CalibrationSummary>([.. rows.Select(s => new CalibrationSummary(s.Id, s.Title, s.ContactId, names.GetValueOrDefault(s.ScorecardId) ?? "",
            s.Status, s.Participants.Count, s.Participants.Count(p => p.SubmittedAt is not null), s.ReferenceScore, QualityText.Instant(s.CreatedAt),
            s.Status == CalibrationStatus.Open && s.Participants.Any(p => p.EvaluatorId == me && p.SubmittedAt is null)))], total, list.Page, list.PageSize);
    }

    public async Task<CalibrationView> ViewAsync(CalibrationSession s, CancellationToken cancellationToken)
    {
        var version = await scorecards.VersionAsync(s.ScorecardVersionId, cancellationToken);
        var names = await people.NamesAsync([s.LeadId, .. s.Participants.Select(p => (Guid?)p.EvaluatorId)], cancellationToken);
        var me = scope.StaffId;
        var revealed = s.Status != CalibrationStatus.Open;
        var participants = s.Participants.OrderBy(p => names.GetValueOrDefault(p.EvaluatorId)).Select(p => new ParticipantView(p.EvaluatorId,
            names.GetValueOrDefault(p.EvaluatorId), p.SubmittedAt is not null, QualityText.Instant(p.SubmittedAt),
            revealed || p.EvaluatorId == me ? p.Score : null, revealed || p.EvaluatorId == me ? p.Band : null, p.Deviation, p.CriteriaMatched,
            revealed || p.EvaluatorId == me ? p.Answers : null)).ToList();
        IReadOnlyList<CriterionSpreadView>? spread = null;
        if (revealed)
        {
            spread = [.. s.Spread(version).Select(c => new CriterionSpreadView(c.CriterionId, c.Text,
                [.. c.Answers.Select(a => new SpreadAnswerView(a.EvaluatorId, names.GetValueOrDefault(a.EvaluatorId), a.Value, c.Reference == a.Value))],
                c.Reference, c.Answers.Select(a => a.Value).Distinct(StringComparer.Ordinal).Count()))];
        }

        return new CalibrationView(s.Id, s.Title, s.ContactId, s.ScorecardId, s.ScorecardVersionId, version.Number, version.Name, s.LeadId,
            names.GetValueOrDefault(s.LeadId), s.Status, participants, spread, s.ReferenceScore, s.ReferenceSource, s.AgreedOutcome, s.Notes,
            QualityText.Instant(s.CreatedAt), QualityText.Instant(s.ClosedAt),
            s.Status == CalibrationStatus.Open && s.Participants.Any(p => p.EvaluatorId == me && p.SubmittedAt is null),
            s.Status == CalibrationStatus.Revealed && s.LeadId == me, s.Version);
    }
}
