using System.Globalization;
using System.Text;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Complaints;

/// <summary>An editable letter template: text with <c>{{placeholders}}</c> filled from the complaint.</summary>
public sealed class LetterTemplate : IVersioned
{
    public const int MaxBodyLength = 20000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public LetterKind Kind { get; init; }

    public required string Body { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }
}

/// <summary>The values a letter may use.</summary>
public sealed record LetterValues(string CustomerName, string Reference, DateOnly ReceivedOn, DateOnly IssuedOn, RulePack Pack,
    ComplaintClocks Clocks, string? Outcome, string? AgreedOption, long RedressPence, string HandlerName);

/// <summary>
/// Letters and their mandatory regulatory content: a summary resolution or final response must tell the
/// complainant of the ombudsman referral right, the six-month window and the ombudsman's website
/// (DISP 1.5.4R, 1.6.2R, 1 Annex 3R); a holding response must give the referral right. A letter whose text lacks
/// them is refused, whatever the template says.
/// </summary>
public static class ComplaintLetters
{
    public static string Slug(LetterKind kind) => ComplaintNames.Slug(kind);

    public static string DefaultBody(LetterKind kind) => kind switch
    {
        LetterKind.Acknowledgement => """
            Dear {{customerName}},

            Your complaint (reference {{reference}}), received on {{receivedOn}}, has reached us and is being dealt with.
            We will send you our response by {{finalResponseDue}}. We will keep you informed of our progress.

            Yours sincerely,
            {{handlerName}}
            """,
        LetterKind.SummaryResolution => """
            Dear {{customerName}},

            You made a complaint to us (reference {{reference}}) on {{receivedOn}}. We now consider it resolved: {{agreedOption}}.

            If you later become dissatisfied with this resolution, you may be able to refer your complaint to the {{ombudsmanName}}. You must do so within {{referralWindow}} of the date of this letter.
            More information is on the ombudsman's website: {{ombudsmanWebsite}}.

            Yours sincerely,
            {{handlerName}}
            """,
        LetterKind.Holding => """
            Dear {{customerName}},

            We are sorry that we have not yet been able to give our final response to your complaint (reference {{reference}}).
            We expect to send it by {{finalResponseDue}}.

            You may now refer your complaint to the {{ombudsmanName}}: {{ombudsmanWebsite}}.

            Yours sincerely,
            {{handlerName}}
            """,
        _ => """
            Dear {{customerName}},

            This is our final response to your complaint (reference {{reference}}), received on {{receivedOn}}.
            Our decision: {{outcome}}. {{agreedOption}} Redress: {{redress}}.

            If you remain dissatisfied you may now refer your complaint to the {{ombudsmanName}}, free of charge. You must do so within {{referralWindow}} of the date of this letter; if you do not, the ombudsman will only consider it in very limited circumstances.
            The ombudsman's website is {{ombudsmanWebsite}}, where its explanatory leaflet is also available.

            Yours sincerely,
            {{handlerName}}
            """,
    };

    public static string Render(string template, LetterValues values)
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        string Date(DateOnly? d) => d?.ToString("d MMMM yyyy", culture) ?? "";
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["customerName"] = values.CustomerName,
            ["reference"] = values.Reference,
            ["receivedOn"] = Date(values.ReceivedOn),
            ["issuedOn"] = Date(values.IssuedOn),
            ["finalResponseDue"] = Date(values.Clocks.FinalResponseDue),
            ["ombudsmanName"] = values.Pack.OmbudsmanName,
            ["ombudsmanWebsite"] = values.Pack.OmbudsmanWebsite,
            ["referralWindow"] = values.Pack.ReferralWindowMonths == 6 ? "six months" : $"{values.Pack.ReferralWindowMonths} months",
            ["outcome"] = values.Outcome ?? "",
            ["agreedOption"] = values.AgreedOption ?? "",
            ["redress"] = "£" + (values.RedressPence / 100m).ToString("N2", culture),
            ["handlerName"] = values.HandlerName,
        };
        var text = new StringBuilder(template);
        foreach (var (key, value) in replacements)
        {
            text.Replace("{{" + key + "}}", value);
        }

        return text.ToString();
    }

    /// <summary>What the rendered letter is missing of its mandatory content (empty when complete).</summary>
    public static IReadOnlyList<string> MissingContent(LetterKind kind, string text, RulePack pack)
    {
        var missing = new List<string>();
        if (kind is LetterKind.Acknowledgement)
        {
            return missing;
        }

        if (!text.Contains(pack.OmbudsmanName, StringComparison.OrdinalIgnoreCase) || !text.Contains("refer", StringComparison.OrdinalIgnoreCase))
        {
            missing.Add($"the right to refer the complaint to the {pack.OmbudsmanName}");
        }

        if (!text.Contains(pack.OmbudsmanWebsite, StringComparison.OrdinalIgnoreCase))
        {
            missing.Add($"the ombudsman's website ({pack.OmbudsmanWebsite})");
        }

        var window = pack.ReferralWindowMonths == 6 ? "six months" : $"{pack.ReferralWindowMonths} months";
        if (kind is LetterKind.SummaryResolution or LetterKind.FinalResponse
            && !text.Contains(window, StringComparison.OrdinalIgnoreCase)
            && !text.Contains($"{pack.ReferralWindowMonths} months", StringComparison.OrdinalIgnoreCase))
        {
            missing.Add($"the {window} time limit for referring");
        }

        return missing;
    }
}
