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
            // The language check page posts Input.*; the template editor posts its standard text as Form.*.
            var kindText = form.ContainsKey("Input.Kind") ? form["Input.Kind"].ToString() : form["Form.Kind"].ToString();
            var kind = Enum.TryParse<MessageKind>(kindText, out var k) ? k : MessageKind.Email;
            var text = form.ContainsKey("Input.Text") ? form["Input.Text"].ToString() : form["Form.Standard"].ToString();
            parameters[nameof(LanguageReportPanel.Report)] = await check.ExecuteAsync(new LanguageCheckRequest(text, kind), cancellationToken);
        }
        catch (DomainException error)
        {
            parameters[nameof(LanguageReportPanel.Error)] = error.Message;
        }

        return new RazorComponentResult<LanguageReportPanel>(parameters);
    }
}
