using Frontline.Domain.Communications;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Communications.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Communications;

/// <summary>htmx fragments: the language check panel, re-rendered as the author types.</summary>
public static class CommunicationsFragments
{
    public static RouteGroupBuilder MapCommunicationsFragments(this RouteGroupBuilder ui)
    {
        ui.MapGroup("/communications").ExcludeFromDescription().MapPost("/language-check", CheckAsync);
        return ui;
    }

    public static async Task<RazorComponentResult<LanguageReportPanel>> CheckAsync(IFormCollection form, CheckLanguage check, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            var kind = Enum.TryParse<MessageKind>(form["Input.Kind"].ToString(), out var k) ? k : MessageKind.Email;
            parameters[nameof(LanguageReportPanel.Report)] = await check.ExecuteAsync(new LanguageCheckRequest(form["Input.Text"].ToString(), kind), cancellationToken);
        }
        catch (DomainException error)
        {
            parameters[nameof(LanguageReportPanel.Error)] = error.Message;
        }

        return new RazorComponentResult<LanguageReportPanel>(parameters);
    }
}
