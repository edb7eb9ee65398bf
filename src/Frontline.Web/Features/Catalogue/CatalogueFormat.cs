using System.Globalization;
using Frontline.Domain.Catalogue;
using Frontline.Domain.Platform.Calendar;

namespace Frontline.Web.Features.Catalogue;

/// <summary>How the catalogue pages show money, times and statuses to UK staff.</summary>
public static class CatalogueFormat
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Money(long pence) => pence == 0 ? "No charge" : (pence / 100m).ToString("C", Uk);

    public static string When(DateTimeOffset at) => UkTime.ToLocal(at).ToString("dd/MM/yyyy HH:mm", Uk);

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", Uk);

    public static string Status(ArticleStatus status) => KnowledgeArticle.Describe(status);

    public static string StatusBadge(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "text-bg-secondary",
        ArticleStatus.InReview => "text-bg-warning",
        ArticleStatus.Published => "text-bg-success",
        ArticleStatus.Archived => "text-bg-dark",
    };
}
