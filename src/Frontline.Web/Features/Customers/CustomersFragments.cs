using System.Text.Json;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Customers.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Customers;

/// <summary>htmx fragments of the ID&amp;V panel: start (the challenge) and answers (the outcome).</summary>
public static class CustomersFragments
{
    public static RouteGroupBuilder MapCustomersFragmentRoutes(this RouteGroupBuilder ui)
    {
        var customers = ui.MapGroup("/customers").RequireAuthorization(p => p.RequireRole(CustomerRoles.FrontLine)).ExcludeFromDescription();
        customers.MapPost("/{id:guid}/verification/start", StartAsync);
        customers.MapPost("/verifications/{verificationId:guid}/answers", AnswerAsync);
        return ui;
    }

    public static async Task<RazorComponentResult<VerificationPanel>> StartAsync(Guid id, IFormCollection form, StartVerification start,
        CancellationToken cancellationToken)
    {
        var contactId = ContactOf(form);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { [nameof(VerificationPanel.CustomerId)] = id, [nameof(VerificationPanel.ContactId)] = contactId };
        try
        {
            var channel = form["channel"].ToString();
            parameters[nameof(VerificationPanel.Started)] = await start.ExecuteAsync(id,
                new StartVerificationRequest(contactId, channel.Length == 0 ? "phone" : channel), cancellationToken);
        }
        catch (DomainException error)
        {
            parameters[nameof(VerificationPanel.Error)] = error.Message;
        }

        return new RazorComponentResult<VerificationPanel>(parameters);
    }

    public static async Task<RazorComponentResult<VerificationPanel>> AnswerAsync(Guid verificationId, IFormCollection form, AnswerVerification answer,
        CancellationToken cancellationToken)
    {
        var customerId = Guid.TryParse(form["customerId"], out var id) ? id : Guid.Empty;
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(VerificationPanel.CustomerId)] = customerId, [nameof(VerificationPanel.ContactId)] = ContactOf(form),
        };
        var answers = Enum.GetValues<IdvFactor>().Where(f => form.ContainsKey(FieldName(f)))
            .Select(f => new VerificationAnswer(f, form[FieldName(f)].ToString())).ToList();
        try
        {
            parameters[nameof(VerificationPanel.Result)] = await answer.ExecuteAsync(verificationId, new AnswerVerificationRequest(answers), cancellationToken);
        }
        catch (DomainException error)
        {
            parameters[nameof(VerificationPanel.Error)] = error.Message;
        }

        return new RazorComponentResult<VerificationPanel>(parameters);
    }

    /// <summary>The form field of a factor, as in the API: <c>passcode-characters</c>.</summary>
    public static string FieldName(IdvFactor factor) => JsonNamingPolicy.KebabCaseLower.ConvertName(factor.ToString());

    public static string OutcomeLabel(VerificationOutcome outcome) => outcome switch
    {
        VerificationOutcome.Passed => "Passed",
        VerificationOutcome.Failed => "Failed",
        VerificationOutcome.Locked => "Failed: verification is now locked",
        VerificationOutcome.Pending => "Not answered",
    };

    public static string LevelLabel(AssuranceLevel level) => level.ToString().ToLowerInvariant();

    private static Guid? ContactOf(IFormCollection form) => Guid.TryParse(form["contactId"], out var contact) ? contact : null;
}
