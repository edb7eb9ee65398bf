using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Frontline.Web.Features.People.Development;

public sealed record AskForHelpRequest(Guid? ToId, BuddyTopic? Topic, string? Question, Guid? ContactId, Guid? CaseId);

public sealed record AnswerHelpRequest(string? Answer, bool? SuggestArticle);

public sealed record HelpRequestView(Guid Id, Guid AskerId, Guid ToId, BuddyTopic Topic, string Question, Guid? ContactId, Guid? CaseId, DateTime AskedAt,
    string? Answer, Guid? AnsweredById, DateTime? AnsweredAt, bool SuggestArticle, DateTime? EscalatedAt, int Version);

/// <summary>
/// Ask for help (any signed-in colleague asks their buddy or an expert), answer (the colleague asked or the asker's
/// supporters), read (the asker, the colleague asked, the asker's supporters; others 404).
/// </summary>
public sealed class HelpRequests(FrontlineDbContext db, DevelopmentScope scope, TimeProvider clock, INotifications notifications)
{
    public static string Link(Guid id) => $"/api/v1/people/help-requests/{id}";

    public async Task<HelpRequestView> AskAsync(AskForHelpRequest request, CancellationToken cancellationToken)
    {
        var me = await db.Set<StaffMember>().AsNoTracking().SingleAsync(s => s.Id == scope.StaffId, cancellationToken);
        var toId = request.ToId ?? throw new DomainException("help.to-required", "Choose your buddy or an expert to ask.", DomainErrorKind.Invalid, "toId");
        var to = await db.Set<StaffMember>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == toId, cancellationToken)
            ?? throw new DomainException("help.to-unknown", "The colleague asked is not known here.", DomainErrorKind.Invalid, "toId");
        var help = HelpRequest.Ask(me.Id, me.TeamId, to.Id, to.IsActive,
            request.Topic ?? throw new DomainException("help.topic-required", "Choose the topic.", DomainErrorKind.Invalid, "topic"),
            DevelopmentRules.Text(request.Question, HelpRequest.MaxTextLength, "question"), request.ContactId, request.CaseId, clock.GetUtcNow().UtcDateTime);
        db.Add(help);
        notifications.Queue(new NotificationRequest(to.Id, "help-asked", $"{me.DisplayName} asks for help ({DevelopmentPages.Topic(help.Topic)})", help.Question,
            Link(help.Id), "a colleague asked you"));
        await db.SaveChangesAsync(cancellationToken);
        return View(help);
    }

    public async Task<HelpRequestView> AnswerAsync(Guid id, AnswerHelpRequest request, CancellationToken cancellationToken)
    {
        var help = await LoadAsync(id, cancellationToken);
        if (help.ToId != scope.StaffId && !DevelopmentVisibility.Supports(await scope.ViewerAsync(cancellationToken), await PersonAsync(help.AskerId, cancellationToken)))
        {
            throw new DomainException("help.not-yours", "The colleague asked or the asker's supporters answer.", DomainErrorKind.Forbidden);
        }

        help.Reply(scope.StaffId, DevelopmentRules.Text(request.Answer, HelpRequest.MaxTextLength, "answer"), request.SuggestArticle ?? false, clock.GetUtcNow().UtcDateTime);
        notifications.Queue(new NotificationRequest(help.AskerId, "help-answered", "Your question was answered", help.Answer!, Link(help.Id), "you asked for help"));
        await db.SaveChangesAsync(cancellationToken);
        return View(help);
    }

    public async Task<HelpRequestView> GetAsync(Guid id, CancellationToken cancellationToken) => View(await LoadAsync(id, cancellationToken));

    /// <summary>The caller's questions and the questions put to them, newest first (the last 100).</summary>
    public async Task<List<HelpRequestView>> MineAsync(CancellationToken cancellationToken) =>
        (await db.Set<HelpRequest>().AsNoTracking().Where(h => h.AskerId == scope.StaffId || h.ToId == scope.StaffId).OrderByDescending(h => h.AskedAt).Take(100)
            .ToListAsync(cancellationToken)).ConvertAll(View);

    /// <summary>Who the caller may ask: their current buddies first, then their team's leader and active colleagues.</summary>
    public async Task<List<(Guid Id, string Name, bool Buddy)>> WhoToAskAsync(CancellationToken cancellationToken)
    {
        var me = await db.Set<StaffMember>().AsNoTracking().SingleAsync(s => s.Id == scope.StaffId, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var buddies = await db.Set<BuddyAssignment>().AsNoTracking().Where(b => b.ColleagueId == me.Id && b.From <= today && (b.To == null || b.To >= today))
            .Select(b => b.BuddyId).ToListAsync(cancellationToken);
        var leader = me.TeamId is { } team ? await db.Set<Team>().AsNoTracking().Where(t => t.Id == team).Select(t => t.TeamLeaderId).SingleOrDefaultAsync(cancellationToken) : null;
        var people = await db.Set<StaffMember>().AsNoTracking()
            .Where(s => s.IsActive && s.Id != me.Id && (buddies.Contains(s.Id) || s.Id == leader || (me.TeamId != null && s.TeamId == me.TeamId)))
            .Select(s => new { s.Id, s.DisplayName }).ToListAsync(cancellationToken);
        return [.. people.Select(p => (p.Id, p.DisplayName, buddies.Contains(p.Id))).OrderByDescending(p => p.Item3).ThenBy(p => p.DisplayName, StringComparer.Ordinal)];
    }

    private async Task<HelpRequest> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var help = await db.Set<HelpRequest>().SingleOrDefaultAsync(h => h.Id == id, cancellationToken) ?? throw DomainException.NotFound("help request");
        if (help.ToId == scope.StaffId || help.AskerId == scope.StaffId)
        {
            return help;
        }

        var asker = await PersonAsync(help.AskerId, cancellationToken);
        return DevelopmentVisibility.Sees(await scope.ViewerAsync(cancellationToken), asker) ? help : throw DomainException.NotFound("help request");
    }

    private Task<StaffMember> PersonAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<StaffMember>().AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken);

    private static HelpRequestView View(HelpRequest h) => new(h.Id, h.AskerId, h.ToId, h.Topic, h.Question, h.ContactId, h.CaseId, h.AskedAt, h.Answer,
        h.AnsweredById, h.AnsweredAt, h.SuggestArticle, h.EscalatedAt, h.Version);
}

