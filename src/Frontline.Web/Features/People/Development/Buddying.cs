using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People.Development;

/// <summary>A buddy pairing: <c>from</c>/<c>to</c> are ISO days; <c>topics</c> identity-security, products, regulation, systems.</summary>
public sealed record BuddyRequest(Guid? BuddyId, Guid? ColleagueId, IReadOnlyList<BuddyTopic>? Topics, DateOnly? From, DateOnly? To, int? CheckInEveryDays);

public sealed record BuddySupportRequest(DateOnly? GivenOn, BuddyTopic? Topic, string? Advice, IReadOnlyList<Guid>? ArticleIds);

public sealed record BuddySupportView(Guid Id, DateOnly GivenOn, BuddyTopic Topic, string Advice, IReadOnlyList<Guid> ArticleIds, Guid RecordedById, DateTime RecordedAt);

public sealed record BuddyView(Guid Id, Guid BuddyId, string BuddyName, Guid ColleagueId, string ColleagueName, IReadOnlyList<BuddyTopic> Topics, DateOnly From,
    DateOnly? To, int? CheckInEveryDays, DateOnly? NextCheckIn, IReadOnlyList<BuddySupportView> SupportLog, int Version);

/// <summary>
/// Buddying (CC32 4.6): a supporter of the colleague (team leader, line manager, trainer, manager) pairs them with an
/// active buddy (never themselves); the buddy or a supporter logs the support given. Seen by the colleague, the buddy and
/// the colleague's supporters; anyone else gets 404.
/// </summary>
public sealed class Buddying(FrontlineDbContext db, DevelopmentScope scope, TimeProvider clock, INotifications notifications)
{
    public async Task<BuddyView> PairAsync(BuddyRequest request, CancellationToken cancellationToken)
    {
        var colleague = await scope.SupportedPersonAsync(request.ColleagueId ?? throw Required("colleagueId"), cancellationToken);
        var buddyId = request.BuddyId ?? throw Required("buddyId");
        var buddy = await db.Set<StaffMember>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == buddyId, cancellationToken)
            ?? throw new DomainException("buddy.unknown", "The buddy is not a colleague here.", DomainErrorKind.Invalid, "buddyId");
        var assignment = BuddyAssignment.Pair(buddy.Id, buddy.IsActive, colleague.Id, request.Topics ?? [], request.From ?? throw Required("from"), request.To,
            request.CheckInEveryDays, scope.StaffId, clock.GetUtcNow().UtcDateTime);
        db.Add(assignment);
        notifications.Queue(new NotificationRequest(buddy.Id, "buddy-paired", $"You are {colleague.DisplayName}'s buddy",
            $"You help {colleague.DisplayName} with {string.Join(", ", assignment.Topics.Select(DevelopmentPages.Topic))} from {assignment.From:d MMM yyyy}.",
            $"/people/development/{colleague.Id}", "you are the buddy"));
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(assignment.Id, cancellationToken);
    }

    public async Task<BuddyView> LogSupportAsync(Guid id, BuddySupportRequest request, CancellationToken cancellationToken)
    {
        var assignment = await LoadAsync(id, tracked: true, cancellationToken);
        var viewer = await scope.ViewerAsync(cancellationToken);
        var colleague = await db.Set<StaffMember>().AsNoTracking().SingleAsync(s => s.Id == assignment.ColleagueId, cancellationToken);
        if (assignment.BuddyId != scope.StaffId && !DevelopmentVisibility.Supports(viewer, colleague))
        {
            throw new DomainException("buddy.not-buddy", "The buddy or the colleague's supporters log support.", DomainErrorKind.Forbidden);
        }

        var entry = assignment.LogSupport(request.GivenOn ?? throw Required("givenOn"), request.Topic ?? throw Required("topic"),
            DevelopmentRules.Text(request.Advice, BuddySupport.MaxAdviceLength, "advice"), request.ArticleIds ?? [], scope.StaffId, clock.GetUtcNow().UtcDateTime);
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<BuddyView> GetAsync(Guid id, CancellationToken cancellationToken) => (await ViewsAsync([await LoadAsync(id, false, cancellationToken)], cancellationToken))[0];

    /// <summary>Pairings where the person is the colleague or the buddy (the person must be in sight).</summary>
    public async Task<List<BuddyView>> ForPersonAsync(Guid staffId, CancellationToken cancellationToken)
    {
        await scope.PersonAsync(staffId, cancellationToken);
        var list = await db.Set<BuddyAssignment>().AsNoTracking().Include(b => b.SupportLog).Where(b => b.ColleagueId == staffId || b.BuddyId == staffId)
            .OrderByDescending(b => b.From).ToListAsync(cancellationToken);
        return await ViewsAsync(list, cancellationToken);
    }

    private async Task<BuddyAssignment> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Set<BuddyAssignment>().Include(b => b.SupportLog).Where(b => b.Id == id);
        var assignment = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken) ?? throw DomainException.NotFound("buddy pairing");
        if (assignment.BuddyId == scope.StaffId)
        {
            return assignment;
        }

        try
        {
            await scope.PersonAsync(assignment.ColleagueId, cancellationToken);
        }
        catch (DomainException)
        {
            throw DomainException.NotFound("buddy pairing");
        }

        return assignment;
    }

    private async Task<List<BuddyView>> ViewsAsync(List<BuddyAssignment> list, CancellationToken cancellationToken)
    {
        var ids = list.SelectMany(b => new[] { b.BuddyId, b.ColleagueId }).Distinct().ToList();
        var names = await db.Set<StaffMember>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return list.ConvertAll(b => new BuddyView(b.Id, b.BuddyId, names.GetValueOrDefault(b.BuddyId, "?"), b.ColleagueId, names.GetValueOrDefault(b.ColleagueId, "?"),
            b.Topics, b.From, b.To, b.CheckInEveryDays, b.NextCheckIn(today),
            [.. b.SupportLog.OrderByDescending(s => s.GivenOn).Select(s => new BuddySupportView(s.Id, s.GivenOn, s.Topic, s.Advice, s.ArticleIds, s.RecordedById, s.RecordedAt))],
            b.Version));
    }

    private static DomainException Required(string field) => new("buddy.required", $"'{field}' is required.", DomainErrorKind.Invalid, field);
}

/// <summary>Words for buddying topics.</summary>
public static class DevelopmentPages
{
    public static string Topic(BuddyTopic topic) => topic switch
    {
        BuddyTopic.IdentitySecurity => "identity and security",
        BuddyTopic.Products => "products",
        BuddyTopic.Regulation => "regulation",
        BuddyTopic.Systems => "systems",
    };
}
