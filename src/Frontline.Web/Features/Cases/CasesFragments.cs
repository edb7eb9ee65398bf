using Frontline.Web.Features.Cases.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Cases;

/// <summary>htmx fragments of the Cases pages (cookie-authenticated, antiforgery-checked by the platform).</summary>
public static class CasesFragments
{
    public static RouteGroupBuilder MapCaseFragments(this RouteGroupBuilder ui)
    {
        ui.MapPost("/cases/imports", StartImport).RequireAuthorization(p => p.RequireRole(CaseAccess.Importers));
        ui.MapGet("/cases/imports/{id:guid}", ImportProgressFragment).RequireAuthorization(p => p.RequireRole(CaseAccess.Importers));
        return ui;
    }

    public static async Task<RazorComponentResult<ImportProgress>> StartImport(IFormFile? file, ImportContacts imports, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return new RazorComponentResult<ImportProgress>(new { Error = "Choose a CSV file to import." });
        }

        try
        {
            return new RazorComponentResult<ImportProgress>(new { Import = await imports.StartAsync(file, cancellationToken) });
        }
        catch (Domain.Platform.DomainException ex)
        {
            return new RazorComponentResult<ImportProgress>(new { Error = ex.Message });
        }
    }

    public static async Task<RazorComponentResult<ImportProgress>> ImportProgressFragment(Guid id, ImportContacts imports, CancellationToken cancellationToken) =>
        new(new { Import = await imports.GetAsync(id, cancellationToken) });
}
