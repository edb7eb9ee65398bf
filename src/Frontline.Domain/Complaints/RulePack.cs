using Frontline.Domain.Platform.Calendar;

namespace Frontline.Domain.Complaints;

/// <summary>How a receipt on a non-business day (or after close of business) starts the business-day counts.</summary>
public enum ReceiptConvention
{
    /// <summary>The actual calendar day of receipt is day 0 (regulatory-facts.md §8.1 default: earlier, safer dates).</summary>
    Strict,

    /// <summary>The next business day is day 0 (the deleted DISP 1.5.3G(1) deemed-receipt approach).</summary>
    DeemedNextBusinessDay,
}

/// <summary>One rule of a pack with the text it rests on, so a handler can see why a date is what it is.</summary>
public sealed record RulePackRule(string Key, string Description, string Citation);

/// <summary>
/// The complaint-handling regime governing a complaint: its periods and the conventions the regulations leave
/// open (receipt on a non-business day, close of business, calendar division). Built-in packs are defaults the
/// organisation can adjust in settings without a code change.
/// </summary>
public sealed record RulePack
{
    public const string FcaDisp = "fca-disp";
    public const string FcaPaymentServices = "fca-payment-services";
    public const string Ofcom = "ofcom";
    public const string Ofgem = "ofgem";
    public const string Organisation = "organisation";

    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Who the complainant can go to when the firm's response does not satisfy them.</summary>
    public required string OmbudsmanName { get; init; }

    public required string OmbudsmanWebsite { get; init; }

    /// <summary>Business days after day 0 by whose close of business a complaint may be resolved by summary resolution; null when the pack has no such route.</summary>
    public int? SummaryResolutionBusinessDays { get; init; }

    /// <summary>Calendar days from the receipt date to the final response (8 weeks = 56); null when the pack counts business days instead.</summary>
    public int? FinalResponseCalendarDays { get; init; }

    /// <summary>Payment services: business days to the final response (15) and, after a holding reply, the outer limit (35).</summary>
    public int? PaymentServicesBusinessDays { get; init; }

    public int? PaymentServicesExtendedBusinessDays { get; init; }

    /// <summary>Months after the final response (or summary resolution) in which the complainant may refer to the ombudsman.</summary>
    public int ReferralWindowMonths { get; init; } = 6;

    public ReceiptConvention ReceiptOnNonBusinessDay { get; init; } = ReceiptConvention.Strict;

    /// <summary>Close of business (UK local time): the summary-resolution cut-off and, when deemed receipt applies, the after-hours cut-off.</summary>
    public TimeOnly CloseOfBusiness { get; init; } = new(17, 30);

    public CalendarDivision Division { get; init; } = CalendarDivision.EnglandAndWales;

    public required IReadOnlyList<RulePackRule> Rules { get; init; }

    public bool HasSummaryResolution => SummaryResolutionBusinessDays is not null;

    public bool IsPaymentServices => PaymentServicesBusinessDays is not null;
}

/// <summary>The packs shipped with the product, with their citations (regulatory-facts.md §1–§2).</summary>
public static class RulePacks
{
    private const string FosName = "Financial Ombudsman Service";
    private const string FosWebsite = "www.financial-ombudsman.org.uk";

    private static readonly RulePackRule Src = new("summary-resolution",
        "A complaint resolved by close of business on the third business day after the day of receipt may be closed with a summary resolution communication instead of a final response.",
        "FCA Handbook DISP 1.5.1R, 1.5.4R");

    private static readonly RulePackRule Referral = new("ombudsman-window",
        "The complainant may refer to the ombudsman within six months of the final response or summary resolution communication, which must say so.",
        "FCA Handbook DISP 2.8.2R; DISP 1 Annex 3R");

    private static readonly RulePackRule Acknowledge = new("acknowledgement",
        "Send a prompt written acknowledgement and keep the complainant informed of progress.", "FCA Handbook DISP 1.6.1R");

