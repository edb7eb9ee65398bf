using System.Globalization;
using System.Text.RegularExpressions;

namespace Frontline.Domain.Communications;

public sealed record LongSentence(int Index, int Words, string Text);

public sealed record JargonHit(string Term, string Suggestion, int Count);

/// <summary>One thing the check found; a blocking finding stops a template being approved.</summary>
public sealed record LanguageFinding(string Code, string Message, bool Blocking);

/// <summary>The result of a language check on a message (stored with each template version).</summary>
public sealed record LanguageReport(
    double FleschReadingEase,
    double FleschKincaidGrade,
    double TargetReadingEase,
    int Sentences,
    int Words,
    IReadOnlyList<LongSentence> LongSentences,
    IReadOnlyList<JargonHit> Jargon,
    IReadOnlyList<string> BannedPhrases,
    double PassiveShare,
    IReadOnlyList<string> PassiveSentences,
    SmsEstimate? Sms,
    IReadOnlyList<string> MissingElements,
    IReadOnlyList<LanguageFinding> Findings)
{
    public bool Blocks => Findings.Any(f => f.Blocking);
}

/// <summary>
/// The language check of a message (CCTC9 4.2): readability (Flesch reading ease and Flesch–Kincaid grade against the
/// target), sentences over the configured length, jargon with plain alternatives, banned phrases, passive-voice share,
/// SMS encoding and segments, and the elements the kind of message must contain. Template placeholders
/// (<c>{{ customer.first_name }}</c>) read as one word; tags (<c>{% if %}</c>) are left out of the prose.
/// </summary>
public static partial class LanguageChecker
{
    private static readonly string[] IrregularParticiples =
    [
        "given", "taken", "made", "done", "seen", "sent", "paid", "told", "held", "known", "shown", "written", "chosen", "kept", "left", "brought",
        "bought", "found", "put", "set", "spent", "lost", "understood", "built", "sold", "lent", "caught", "taught", "thought", "withdrawn", "drawn",
    ];

    /// <summary>Checks <paramref name="text"/> as a <paramref name="kind"/> under <paramref name="rules"/> (default: the starter rules).</summary>
    /// <param name="text">The text, or a template's source.</param>
    /// <param name="kind">The kind of message.</param>
    /// <param name="rules">The organisation's rules.</param>
    /// <param name="smsSample">For a template: the text as sent (rendered with sample values), measured for SMS segments instead of the source.</param>
    public static LanguageReport Check(string text, MessageKind kind, LanguageRules? rules = null, string? smsSample = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        rules ??= LanguageRules.Default;
        var prose = Prose(text);
        var sentences = Readability.Sentences(prose);
        var counts = Readability.Count(prose);
        var findings = new List<LanguageFinding>();
        bool Blocking(string check) => rules.Blocking.Contains(check);

        if (counts.Words > 0 && counts.FleschReadingEase < rules.TargetReadingEase)
        {
            findings.Add(new(LanguageRules.Checks.Readability,
                string.Create(CultureInfo.InvariantCulture, $"Reading ease {counts.FleschReadingEase:0.0} is below the target of {rules.TargetReadingEase:0}: use shorter sentences and words."),
                Blocking(LanguageRules.Checks.Readability)));
        }

        var longSentences = new List<LongSentence>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var words = Readability.Words(sentences[i]).Count;
            if (words > rules.MaxSentenceWords)
            {
                longSentences.Add(new LongSentence(i + 1, words, sentences[i]));
                findings.Add(new(LanguageRules.Checks.LongSentence, $"Sentence {i + 1} has {words} words (the limit is {rules.MaxSentenceWords}).",
                    Blocking(LanguageRules.Checks.LongSentence)));
            }
        }

        var jargon = new List<JargonHit>();
        foreach (var term in rules.Jargon)
        {
            var count = Occurrences(prose, term.Term, caseSensitive: IsAcronym(term.Term));
            if (count > 0)
            {
                jargon.Add(new JargonHit(term.Term, term.Suggestion, count));
                findings.Add(new(LanguageRules.Checks.Jargon, $"\u201c{term.Term}\u201d is jargon: try \u201c{term.Suggestion}\u201d.", Blocking(LanguageRules.Checks.Jargon)));
            }
        }

        var banned = rules.BannedPhrases.Where(p => Occurrences(prose, p, caseSensitive: false) > 0).ToList();
        findings.AddRange(banned.Select(p => new LanguageFinding(LanguageRules.Checks.Banned, $"\u201c{p}\u201d is a banned phrase.", Blocking(LanguageRules.Checks.Banned))));

        var passive = sentences.Where(IsPassive).ToList();
        var passiveShare = sentences.Count == 0 ? 0 : Math.Round((double)passive.Count / sentences.Count, 2);
        if (passiveShare > rules.MaxPassiveShare)
        {
            findings.Add(new(LanguageRules.Checks.Passive,
                string.Create(CultureInfo.InvariantCulture, $"{passiveShare:P0} of sentences are passive (at most {rules.MaxPassiveShare:P0}): say who does what."),
                Blocking(LanguageRules.Checks.Passive)));
        }

        SmsEstimate? sms = null;
        if (kind == MessageKind.Sms)
        {
            sms = SmsSegments.Estimate((smsSample ?? prose).Trim());
            if (sms.Segments > rules.MaxSmsSegments)
            {
                findings.Add(new(LanguageRules.Checks.SmsLength, $"This SMS takes {sms.Segments} segments ({sms.Encoding}); the limit is {rules.MaxSmsSegments}.",
                    Blocking(LanguageRules.Checks.SmsLength)));
            }
        }

        var missing = new List<string>();
        if (rules.Required.TryGetValue(kind, out var required))
        {
            foreach (var element in required.Where(e => !e.AnyOf.Any(option => text.Contains(option, StringComparison.OrdinalIgnoreCase))))
            {
                missing.Add(element.Name);
                findings.Add(new(LanguageRules.Checks.Required, $"A {Kebab(kind)} needs {element.Name}.", Blocking(LanguageRules.Checks.Required)));
            }
        }

        return new LanguageReport(counts.FleschReadingEase, counts.FleschKincaidGrade, rules.TargetReadingEase, counts.Sentences, counts.Words, longSentences,
            jargon, banned, passiveShare, passive, sms, missing, findings);
    }

    /// <summary>The text as read: each placeholder becomes one word, tags and comments are dropped.</summary>
    public static string Prose(string text) => Tag().Replace(Placeholder().Replace(text, "Name"), "");

    public static bool IsPassive(string sentence)
    {
        foreach (Match match in PassiveCandidate().Matches(sentence))
        {
            var participle = match.Groups["p"].Value.ToLowerInvariant();
            if (participle.EndsWith("ed", StringComparison.Ordinal) || IrregularParticiples.Contains(participle, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Kebab(MessageKind kind) => kind switch
    {
        MessageKind.Email => "e-mail",
        MessageKind.Sms => "SMS",
        MessageKind.Letter => "letter",
        MessageKind.Chat => "chat reply",
        MessageKind.ComplaintLetter => "complaint letter",
    };

    private static bool IsAcronym(string term) => term.Length > 1 && term.All(char.IsUpper);

    private static int Occurrences(string text, string phrase, bool caseSensitive)
    {
        var pattern = @"(?<![\p{L}\p{N}])" + string.Join(@"\s+", phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)) + @"(?![\p{L}\p{N}])";
        return Regex.Count(text, pattern, caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{%.*?%\}|\{#.*?#\}", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\b(?:am|is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?<p>[A-Za-z]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveCandidate();
}
