using Frontline.Domain.Platform.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Compliance.DataProtection;

/// <summary>API of the data-protection desk (under <c>/api/v1/data-protection</c>). Outside the desk: 404.</summary>
public static class DataProtectionEndpoints
{
    public static RouteGroupBuilder MapDataProtectionApi(this RouteGroupBuilder api)
    {
        var desk = api.MapGroup("/data-protection").WithTags("Data protection");
        desk.MapGet("/sar-clock", Clock).WithName("DataProtectionSarClock")
            .WithSummary("The ICO deadline for a request received on a date (division: england-and-wales|scotland|northern-ireland)");
        desk.MapGet("/subjects", Subjects).WithName("DataProtectionSubjects")
            .WithSummary("Find a data subject by customer reference, name, postcode, phone or e-mail");
        desk.MapGet("/subject-access-requests", List).WithName("DataProtectionSars").WithSummary("Subject access requests, soonest due first (open=true)");
        desk.MapPost("/subject-access-requests", Receive).WithName("DataProtectionReceiveSar").WithSummary("Log a subject access request: 201 with dueDate and extendedDueDate");
        desk.MapGet("/subject-access-requests/{id:guid}", Get).WithName("DataProtectionSar");
        desk.MapPost("/subject-access-requests/{id:guid}/pauses", Pause).WithName("DataProtectionPauseSar")
            .WithSummary("Stop the clock while awaiting ID, clarification or a fee");
        desk.MapPost("/subject-access-requests/{id:guid}/resume", Resume).WithName("DataProtectionResumeSar")
            .WithSummary("The information arrived: the deadline moves later by the days paused");
        desk.MapPost("/subject-access-requests/{id:guid}/extension", Extend).WithName("DataProtectionExtendSar")
            .WithSummary("Extend by two further months (notified with reasons within the first month)");
        desk.MapPost("/subject-access-requests/{id:guid}/complete", Complete).WithName("DataProtectionCompleteSar");
        desk.MapGet("/subject-access-requests/{id:guid}/export", Export).WithName("DataProtectionSarExport")
            .WithSummary("Everything held about the customer across modules: a zip of subject-access.json and summary.pdf, with what was withheld");
        desk.MapGet("/retention-schedule", Schedule).WithName("DataProtectionRetentionSchedule")
            .WithSummary("How long each class of data is kept, from when, and why");
        desk.MapPut("/retention-schedule/{dataClass}", ChangeRule).WithName("DataProtectionChangeRetention");
        desk.MapPost("/retention-schedule/run", RunRetention).WithName("DataProtectionRunRetention")
            .WithSummary("Run the retention job now: restricted records whose retention has ended are erased");
        desk.MapGet("/erasure-requests", Erasures).WithName("DataProtectionErasures");
        desk.MapPost("/erasure-requests", ReceiveErasure).WithName("DataProtectionReceiveErasure")
            .WithSummary("Log an erasure request: 201 with its due date and the assessment per class of data against retention");
        desk.MapGet("/erasure-requests/{id:guid}", Erasure).WithName("DataProtectionErasure");
        desk.MapPost("/erasure-requests/{id:guid}/carry-out", CarryOut).WithName("DataProtectionCarryOutErasure")
            .WithSummary("Erase what may go, restrict what retention keeps (409 with the reason while a complaint is open)");
        return api;
    }

    public static async Task<Ok<List<RetentionRuleView>>> Schedule(RetentionSchedules schedules, CancellationToken cancellationToken) =>
        TypedResults.Ok(await schedules.ListAsync(cancellationToken));

    public static async Task<Ok<RetentionRuleView>> ChangeRule(string dataClass, ChangeRetentionRequest request, RetentionSchedules schedules,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await schedules.ChangeAsync(dataClass, request, cancellationToken));

    public static async Task<Ok<RetentionRunView>> RunRetention(SubjectAccessDesk desk, EraseExpiredRecords job, CancellationToken cancellationToken)
    {
        desk.RequireDesk();
        return TypedResults.Ok(new RetentionRunView(await job.ExecuteAsync(cancellationToken)));
    }

    public static async Task<Ok<List<ErasureView>>> Erasures(ErasureDesk erasures, CancellationToken cancellationToken)
    {
        var views = new List<ErasureView>();
        foreach (var e in await erasures.ListAsync(cancellationToken))
        {
            views.Add(await erasures.ViewAsync(e, cancellationToken));
        }

        return TypedResults.Ok(views);
    }

    public static async Task<Created<ErasureView>> ReceiveErasure(ReceiveErasureRequest request, ErasureDesk erasures, CancellationToken cancellationToken)
    {
        var erasure = await erasures.ReceiveAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/data-protection/erasure-requests/{erasure.Id}", await erasures.ViewAsync(erasure, cancellationToken));
    }

    public static async Task<Ok<ErasureView>> Erasure(Guid id, ErasureDesk erasures, CancellationToken cancellationToken) =>
        TypedResults.Ok(await erasures.GetAsync(id, cancellationToken));

    public static async Task<Ok<ErasureView>> CarryOut(Guid id, CarryOutErasureRequest request, CarryOutErasure carryOut, ErasureDesk erasures,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await erasures.ViewAsync(await carryOut.ExecuteAsync(id, request, cancellationToken), cancellationToken));

    public static async Task<Ok<SarClockView>> Clock(DateOnly receivedAt, string? division, SubjectAccessDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ClockAsync(receivedAt, ComplianceText.Parse<CalendarDivision>(division, "division") ?? CalendarDivision.EnglandAndWales,
            cancellationToken));

    public static async Task<Ok<IReadOnlyList<Customers.CustomerListItem>>> Subjects(string? q, SubjectAccessDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.FindSubjectsAsync(q, cancellationToken));

    public static async Task<Ok<List<SarView>>> List(bool? open, SubjectAccessDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ListAsync(open == true, cancellationToken));

    public static async Task<Created<SarView>> Receive(ReceiveSarRequest request, SubjectAccessDesk desk, CancellationToken cancellationToken)
    {
        var sar = await desk.ReceiveAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/data-protection/subject-access-requests/{sar.Id}", await desk.ViewAsync(sar, cancellationToken));
    }

    public static async Task<FileContentHttpResult> Export(Guid id, SubjectAccessExport export, CancellationToken cancellationToken)
    {
        var (zip, name) = await export.ExecuteAsync(id, cancellationToken);
        return TypedResults.File(zip, "application/zip", name);
    }

    public static async Task<Ok<SarView>> Get(Guid id, SubjectAccessDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.GetAsync(id, cancellationToken));

    public static async Task<Ok<SarView>> Pause(Guid id, PauseSarRequest request, SubjectAccessDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ViewAsync(await desk.PauseAsync(id, request, cancellationToken), cancellationToken));

    public static async Task<Ok<SarView>> Resume(Guid id, ResumeSarRequest request, SubjectAccessDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ViewAsync(await desk.ResumeAsync(id, request, cancellationToken), cancellationToken));

    public static async Task<Ok<SarView>> Extend(Guid id, ExtendSarRequest request, SubjectAccessDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ViewAsync(await desk.ExtendAsync(id, request, cancellationToken), cancellationToken));

    public static async Task<Ok<SarView>> Complete(Guid id, CompleteSarRequest request, SubjectAccessDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ViewAsync(await desk.CompleteAsync(id, request, cancellationToken), cancellationToken));
}
