using Frontline.Domain.Compliance;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Compliance.Changes;

/// <summary>API of the regulatory change log (under <c>/api/v1/compliance</c>).</summary>
public static class ChangeEndpoints
{
    public static RouteGroupBuilder MapChangeApi(this RouteGroupBuilder api)
    {
        var changes = api.MapGroup("/compliance").WithTags("Compliance: regulatory change");
        changes.MapGet("/regulatory-changes", Dashboard).WithName("ComplianceRegulatoryChanges")
            .WithSummary("Changes coming into force, in force, and the reviews outstanding (yours; all for officers)");
        changes.MapPost("/regulatory-changes", Record).RequireAuthorization(ComplianceAccess.ManageRegister).WithName("ComplianceRecordChange")
            .WithSummary("Record a change: every item linked to its requirements is flagged for review, assigned and due before the effective date");
        changes.MapGet("/regulatory-changes/{id:guid}", Get).WithName("ComplianceRegulatoryChange");
        changes.MapGet("/reviews", Reviews).WithName("ComplianceReviews").WithSummary("Reviews (status=open|reviewed-no-change|updated, ownerId)");
        changes.MapPost("/reviews/{id:guid}/complete", Complete).WithName("ComplianceCompleteReview")
            .WithSummary("Record the outcome: reviewed-no-change, or updated with a link to the new version");
        return api;
    }

    public static async Task<Ok<ChangeDashboard>> Dashboard(ChangeDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.DashboardAsync(cancellationToken));

    public static async Task<Created<ChangeView>> Record(RecordChangeRequest request, RecordRegulatoryChange record, ChangeDirectory directory,
        CancellationToken cancellationToken)
    {
        var change = await record.ExecuteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/compliance/regulatory-changes/{change.Id}", await directory.GetAsync(change.Id, cancellationToken));
    }

    public static async Task<Ok<ChangeView>> Get(Guid id, ChangeDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetAsync(id, cancellationToken));

    public static async Task<Ok<List<ReviewView>>> Reviews(string? status, Guid? ownerId, ChangeDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ReviewsAsync(ComplianceText.Parse<ReviewStatus>(status, "status"), ownerId, cancellationToken));

    public static async Task<Ok<ReviewView>> Complete(Guid id, CompleteReviewRequest request, CompleteReview complete, ChangeDirectory directory,
        CancellationToken cancellationToken)
    {
        var review = await complete.ExecuteAsync(id, request, cancellationToken);
        return TypedResults.Ok(await directory.ReviewAsync(review.Id, cancellationToken));
    }
}