    public static readonly RulePack FcaDispGeneral = new()
    {
        Id = RulePack.FcaDisp,
        Name = "FCA DISP (general)",
        OmbudsmanName = FosName,
        OmbudsmanWebsite = FosWebsite,
        SummaryResolutionBusinessDays = 3,
        FinalResponseCalendarDays = 56,
        Rules =
        [
            Acknowledge, Src,
            new("final-response", "By the end of eight weeks after receipt send a final response or a letter explaining why one cannot yet be given.", "FCA Handbook DISP 1.6.2R"),
            Referral,
        ],
    };

    public static readonly RulePack PaymentServices = new()
    {
        Id = RulePack.FcaPaymentServices,
        Name = "FCA payment services and e-money",
        OmbudsmanName = FosName,
        OmbudsmanWebsite = FosWebsite,
        SummaryResolutionBusinessDays = 3,
        PaymentServicesBusinessDays = 15,
        PaymentServicesExtendedBusinessDays = 35,
        Rules =
        [
            Acknowledge, Src,
            new("final-response-15", "Final response by the end of 15 business days after the day of receipt.", "FCA Handbook DISP 1.6.2AR, 2.8.1R(2A); Payment Services Regulations 2017"),
            new("holding-35", "In exceptional circumstances a holding reply by business day 15 giving the reasons and the date of the final response, no later than business day 35.", "FCA Handbook DISP 1.6.2AR, 2.8.1R(2A)"),
            Referral,
        ],
    };

    public static readonly RulePack OfcomPack = new()
    {
        Id = RulePack.Ofcom,
        Name = "Ofcom (telecoms)",
        OmbudsmanName = "the approved ADR scheme",
        OmbudsmanWebsite = "www.ombudsman-services.org",
        FinalResponseCalendarDays = 56,
        ReferralWindowMonths = 12,
        Rules =
        [
            new("adr-letter", "Send the ADR letter at deadlock or when the complaint is unresolved 8 weeks after it was made.", "Ofcom General Condition C4 and the Approved Complaints Code"),
            new("adr-window", "The customer may take the complaint to ADR within 12 months of the ADR letter (scheme rules).", "Ofcom consumer guidance (scheme dependent)"),
        ],
    };

    public static readonly RulePack OfgemPack = new()
    {
        Id = RulePack.Ofgem,
        Name = "Ofgem (energy, Great Britain)",
        OmbudsmanName = "the Energy Ombudsman",
        OmbudsmanWebsite = "www.energyombudsman.org",
        FinalResponseCalendarDays = 56,
        ReferralWindowMonths = 12,
        Rules =
        [
            new("record", "Record each complaint on receipt with the prescribed details.", "Gas and Electricity (Consumer Complaints Handling Standards) Regulations 2008, reg. 4"),
            new("eight-week-letter", "Send an eight-week letter or deadlock letter signposting the Energy Ombudsman.", "SI 2008/1898; Energy Ombudsman guidance"),
        ],
    };

    public static readonly RulePack OrganisationDefault = new()
    {
        Id = RulePack.Organisation,
        Name = "Organisation's own",
        OmbudsmanName = FosName,
        OmbudsmanWebsite = FosWebsite,
        SummaryResolutionBusinessDays = 3,
        FinalResponseCalendarDays = 56,
        Rules =
        [
            Src,
            new("final-response", "Final response within the organisation's period (default 8 weeks).", "Organisation complaints policy"),
            Referral,
        ],
    };

    public static readonly IReadOnlyList<RulePack> BuiltIn = [FcaDispGeneral, PaymentServices, OfcomPack, OfgemPack, OrganisationDefault];

    public static RulePack? Find(string? id) => BuiltIn.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));

    public static string Slug(this ReceiptConvention convention) =>
        convention == ReceiptConvention.Strict ? "strict" : "deemed-next-business-day";

    public static bool TryParseConvention(string? text, out ReceiptConvention convention)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "strict":
                convention = ReceiptConvention.Strict;
                return true;
            case "deemed" or "deemed-next-business-day":
                convention = ReceiptConvention.DeemedNextBusinessDay;
                return true;
            default:
                convention = default;
                return false;
        }
    }
}
