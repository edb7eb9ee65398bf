using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People.Development;

/// <summary>A briefing: to a team (<c>teamId</c>: its active members) and/or named colleagues (<c>staffIds</c>); references <c>[{"kind","reference"}]</c>.</summary>
public sealed record BriefingRequest(string? Title, string? Content, IReadOnlyList<BriefingReference>? References, Guid? TeamId, IReadOnlyList<Guid>? StaffIds,
    DateOnly? HeldOn, Guid? PresenterId);

public sealed record AttendanceRequest(IReadOnlyList<Guid>? Attended, int? Version);

public sealed record AcknowledgeBriefingRequest(string? Comment);

public sealed record AttendeeView(Guid StaffId, string Name, bool? Attended, DateTime? AcknowledgedAt, string? Comment);

public sealed record BriefingView(Guid Id, string Title, string Content, IReadOnlyList<BriefingReference> References, Guid? TeamId, DateOnly HeldOn,
    Guid PresenterId, string PresenterName, IReadOnlyList<AttendeeView> Audience, int Attended, int Acknowledged, bool MayRecordAttendance, int Version);

public sealed record BriefingSummary(Guid Id, string Title, DateOnly HeldOn, int Audience, int Acknowledged);

/// <summary>
/// Briefings that raise colleagues' understanding of requirements (CC32 3.2). Trainers and managers brief anyone; a team
/// leader briefs the teams they lead and the colleagues they support. Seen by the audience, the presenter, the author,
/// the leader of the team briefed, trainers and managers (others 404); attendance is recorded by those who are not only
/// in the audience; each colleague acknowledges once.
/// </summary>
public sealed class Briefings(FrontlineDbContext db, DevelopmentScope scope, TimeProvider clock, INotifications notifications)
{
    public static string Link(Guid id) => $"/people/development/briefings/{id}";

    public async Task<BriefingView> PlanAsync(BriefingRequest request, CancellationToken cancellationToken)
    {
        var viewer = await scope.ViewerAsync(cancellationToken);
        var audience = new List<Guid>();
        if (request.TeamId is { } teamId)
        {
            if (!viewer.SeesCentre && !viewer.LedTeamIds.Contains(teamId))
            {
                throw new DomainException("briefing.team", "Brief a team you lead.", DomainErrorKind.Invalid, "teamId");
            }

            audience.AddRange(await db.Set<StaffMember>().AsNoTracking().Where(s => s.TeamId == teamId && s.IsActive).Select(s => s.Id).ToListAsync(cancellationToken));
        }

        var named = (request.StaffIds ?? []).Distinct().ToList();
        var people = await db.Set<StaffMember>().AsNoTracking().Where(s => named.Contains(s.Id)).ToListAsync(cancellationToken);
        if (people.Count != named.Count || people.Exists(p => !DevelopmentVisibility.Supports(viewer, p)))
        {
            throw new DomainException("briefing.staff", "Brief colleagues you support.", DomainErrorKind.Invalid, "staffIds");
        }

        audience.AddRange(named);
        var presenterId = request.PresenterId ?? scope.StaffId;
        if (!await db.Set<StaffMember>().AnyAsync(s => s.Id == presenterId && s.IsActive, cancellationToken))
        {
            throw new DomainException("briefing.presenter", "The presenter must be an active colleague.", DomainErrorKind.Invalid, "presenterId");
        }

        var briefing = Briefing.Plan(DevelopmentRules.Text(request.Title, Briefing.MaxTitleLength, "title"),
            DevelopmentRules.Text(request.Content, Briefing.MaxTextLength, "content"), request.References ?? [], request.TeamId, audience,
            request.HeldOn ?? throw new DomainException("briefing.held-required", "Say when it is held.", DomainErrorKind.Invalid, "heldOn"), presenterId,
            scope.StaffId, clock.GetUtcNow().UtcDateTime);
        db.Add(briefing);
        foreach (var person in briefing.Audience.Where(a => a.StaffId != presenterId))
        {
            notifications.Queue(new NotificationRequest(person.StaffId, "briefing", $"Briefing: {briefing.Title}",
                $"A briefing on {briefing.HeldOn:d MMM yyyy}. Read it and acknowledge that you understood it.", Link(briefing.Id), "you are in its audience"));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(briefing.Id, cancellationToken);
    }

    /// <summary>Briefings the caller is in the audience of, presents, wrote or oversees, newest first.</summary>
    public async Task<List<BriefingSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var viewer = await scope.ViewerAsync(cancellationToken);
        var me = viewer.StaffId;
        var led = viewer.LedTeamIds.ToList();
        var all = viewer.SeesCentre;
        return await db.Set<Briefing>().AsNoTracking()
            .Where(b => all || b.PresenterId == me || b.CreatedById == me || (b.TeamId != null && led.Contains(b.TeamId.Value)) || b.Audience.Any(a => a.StaffId == me))
            .OrderByDescending(b => b.HeldOn)
            .Select(b => new BriefingSummary(b.Id, b.Title, b.HeldOn, b.Audience.Count, b.Audience.Count(a => a.AcknowledgedAt != null)))
            .ToListAsync(cancellationToken);
    }

