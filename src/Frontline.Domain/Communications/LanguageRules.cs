namespace Frontline.Domain.Communications;

/// <summary>A word or phrase customers may not understand, with a plain alternative.</summary>
public sealed record JargonTerm(string Term, string Suggestion);

/// <summary>Something a message of a kind must contain: matched case-insensitively as any of <see cref="AnyOf"/>.</summary>
public sealed record RequiredElement(string Name, IReadOnlyList<string> AnyOf);

/// <summary>
/// The organisation's language rules: the longest sentence, the readability target (Flesch reading ease, from the
/// communication policy), the jargon list with plain alternatives, banned phrases, the passive-voice share allowed, the
/// SMS segment limit and what each kind of message must contain. Checks named in <see cref="Blocking"/> stop a
/// template being approved; the others advise.
/// </summary>
public sealed record LanguageRules
{
    public int MaxSentenceWords { get; init; } = 25;

    public double TargetReadingEase { get; init; } = 60;

    public double MaxPassiveShare { get; init; } = 0.2;

    public int MaxSmsSegments { get; init; } = 3;

    public IReadOnlyList<JargonTerm> Jargon { get; init; } = StarterJargon;

    public IReadOnlyList<string> BannedPhrases { get; init; } = StarterBannedPhrases;

    public IReadOnlySet<string> Blocking { get; init; } = new HashSet<string>(StringComparer.Ordinal) { Checks.Banned, Checks.Required, Checks.SmsLength };

    public IReadOnlyDictionary<MessageKind, IReadOnlyList<RequiredElement>> Required { get; init; } = StarterRequired;

    /// <summary>Names of the checks (finding codes).</summary>
    public static class Checks
    {
        public const string Readability = "readability";
        public const string LongSentence = "long-sentence";
        public const string Jargon = "jargon";
        public const string Banned = "banned-phrase";
        public const string Passive = "passive-voice";
        public const string SmsLength = "sms-length";
        public const string Required = "required-element";
    }

    /// <summary>A starter list of common financial-services jargon with plain alternatives (the organisation edits its own).</summary>
    public static readonly IReadOnlyList<JargonTerm> StarterJargon =
    [
        new("arrears", "missed payments"),
        new("forbearance", "help with your payments"),
        new("APR", "yearly interest rate"),
        new("remittance", "payment"),
        new("accrued interest", "interest that has built up"),
        new("amortisation", "paying off over time"),
        new("capital repayment", "paying back what you borrowed"),
        new("collateral", "security for the loan"),
        new("default notice", "letter saying you have missed payments"),
        new("direct debit mandate", "Direct Debit instruction"),
        new("debit balance", "amount you owe"),
        new("beneficiary", "person who receives the money"),
        new("encumbrance", "charge on the property"),
        new("in accordance with", "under"),
        new("pursuant to", "under"),
        new("notwithstanding", "despite"),
        new("aforementioned", "this"),
        new("hereby", "(leave it out)"),
        new("in the event that", "if"),
        new("prior to", "before"),
        new("subsequent to", "after"),
        new("commence", "start"),
        new("terminate", "end"),
        new("facilitate", "help"),
        new("utilise", "use"),
        new("endeavour", "try"),
        new("ascertain", "find out"),
        new("in lieu of", "instead of"),
        new("per annum", "a year"),
        new("KYC", "checking who you are"),
    ];

    /// <summary>Phrases the organisation does not want in any message.</summary>
    public static readonly IReadOnlyList<string> StarterBannedPhrases =
    [
        "we apologise for any inconvenience",
        "please be advised",
        "as per our records",
        "it is not our policy",
        "you have failed to",
        "your call is important to us",
        "through no fault of our own",
    ];

    public static readonly IReadOnlyDictionary<MessageKind, IReadOnlyList<RequiredElement>> StarterRequired = new Dictionary<MessageKind, IReadOnlyList<RequiredElement>>
    {
        [MessageKind.Email] =
        [
            new("greeting", ["Dear", "Hello", "Hi ", "Good morning", "Good afternoon"]),
            new("closing", ["Kind regards", "Yours sincerely", "Best wishes", "Many thanks", "Thank you"]),
        ],
        [MessageKind.Letter] =
        [
            new("greeting", ["Dear"]),
            new("closing", ["Yours sincerely", "Yours faithfully", "Kind regards"]),
        ],
        [MessageKind.Sms] = [new("who it is from", ["centre.name", "Frontline"])],
        [MessageKind.Chat] = [new("greeting", ["Hello", "Hi ", "Good morning", "Good afternoon", "Thanks for"])],
        [MessageKind.ComplaintLetter] =
        [
            new("greeting", ["Dear"]),
            new("complaint reference", ["complaint.reference", "reference"]),
            new("Financial Ombudsman Service referral right", ["Financial Ombudsman Service"]),
            new("closing", ["Yours sincerely", "Yours faithfully", "Kind regards"]),
        ],
    };

    /// <summary>The starter rules (declared after the lists it uses: static fields initialise in order).</summary>
    public static LanguageRules Default { get; } = new();
}
