using Frontline.Domain.Communications;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Customers;

namespace Frontline.Web.Features.Communications;

/// <summary>
/// Fills the approved version of a template for a customer: the variant follows their recorded communication needs
/// (Welsh, easy read, large print) unless one is asked for, and the result is language-checked as sent.
/// </summary>
public sealed class UseTemplate(TemplateDirectory directory, ICustomerCommunicationNeeds needs, CheckLanguage language, TimeProvider clock)
{
    public async Task<RenderedMessage> ExecuteAsync(Guid id, RenderTemplateRequest request, CancellationToken cancellationToken)
    {
        var template = await directory.LoadAsync(id, tracked: false, cancellationToken);
        var version = template.Approved ?? throw new DomainException("template.not-approved", "This template has no approved version to use yet.", DomainErrorKind.Conflict);
        var values = new Dictionary<string, string>(TemplatePlaceholders.Allowed, StringComparer.Ordinal)
        {
            ["today"] = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
        };
        var variant = request.Variant ?? TemplateVariant.Standard;
        if (request.CustomerId is { } customerId)
        {
            var profile = await needs.ProfileAsync(customerId, cancellationToken)
                ?? throw new DomainException("template.customer", "There is no customer with this id.", DomainErrorKind.Invalid, "customerId");
            values["customer.first_name"] = profile.FirstName;
            values["customer.last_name"] = profile.LastName;
            values["customer.name"] = $"{profile.FirstName} {profile.LastName}";
            values["customer.reference"] = profile.Reference;
            variant = request.Variant ?? TemplatePlaceholders.Choose(version.Variants.Select(v => v.Variant), profile.Needs);
        }

        foreach (var (key, value) in request.Values ?? new Dictionary<string, string>())
        {
            if (!TemplatePlaceholders.Allowed.ContainsKey(key))
            {
                throw new DomainException("template.value", $"{key} is not a placeholder templates can use.", DomainErrorKind.Invalid, "values");
            }

            values[key] = value;
        }

        var text = version.Variants.SingleOrDefault(v => v.Variant == variant)
            ?? throw new DomainException("template.variant", $"This template has no {variant} variant.", DomainErrorKind.Invalid, "variant");
        var body = TemplateEngine.Render(text.Body, values);
        var subject = version.Subject is { } s ? TemplateEngine.Render(s, values, "subject") : null;
        var report = LanguageChecker.Check(body, template.Kind, await language.RulesAsync(cancellationToken));
        return new RenderedMessage(template.Id, version.Number, variant, subject, body, LanguageCheckView.From(report));
    }
}
