using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Complaints;

/// <summary>The Complaints module: regulated complaint handling from receipt to closure, letters, analysis and the return.</summary>
public static class ComplaintsModule
{
    public static IServiceCollection AddComplaints(this IServiceCollection services)
    {
        services.AddSingleton<ComplaintReferenceData>();
        services.AddScoped<ComplaintStore>();
        services.AddScoped<IComplaintsRaised, ComplaintsRaised>();
        services.AddScoped<IComplaintsByChannel, ComplaintsByChannel>();
        services.AddScoped<ComplaintClockService>();
        services.AddScoped<RecordComplaint>();
        services.AddScoped<UpdateComplaint>();
        services.AddScoped<MoveComplaint>();
        services.AddScoped<PutThingsRight>();
        services.AddScoped<IssueComplaintLetter>();
        services.AddScoped<ComplaintQueue>();
        services.AddScoped<IComplaintLinks, ComplaintLinks>();
        services.AddScoped<ComplaintAnalysis>();
        services.AddScoped<ComplaintsReturn>();
        services.AddScoped<ComplaintSettingsEditor>();
        services.AddSingleton<CfpbImport>();
        services.AddScoped<IDemoSeeder, ComplaintsDemoSeeder>();
        return services;
    }

    public static RouteGroupBuilder MapComplaintsEndpoints(this RouteGroupBuilder api) => api.MapComplaintsApi();

    /// <summary>htmx fragments for the module's pages (under /ui, cookie-authenticated).</summary>
    public static RouteGroupBuilder MapComplaintsFragments(this RouteGroupBuilder ui)
    {
        ui.MapGet("/complaints/imports/{importId:guid}", ImportFragment)
            .RequireAuthorization(p => p.RequireRole(ComplaintsEndpoints.SettingsEditors));
        return ui;
    }

    /// <summary>
    /// The import progress panel; keeps polling itself (htmx) until the import has finished. An import this process does
    /// not know (it restarted) answers a panel that says so and stops polling (htmx would not swap in an error).
    /// </summary>
    public static IResult ImportFragment(Guid importId, CfpbImport import)
    {
        static string Enc(string? text) => System.Net.WebUtility.HtmlEncode(text ?? "");
        if (import.Find(importId) is not { } p)
        {
            return Results.Content($"<div id=\"import-progress\" data-testid=\"import-progress\"><div class=\"alert alert-warning\">{Enc(CfpbImport.UnknownImport)}</div></div>", "text/html");
        }

        var poll = p.Finished ? "" : $" hx-get=\"/ui/complaints/imports/{p.Id}\" hx-trigger=\"every 1s\" hx-swap=\"outerHTML\"";
        var html = new System.Text.StringBuilder($"<div id=\"import-progress\" data-testid=\"import-progress\"{poll}>");
        html.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"<div class=\"progress mb-2\" role=\"progressbar\" aria-valuenow=\"{p.Percent}\" aria-valuemin=\"0\" aria-valuemax=\"100\"><div class=\"progress-bar\" style=\"width:{p.Percent}%\">{p.Percent}%</div></div>");
        html.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"<p>{p.Processed:N0} of {p.Total:N0} rows read, {p.Imported:N0} imported, {p.Unmapped.Count:N0} could not be mapped.{(p.Finished ? " <strong>Finished.</strong>" : "")}</p>");
        if (p.Error is not null)
        {
            html.Append("<div class=\"alert alert-danger\">").Append(Enc(p.Error)).Append("</div>");
        }

        if (p.Finished && !p.Unmapped.IsEmpty)
        {
            html.Append("<h2 class=\"h5\">Rows not imported</h2><table class=\"table table-sm small\" data-testid=\"unmapped\"><thead><tr><th>Line</th><th>CFPB id</th><th>Product</th><th>Issue</th><th>Reason</th></tr></thead><tbody>");
            foreach (var u in p.Unmapped.Take(500))
            {
                html.Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"<tr><td>{u.Line}</td><td>{Enc(u.ComplaintId)}</td><td>{Enc(u.Product)}</td><td>{Enc(u.Issue)}</td><td>{Enc(u.Reason)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        return Results.Content(html.Append("</div>").ToString(), "text/html");
    }
}