/// <summary>
/// Tells the asker's team leader about each request unanswered for <see cref="After"/>, once (the request records when it
/// was escalated, saved with the notices).
/// </summary>
public sealed class UnansweredHelpEscalation(FrontlineDbContext db, INotifications notifications, TimeProvider clock)
{
    public static readonly TimeSpan After = TimeSpan.FromHours(4);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - After;
        var due = await db.Set<HelpRequest>().Where(h => h.AnsweredAt == null && h.EscalatedAt == null && h.AskedAt <= cutoff).ToListAsync(cancellationToken);
        var teams = due.Select(h => h.AskerTeamId).OfType<Guid>().Distinct().ToList();
        var leaders = await db.Set<Team>().AsNoTracking().Where(t => teams.Contains(t.Id) && t.TeamLeaderId != null)
            .ToDictionaryAsync(t => t.Id, t => t.TeamLeaderId!.Value, cancellationToken);
        var sent = 0;
        foreach (var help in due.Where(h => h.DueForEscalation(After, now)))
        {
            help.Escalate(now);
            if (help.AskerTeamId is { } team && leaders.TryGetValue(team, out var leader) && leader != help.AskerId)
            {
                notifications.Queue(new NotificationRequest(leader, "help-unanswered", "A question in your team is unanswered",
                    $"A colleague's question ({DevelopmentPages.Topic(help.Topic)}) has waited more than {After.TotalHours:0} hours: {help.Question}",
                    HelpRequests.Link(help.Id), "you lead the team of the colleague who asked"));
                sent++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}

/// <summary>Every 15 minutes: escalates unanswered help requests to team leaders.</summary>
[DisallowConcurrentExecution]
public sealed class UnansweredHelpJob(UnansweredHelpEscalation escalation) : IJob
{
    public const string Name = "unanswered-help-requests";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await escalation.RunAsync(cancellationToken);
}
