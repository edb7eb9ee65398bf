using Frontline.Domain.Catalogue;
using Frontline.Domain.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Catalogue;

/// <summary>API of the product catalogue under <c>/api/v1/products</c>.</summary>
public static class ProductEndpoints
{
    public static readonly string[] ProductManagers = [Roles.Manager, Roles.Administrator];

    /// <summary>Staff who handle customer contacts and so read disclosures out.</summary>
    public static readonly string[] ContactHandlers = [Roles.Agent, Roles.TeamLeader, Roles.ComplaintsHandler, Roles.Manager, Roles.Administrator];

    public static RouteGroupBuilder MapProductEndpoints(this RouteGroupBuilder api)
    {
        var products = api.MapGroup("/products").WithTags("Catalogue");
        products.MapGet("/", List).WithName("ListProducts")
            .WithSummary("GET /api/v1/products?query=&includeInactive= : the product catalogue (all staff), searchable by name, code or category");
        products.MapGet("/{id:guid}", Get).WithName("GetProduct")
            .WithSummary("A product's overview in approved wording: features and benefits, eligibility, fees, disclosures, competitor comparison, sources");
        products.MapPost("/", Create).RequireAuthorization(p => p.RequireRole(ProductManagers)).WithName("CreateProduct")
            .WithSummary("Add a product (managers, administrators); amounts in pence");
        products.MapPut("/{id:guid}", Update).RequireAuthorization(p => p.RequireRole(ProductManagers)).WithName("UpdateProduct")
            .WithSummary("Replace a product's details (send the version you read; 409 if it changed). Material changes start a revision staff must acknowledge");
        products.MapGet("/{id:guid}/changes", Changes).WithName("ListProductChanges")
            .WithSummary("The product's change record: parts changed, material or not, who and when");
        products.MapPost("/{id:guid}/eligibility-checks", CheckEligibility).WithName("CheckProductEligibility")
            .WithSummary("Check a customer's facts (age, UK residence, products held, income) against the product's eligibility: eligible, with reasons");
        products.MapGet("/{id:guid}/disclosures", Disclosures).WithName("GetDisclosureStatus")
            .WithSummary("GET ...?contactId= : which mandatory disclosures were read out in the contact and which are outstanding");
        products.MapPost("/{id:guid}/disclosure-confirmations", ConfirmDisclosures).RequireAuthorization(p => p.RequireRole(ContactHandlers))
            .WithName("ConfirmDisclosures")
            .WithSummary("Record that disclosures were read out in a contact ({contactId, disclosureCodes}); returns what is still outstanding");
        products.MapPost("/{id:guid}/acknowledgements", Acknowledge).WithName("AcknowledgeProduct")
            .WithSummary("Acknowledge that you have read the product's current revision");
        products.MapGet("/{id:guid}/acknowledgements", AcknowledgementStatus).RequireAuthorization(p => p.RequireRole(Acknowledgements.Overseers))
            .WithName("GetProductAcknowledgements")
            .WithSummary("Who in your scope has and has not acknowledged the product's current revision (team leaders: their team)");
        return api;
    }

    public static async Task<Ok<List<ProductSummary>>> List(ProductCatalogue catalogue, string? query, bool? includeInactive,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalogue.ListAsync(query, includeInactive ?? false, cancellationToken));

    public static async Task<Ok<ProductView>> Get(Guid id, ProductCatalogue catalogue, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalogue.GetAsync(id, cancellationToken));

    public static async Task<Created<ProductView>> Create(ProductRequest request, ManageProducts manage, CancellationToken cancellationToken)
    {
        var product = await manage.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/products/{product.Id}", ProductCatalogue.ToView(product));
    }

    public static async Task<Ok<ProductView>> Update(Guid id, ProductRequest request, ManageProducts manage, CancellationToken cancellationToken)
    {
        var (product, _) = await manage.UpdateAsync(id, request, cancellationToken);
        return TypedResults.Ok(ProductCatalogue.ToView(product));
    }

    public static async Task<Ok<List<ProductChangeView>>> Changes(Guid id, ProductCatalogue catalogue, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalogue.ChangesAsync(id, cancellationToken));

    public static async Task<Ok<EligibilityResult>> CheckEligibility(Guid id, EligibilityCheckRequest request, ProductCatalogue catalogue,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalogue.CheckEligibilityAsync(id, request, cancellationToken));

    public static async Task<Ok<DisclosureStatusView>> Disclosures(Guid id, Guid? contactId, ConfirmDisclosures disclosures,
        CancellationToken cancellationToken)
    {
        if (contactId is null)
        {
            throw new DomainException("validation", "Name the contact (contactId).", DomainErrorKind.Invalid, "contactId");
        }

        return TypedResults.Ok(await disclosures.StatusAsync(id, contactId.Value, cancellationToken));
    }

    public static async Task<Ok<DisclosureStatusView>> ConfirmDisclosures(Guid id, DisclosureConfirmationRequest request,
        ConfirmDisclosures disclosures, CancellationToken cancellationToken) =>
        TypedResults.Ok(await disclosures.ExecuteAsync(id, request, cancellationToken));

    public static async Task<Created<AcknowledgedView>> Acknowledge(Guid id, Acknowledgements acknowledgements, CancellationToken cancellationToken)
    {
        var view = await acknowledgements.AcknowledgeProductAsync(id, cancellationToken);
        return TypedResults.Created($"/api/v1/products/{id}/acknowledgements", view);
    }

    public static async Task<Ok<AcknowledgementStatusView>> AcknowledgementStatus(Guid id, Acknowledgements acknowledgements,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await acknowledgements.ProductStatusAsync(id, cancellationToken));
}
