using System.Text.Json;
using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People.Development;

/// <summary>
/// A supporter (team leader, line manager, trainer, manager) makes a plan for a colleague in sight (others: 404) with its
/// objectives, activities and the needs it addresses; all or nothing. The colleague is told.
/// </summary>
public sealed class CreatePlan(FrontlineDbContext db, DevelopmentScope scope, TimeProvider clock, INotifications notifications)
{
    public async Task<DevelopmentPlan> ExecuteAsync(Guid staffId, CreatePlanRequest request, CancellationToken cancellationToken)
    {
        var person = await scope.SupportedPersonAsync(staffId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var objectives = PlanInput.Objectives(request.Objectives);
        var plan = new DevelopmentPlan
        {
            StaffId = person.Id,
            Title = PlanInput.Title(request.Title) ?? $"Development plan for {person.DisplayName}",
            CreatedById = scope.StaffId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        plan.SetObjectives(objectives);
        var activities = request.Activities ?? [];
        for (var i = 0; i < activities.Count; i++)
        {
            var a = activities[i];
            var field = $"activities[{i}]";
            var owner = await PlanInput.OwnerAsync(db, a.OwnerId ?? scope.StaffId, $"{field}.ownerId", cancellationToken);
            plan.AddActivity(a.Method ?? throw new DomainException("activity.method-required", "Choose the method.", DomainErrorKind.Invalid, $"{field}.method"),
                a.Title ?? "", owner, a.StartsOn ?? throw new DomainException("activity.starts-required", "Say when it starts.", DomainErrorKind.Invalid, $"{field}.startsOn"),
                a.EndsOn, DevelopmentRules.Text(a.Notes, DevelopmentPlan.MaxTextLength, $"{field}.notes"), field);
        }

        var needIds = (request.NeedIds ?? []).Distinct().ToList();
        var needs = await db.Set<DevelopmentNeed>().Where(n => needIds.Contains(n.Id) && n.StaffId == person.Id).ToListAsync(cancellationToken);
        if (needs.Count != needIds.Count)
        {
            throw new DomainException("plan.need-unknown", "A need is not one of this colleague's.", DomainErrorKind.Invalid, "needIds");
        }

        foreach (var need in needs.Where(n => n.Status == NeedStatus.Open))
        {
            need.Status = NeedStatus.Planned;
        }

        plan.NeedIds = needIds;
        db.Add(plan);
        notifications.Queue(new NotificationRequest(person.Id, "development-plan", $"A development plan for you: {plan.Title}",
            "Your development plan was made. Read its objectives and activities.", PlanInput.Link(person.Id, plan.Id), "the plan is yours"));
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }
}

/// <summary>Parsing and checks of plan input, shared by creating and changing plans.</summary>
internal static class PlanInput
{
    public static string Link(Guid staffId, Guid planId) => $"/people/development/{staffId}/plans/{planId}";

    public static string? Title(string? title) => DevelopmentRules.Text(title, DevelopmentPlan.MaxTitleLength, "title");

    public static List<PlanObjective> Objectives(IReadOnlyList<JsonElement>? items)
    {
        var result = new List<PlanObjective>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = items![i];
            var field = $"objectives[{i}]";
            result.Add(item.ValueKind switch
            {
                JsonValueKind.String => new PlanObjective(item.GetString() ?? "", null, null, null, null),
                JsonValueKind.Object => new PlanObjective(Str(item, "text") ?? "", Str(item, "policyObjective"), Str(item, "measure"), Str(item, "skill"),
                    Dec(item, "targetChange", field)),
                _ => throw new DomainException("plan.objective", "An objective is text or an object with 'text'.", DomainErrorKind.Invalid, field),
            });
            if ((result[^1].Text.Length > DevelopmentPlan.MaxTextLength) || (result[^1].PolicyObjective?.Length > DevelopmentPlan.MaxTextLength))
            {
                throw new DomainException("plan.objective-long", $"An objective is longer than {DevelopmentPlan.MaxTextLength} characters.", DomainErrorKind.Invalid, field);
            }
        }

        return result;
    }

    public static async Task<Guid> OwnerAsync(FrontlineDbContext db, Guid ownerId, string field, CancellationToken cancellationToken) =>
        await db.Set<StaffMember>().AnyAsync(s => s.Id == ownerId && s.IsActive, cancellationToken)
            ? ownerId
            : throw new DomainException("activity.owner-unknown", "The owner must be an active colleague.", DomainErrorKind.Invalid, field);

    private static string? Str(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static decimal? Dec(JsonElement item, string name, string field) =>
        !item.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null ? null
        : v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) ? d
        : throw new DomainException("plan.target", "The target change is a number.", DomainErrorKind.Invalid, $"{field}.{name}");
}
