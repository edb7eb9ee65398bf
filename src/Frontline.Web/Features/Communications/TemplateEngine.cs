using Fluid;
using Frontline.Domain.Communications;
using Frontline.Domain.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>
/// Liquid templates through Fluid: parses a template (unbalanced tags and unclosed outputs are refused with Fluid's own
/// message) and renders it with values named by <see cref="TemplatePlaceholders"/>; strict variables and filters, so
/// a name that is not provided fails rather than printing nothing.
/// </summary>
public sealed class TemplateEngine
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new TemplateOptionsBuilder().WithStrictVariables(true).WithStrictFilters(true).WithMaxSteps(100_000).Build();

    public static IFluidTemplate Parse(string source, string field)
    {
        if (!Parser.TryParse(source, out var template, out var error))
        {
            throw new DomainException("template.syntax", $"The template does not parse: {error.Split('\n')[0].Trim()}", DomainErrorKind.Invalid, field);
        }

        return template;
    }

    /// <summary>Renders with the flat placeholder values (<c>customer.first_name</c> → a nested <c>customer</c> object).</summary>
    public static string Render(string source, IReadOnlyDictionary<string, string> values, string field = "body")
    {
        var template = Parse(source, field);
        var context = new TemplateContext(Options);
        foreach (var root in values.GroupBy(v => v.Key.Split('.')[0], StringComparer.Ordinal))
        {
            if (root.Count() == 1 && !root.First().Key.Contains('.', StringComparison.Ordinal))
            {
                context.SetValue(root.Key, root.First().Value);
            }
            else
            {
                context.SetValue(root.Key, root.ToDictionary(v => v.Key[(root.Key.Length + 1)..], v => (object)v.Value, StringComparer.Ordinal));
            }
        }

        try
        {
            return template.Render(context);
        }
        catch (Exception error) when (error is InvalidOperationException or FluidException)
        {
            throw new DomainException("template.render", $"The template cannot be filled in: {error.Message}", DomainErrorKind.Invalid, field);
        }
    }

    /// <summary>The language check of a variant: the source for wording, the sample rendering for SMS segments.</summary>
    public static LanguageReport Check(VariantDefinition variant, MessageKind kind, LanguageRules rules, int index)
    {
        var sample = Render(variant.Body, TemplatePlaceholders.Allowed, $"variants[{index}].body");
        return LanguageChecker.Check(variant.Body, kind, rules, sample);
    }
}
