using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Frontline.Domain.Catalogue;
using Frontline.Domain.Platform;

namespace Frontline.Web.Features.Catalogue;

/// <summary>
/// The product editor's form. Lists are typed one item per line with parts separated by <c>|</c>, so a manager can
/// edit everything in one place and nothing typed is lost when a line is wrong.
/// </summary>
public sealed class ProductForm
{
    [Required, StringLength(Product.MaxCodeLength, MinimumLength = 2)] public string Code { get; set; } = "";
    [Required, StringLength(Product.MaxNameLength)] public string Name { get; set; } = "";
    [Required, StringLength(Product.MaxCategoryLength)] public string Category { get; set; } = "";
    [Required, StringLength(Product.MaxTextLength)] public string Overview { get; set; } = "";
    [Required, StringLength(Product.MaxTextLength)] public string ApprovedWording { get; set; } = "";
    public string? Features { get; set; }
    public string? Fees { get; set; }
    public string? Disclosures { get; set; }
    public string? Comparisons { get; set; }
    public string? Sources { get; set; }
    [Range(0, 130)] public int? MinimumAge { get; set; }
    [Range(0, 130)] public int? MaximumAge { get; set; }
    public bool UkResidentRequired { get; set; }
    [Range(0, 100_000_000)] public long? MinimumAnnualIncomePounds { get; set; }
    [StringLength(300)] public string? RequiredProducts { get; set; }
    [StringLength(300)] public string? ExcludedProducts { get; set; }
    public bool IsActive { get; set; } = true;
    [StringLength(1000)] public string? ChangeNote { get; set; }
    public int Version { get; set; }

    public static ProductForm From(ProductView p) => new()
    {
        Code = p.Code, Name = p.Name, Category = p.Category, Overview = p.Overview, ApprovedWording = p.ApprovedWording,
        Features = Lines(p.Features.Select(f => new[] { f.Feature, f.Benefit })),
        Fees = Lines(p.Fees.Select(f => new[] { f.Name, f.AmountPence.ToString(CultureInfo.InvariantCulture), f.Frequency, f.Notes ?? "" })),
        Disclosures = Lines(p.Disclosures.Select(d => new[] { d.Code, d.Title, d.Text })),
        Comparisons = Lines(p.Comparisons.Select(c => new[] { c.Competitor, c.Aspect, c.Ours, c.Theirs })),
        Sources = Lines(p.Sources.Select(s => new[] { s.Title, s.Reference })),
        MinimumAge = p.Eligibility.MinimumAge, MaximumAge = p.Eligibility.MaximumAge, UkResidentRequired = p.Eligibility.UkResidentRequired,
        MinimumAnnualIncomePounds = p.Eligibility.MinimumAnnualIncomePence / 100,
        RequiredProducts = string.Join(", ", p.Eligibility.RequiredProducts), ExcludedProducts = string.Join(", ", p.Eligibility.ExcludedProducts),
        IsActive = p.IsActive, Version = p.Version,
    };

    /// <summary>The API request this form stands for; a malformed line is an error naming the field and line.</summary>
    public ProductRequest ToRequest(bool includeVersion) => new(
        Code.Trim(), Name, Category, Overview, ApprovedWording,
        Parse(Features, "features", 2, 2, p => new FeatureInput(p[0], p[1])),
        new EligibilityInput(MinimumAge, MaximumAge, UkResidentRequired, MinimumAnnualIncomePounds * 100, Codes(RequiredProducts), Codes(ExcludedProducts)),
        Parse(Fees, "fees", 3, 4, p => new FeeInput(p[0], Pence(p[1]), p[2], p.Length > 3 && p[3].Length > 0 ? p[3] : null)),
        Parse(Disclosures, "disclosures", 3, 3, p => new DisclosureInput(p[0], p[1], p[2])),
        Parse(Comparisons, "comparisons", 4, 4, p => new ComparisonInput(p[0], p[1], p[2], p[3])),
        Parse(Sources, "sources", 2, 2, p => new SourceInput(p[0], p[1])),
        IsActive, includeVersion ? Version : null, string.IsNullOrWhiteSpace(ChangeNote) ? null : ChangeNote);

    private static string Lines(IEnumerable<string[]> rows) => string.Join("\n", rows.Select(r => string.Join(" | ", r).TrimEnd(' ', '|')));

    private static List<string> Codes(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static long? Pence(string text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pence)
            ? pence
            : throw new DomainException("validation", $"'{text}' is not an amount in pence (e.g. 1200 for £12).", DomainErrorKind.Invalid, "fees");

    private static List<T> Parse<T>(string? text, string field, int min, int max, Func<string[], T> make)
    {
        var result = new List<T>();
        var lines = (text ?? "").ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var parts = lines[i].Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length < min || parts.Length > max)
            {
                throw new DomainException("validation", $"Line {i + 1} needs {min}{(max > min ? $" to {max}" : "")} parts separated by |.",
                    DomainErrorKind.Invalid, field);
            }

            result.Add(make(parts));
        }

        return result;
    }
}
