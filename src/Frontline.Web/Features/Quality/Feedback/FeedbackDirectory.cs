using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality.Feedback;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality.Feedback;

/// <summary>Reads surveys, invitations and responses. Team leaders see their teams' responses; agents their own.</summary>
public sealed class FeedbackDirectory(FrontlineDbContext db, CurrentStaff me, SurveyLinkKeys keys)
{
    public async Task<List<SurveyView>> SurveysAsync(CancellationToken cancellationToken) =>
        (await db.Set<Survey>().AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken)).Select(View).ToList();

    public async Task<SurveyView> SurveyAsync(Guid id, CancellationToken cancellationToken) =>
        View(await db.Set<Survey>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw DomainException.NotFound("survey"));

    public static SurveyView View(Survey s) => new(s.Id, s.Name, s.Introduction, s.Trigger, s.Questions, s.LinkValidDays, s.LowCsat, s.LowNps, s.IsActive, s.Version,
        s.InvitePercent, s.QuietDays, QualityOpsAccess.Instant(s.AutoInvitedUpTo));

    public async Task<InvitationView> InvitationViewAsync(SurveyInvitation i, string baseUrl, CancellationToken cancellationToken) =>
        new(i.Id, i.SurveyId, i.ContactId, i.CaseId, i.AgentId, LinkFor(baseUrl, SurveyLink.Sign(i.Id, i.ExpiresAt, await keys.GetAsync(cancellationToken))),
            QualityOpsAccess.Instant(i.ExpiresAt), i.Delivery, QualityOpsAccess.Instant(i.AnsweredAt), i.Automatic, QualityOpsAccess.Instant(i.SentAt), i.LastError);

    /// <summary>E-mail invitations per survey: sent, waiting in the outbox, and given up.</summary>
    public async Task<IReadOnlyDictionary<Guid, SurveyOutbox>> OutboxAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<SurveyInvitation>().AsNoTracking().Where(i => i.Delivery != InvitationDelivery.Link)
            .GroupBy(i => new { i.SurveyId, i.Delivery }).Select(g => new { g.Key.SurveyId, g.Key.Delivery, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.SurveyId).ToDictionary(g => g.Key, g => new SurveyOutbox(
            g.Where(r => r.Delivery == InvitationDelivery.Emailed).Sum(r => r.Count),
            g.Where(r => r.Delivery == InvitationDelivery.EmailQueued).Sum(r => r.Count),
            g.Where(r => r.Delivery == InvitationDelivery.EmailFailed).Sum(r => r.Count)));
    }

    public static string LinkFor(string baseUrl, string token) => $"{baseUrl.TrimEnd('/')}/survey/{token}";

    /// <summary>Invitations for one contact or case (newest first), to show their links again.</summary>
    public async Task<List<InvitationView>> InvitationsAsync(Guid? contactId, Guid? caseId, string baseUrl, CancellationToken cancellationToken)
    {
        var rows = await db.Set<SurveyInvitation>().AsNoTracking()
            .Where(i => (contactId != null && i.ContactId == contactId) || (caseId != null && i.CaseId == caseId))
            .OrderByDescending(i => i.CreatedAt).Take(50).ToListAsync(cancellationToken);
        var views = new List<InvitationView>();
        foreach (var i in rows)
        {
            views.Add(await InvitationViewAsync(i, baseUrl, cancellationToken));
        }

        return views;
    }

    public async Task<List<ResponseView>> ResponsesAsync(Guid? surveyId, Guid? agentId, bool lowOnly, int limit, CancellationToken cancellationToken)
    {
        var scope = await me.ScopeAsync(cancellationToken);
        var query = db.Set<SurveyResponse>().AsNoTracking();
        if (!scope.All)
        {
            var teams = scope.TeamIds.ToList();
            var mine = scope.StaffId;
            query = query.Where(r => (r.TeamId != null && teams.Contains(r.TeamId.Value)) || r.AgentId == mine);
        }

        if (surveyId is { } s)
        {
            query = query.Where(r => r.SurveyId == s);
        }

        if (agentId is { } a)
        {
            query = query.Where(r => r.AgentId == a);
        }

        if (lowOnly)
        {
            query = query.Where(r => r.LowScore);
        }

        var rows = await query.OrderByDescending(r => r.RespondedAt).Take(Math.Clamp(limit, 1, 5000)).ToListAsync(cancellationToken);
        var names = await QualityOpsAccess.NamesAsync(db, rows.Where(r => r.AgentId != null).Select(r => r.AgentId!.Value), cancellationToken);
        return rows.Select(r => new ResponseView(r.Id, r.SurveyId, r.ContactId, r.CaseId, r.AgentId, r.AgentId is { } id ? names.GetValueOrDefault(id) : null, r.Source,
            QualityOpsAccess.Instant(r.RespondedAt), r.Csat, r.Nps, r.Effort, r.Comment, r.LowScore)).ToList();
    }

    /// <summary>The subset of <paramref name="contactIds"/> with a low feedback score (sampling filter).</summary>
    public async Task<IReadOnlySet<Guid>> LowScoreContactsAsync(IReadOnlyCollection<Guid> contactIds, CancellationToken cancellationToken)
    {
        var found = new HashSet<Guid>();
        foreach (var chunk in contactIds.Distinct().Chunk(1000))
        {
            var ids = chunk.Select(c => (Guid?)c).ToList();
            found.UnionWith(await db.Set<SurveyResponse>().AsNoTracking().Where(r => r.LowScore && ids.Contains(r.ContactId)).Select(r => r.ContactId!.Value)
                .ToListAsync(cancellationToken));
        }

        return found;
    }
}
