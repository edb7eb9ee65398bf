using System.Text.RegularExpressions;

namespace Frontline.Domain.Communications;

/// <summary>Counts of a text that readability formulas use.</summary>
public sealed record TextCounts(int Sentences, int Words, int Syllables)
{
    /// <summary>Flesch reading ease: 206.835 − 1.015 × words/sentence − 84.6 × syllables/word (0 for an empty text).</summary>
    public double FleschReadingEase => Words == 0 ? 0 : Math.Round(206.835 - (1.015 * Words / Sentences) - (84.6 * Syllables / Words), 1);

    /// <summary>Flesch–Kincaid grade: 0.39 × words/sentence + 11.8 × syllables/word − 15.59 (0 for an empty text).</summary>
    public double FleschKincaidGrade => Words == 0 ? 0 : Math.Round((0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59, 1);
}

/// <summary>
/// Sentence, word and syllable counting for English. Sentences end at <c>. ! ?</c> followed by a space or the end, or at a
/// line break (a greeting line is a sentence of its own). Syllables are estimated by the usual heuristic (vowel groups,
/// less a silent final <c>e</c>, <c>-es</c>, <c>-ed</c>), which is what readability tools do: it is not a dictionary.
/// </summary>
public static partial class Readability
{
    public static IReadOnlyList<string> Sentences(string text) =>
        [.. SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => Words(s).Count > 0)];

    public static IReadOnlyList<string> Words(string text) => [.. WordPattern().Matches(text).Select(m => m.Value)];

    public static int Syllables(string word)
    {
        var w = new string([.. word.ToLowerInvariant().Where(char.IsAsciiLetterLower)]);
        if (w.Length == 0)
        {
            return 1; // a number or symbol word
        }

        if (w.Length <= 3)
        {
            return 1;
        }

        w = SilentEnding().Replace(w, "");
        w = LeadingY().Replace(w, "");
        return Math.Max(1, VowelGroup().Count(w));
    }

    public static TextCounts Count(string text)
    {
        var sentences = Sentences(text);
        var words = sentences.SelectMany(Words).ToList();
        return new TextCounts(sentences.Count, words.Count, words.Sum(Syllables));
    }

    [GeneratedRegex(@"(?<=[.!?])[""'”’)]*\s+|\r?\n")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex("(?:[^laeiouy]es|[^aeiouytd]ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex("^y")]
    private static partial Regex LeadingY();

    [GeneratedRegex("[aeiouy]{1,2}")]
    private static partial Regex VowelGroup();
}