    public async Task<BriefingView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (briefing, oversees) = await LoadAsync(id, tracked: false, cancellationToken);
        var ids = briefing.Audience.Select(a => a.StaffId).Append(briefing.PresenterId).ToList();
        var names = await db.Set<StaffMember>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        return new BriefingView(briefing.Id, briefing.Title, briefing.Content, briefing.References, briefing.TeamId, briefing.HeldOn, briefing.PresenterId,
            names.GetValueOrDefault(briefing.PresenterId, "?"),
            [.. briefing.Audience.Select(a => new AttendeeView(a.StaffId, names.GetValueOrDefault(a.StaffId, "?"), a.Attended, a.AcknowledgedAt, a.Comment))
                .OrderBy(a => a.Name, StringComparer.Ordinal)],
            briefing.Audience.Count(a => a.Attended == true), briefing.Audience.Count(a => a.AcknowledgedAt != null), oversees, briefing.Version);
    }

    public async Task<BriefingView> RecordAttendanceAsync(Guid id, AttendanceRequest request, CancellationToken cancellationToken)
    {
        var (briefing, oversees) = await LoadAsync(id, tracked: true, cancellationToken);
        if (!oversees)
        {
            throw new DomainException("briefing.attendance", "The presenter, the author or the team's leader records attendance.", DomainErrorKind.Forbidden);
        }

        DevelopmentRules.EnsureVersion(request.Version, briefing.Version, "briefing");
        briefing.RecordAttendance([.. request.Attended ?? []], DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        // The attendees are children: mark the briefing changed so its version moves (the save adds one) and a stale list is refused.
        db.Entry(briefing).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<BriefingView> AcknowledgeAsync(Guid id, AcknowledgeBriefingRequest request, CancellationToken cancellationToken)
    {
        var (briefing, _) = await LoadAsync(id, tracked: true, cancellationToken);
        briefing.Acknowledge(scope.StaffId, DevelopmentRules.Text(request.Comment, Briefing.MaxTextLength, "comment"), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>The briefing when the caller sees it (else 404), and whether they oversee it (present, wrote, lead the team, centre-wide).</summary>
    private async Task<(Briefing Briefing, bool Oversees)> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var set = tracked ? db.Set<Briefing>() : db.Set<Briefing>().AsNoTracking();
        var briefing = await set.Include(b => b.Audience).SingleOrDefaultAsync(b => b.Id == id, cancellationToken) ?? throw DomainException.NotFound("briefing");
        var viewer = await scope.ViewerAsync(cancellationToken);
        var oversees = viewer.SeesCentre || briefing.PresenterId == viewer.StaffId || briefing.CreatedById == viewer.StaffId
            || (briefing.TeamId is { } team && viewer.LedTeamIds.Contains(team));
        return oversees || briefing.Audience.Exists(a => a.StaffId == viewer.StaffId) ? (briefing, oversees) : throw DomainException.NotFound("briefing");
    }
}
