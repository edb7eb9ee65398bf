using System.Globalization;
using CsvHelper;
using Frontline.Domain.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Actions;

/// <summary>API of the improvement actions register (issue 8: <c>GET/POST /api/v1/actions</c>, <c>GET/PATCH /api/v1/actions/{id}</c>).</summary>
public static class ActionsEndpoints
{
    /// <summary>The export's row limit (a register, not a data warehouse).</summary>
    public const int ExportLimit = 50_000;

    public static RouteGroupBuilder MapActionsApi(this RouteGroupBuilder api)
    {
        var actions = api.MapGroup("/actions").WithTags("Improvement actions");
        actions.MapGet("/", List).WithName("ListActions")
            .WithSummary("Actions in your scope: paged (page, pageSize ≤ 200), sort (-column for descending), q, owner=me, team, overdue, sourceKind, status");
        actions.MapGet("/export", Export).WithName("ExportActions").WithSummary("The same list as CSV (all pages)");
        actions.MapPost("/", Create).RequireAuthorization(p => p.RequireRole(CreateAction.Raisers)).WithName("CreateAction");
        actions.MapPost("/reminders", RunReminders).RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Administrator, Roles.ComplianceOfficer, Roles.QualityAnalyst))
            .WithName("SendOverdueActionReminders").WithSummary("Send today's overdue reminders now (each action, person and day is reminded once)");
        actions.MapGet("/{id:guid}", Get).WithName("GetAction");
        actions.MapPatch("/{id:guid}", Update).WithName("UpdateAction")
            .WithSummary("Progress (status, evidence, effectiveness) or edit an action (send version or If-Match)");
        return api;
    }

    public static async Task<Ok<PagedList<ActionView>>> List([AsParameters] ActionQuery query, ListActions list, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.ExecuteAsync(query, cancellationToken));

    public static async Task<FileContentHttpResult> Export([AsParameters] ActionQuery query, ListActions list, CancellationToken cancellationToken)
    {
        var rows = await list.AllAsync(query, ExportLimit, cancellationToken);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(Csv(rows)), "text/csv", "improvement-actions.csv");
    }

    public static async Task<Created<ActionView>> Create(CreateActionRequest request, CreateAction create, CancellationToken cancellationToken)
    {
        var view = await create.ExecuteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/actions/{view.Id}", view);
    }

    public static async Task<Ok<RemindersSent>> RunReminders(OverdueActionReminders reminders, CancellationToken cancellationToken) =>
        TypedResults.Ok(new RemindersSent(await reminders.SendAsync(cancellationToken)));

    public static async Task<Ok<ActionView>> Get(Guid id, ActionRegister register, CancellationToken cancellationToken) =>
        TypedResults.Ok(register.ToView(await register.LoadAsync(id, cancellationToken)));

    public static async Task<Ok<ActionView>> Update(Guid id, UpdateActionRequest request, HttpRequest http, UpdateAction update,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await update.ExecuteAsync(id, request with { Version = request.Version ?? IfMatch(http) }, cancellationToken));

    private static int? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        return int.TryParse(header.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }

    public static string Csv(IEnumerable<ActionView> actions)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        string[] header = ["id", "title", "source_kind", "source_id", "owner", "due_on", "status", "overdue", "completed_at", "evidence",
            "effectiveness_due_on", "effectiveness_result", "created_at"];
        foreach (var field in header)
        {
            csv.WriteField(field);
        }

        csv.NextRecord();
        foreach (var a in actions)
        {
            string[] row = [a.Id.ToString(), a.Title, a.SourceKind, a.SourceId ?? "", a.OwnerName, Date(a.DueOn), a.Status, a.Overdue ? "yes" : "no",
                Instant(a.CompletedAt), a.Evidence ?? "", a.EffectivenessDueOn is { } e ? Date(e) : "", a.EffectivenessResult ?? "", Instant(a.CreatedAt)];
            foreach (var field in row)
            {
                // A cell starting with = + - @ would run as a formula in a spreadsheet: quote it as text.
                csv.WriteField(field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal) ? "'" + field : field);
            }

            csv.NextRecord();
        }

        csv.Flush();
        return text.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTime? at) => at?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>How many reminders (owner and line manager notices) this run queued.</summary>
public sealed record RemindersSent(int Sent);
