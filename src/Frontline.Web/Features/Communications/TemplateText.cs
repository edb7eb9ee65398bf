using Frontline.Domain.Communications;

namespace Frontline.Web.Features.Communications;

/// <summary>How template values read on pages.</summary>
public static class TemplateText
{
    public static string VariantName(TemplateVariant variant) => variant switch
    {
        TemplateVariant.Standard => "Standard",
        TemplateVariant.LargePrint => "Large print",
        TemplateVariant.EasyRead => "Easy read",
        TemplateVariant.Welsh => "Welsh",
        _ => variant.ToString(),
    };
}
