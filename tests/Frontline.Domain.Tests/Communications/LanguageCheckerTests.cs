using Frontline.Domain.Communications;

namespace Frontline.Domain.Tests.Communications;

/// <summary>Readability arithmetic, SMS segments and the language checks, on vectors worked out by hand.</summary>
public sealed class LanguageCheckerTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("table", 2)]
    [InlineData("customer", 3)]
    [InlineData("readability", 5)]
    [InlineData("tomorrow", 3)]
    [InlineData("phone", 1)]
    [InlineData("please", 1)]
    [InlineData("wanted", 2)]
    [InlineData("agreed", 2)]
    [InlineData("called", 1)]
    [InlineData("2026", 1)]
    public void Syllables_ByTheVowelGroupHeuristic(string word, int expected) => Readability.Syllables(word).ShouldBe(expected);

    [Fact]
    public void Flesch_ReadingEaseAndGrade_FromSentencesWordsAndSyllables()
    {
        // 2 sentences, 10 words, 13 syllables: 206.835 − 1.015 × 5 − 84.6 × 1.3 = 91.78; 0.39 × 5 + 11.8 × 1.3 − 15.59 = 1.70.
        var counts = Readability.Count("We will call you tomorrow. Please keep your phone nearby.");
        counts.ShouldBe(new TextCounts(2, 10, 13));
        counts.FleschReadingEase.ShouldBe(91.8);
        counts.FleschKincaidGrade.ShouldBe(1.7);

        var report = LanguageChecker.Check("We will call you tomorrow. Please keep your phone nearby.", MessageKind.Chat);
        report.FleschReadingEase.ShouldBe(91.8);
        report.Sentences.ShouldBe(2);
        report.Words.ShouldBe(10);
        Readability.Count("").FleschReadingEase.ShouldBe(0);
    }

    [Fact]
    public void Sentences_EndAtStopsAndLineBreaks_NotInsideNumbers()
    {
        Readability.Sentences("Dear Sam,\nYour balance is £10.50 today. Thanks!").ShouldBe(["Dear Sam,", "Your balance is £10.50 today.", "Thanks!"]);
    }

    [Theory]
    [InlineData(0, "GSM-7", 0, 0)]
    [InlineData(5, "GSM-7", 5, 1)]
    [InlineData(160, "GSM-7", 160, 1)]
    [InlineData(161, "GSM-7", 161, 2)]
    [InlineData(306, "GSM-7", 306, 2)]
    [InlineData(307, "GSM-7", 307, 3)]
    public void Sms_Gsm7_160InOne_153PerPartWhenSplit(int length, string encoding, int characters, int segments) =>
        SmsSegments.Estimate(new string('a', length)).ShouldBe(new SmsEstimate(encoding, characters, segments));

    [Fact]
    public void Sms_ExtensionCharactersCountTwo_AndAreNeverSplitAcrossSegments()
    {
        SmsSegments.Estimate(new string('a', 159) + "€").ShouldBe(new SmsEstimate("GSM-7", 161, 2));
        SmsSegments.Estimate(new string('a', 80) + new string('€', 40)).ShouldBe(new SmsEstimate("GSM-7", 160, 1));
        SmsSegments.Estimate("{[~]}|^\\").ShouldBe(new SmsEstimate("GSM-7", 16, 1));
        // 152 + 2 + 152 = 306 septets fits two parts of 153 arithmetically, but the escape pair cannot straddle them.
        SmsSegments.Estimate(new string('a', 152) + "€" + new string('a', 152)).ShouldBe(new SmsEstimate("GSM-7", 306, 3));
    }

    [Fact]
    public void Sms_OneNonGsmCharacterForcesUcs2_70InOne_67PerPart()
    {
        SmsSegments.Estimate("Hello Zoë").ShouldBe(new SmsEstimate("UCS-2", 9, 1));
        SmsSegments.Estimate(new string('a', 69) + "ë").ShouldBe(new SmsEstimate("UCS-2", 70, 1));
        SmsSegments.Estimate(new string('a', 70) + "ë").ShouldBe(new SmsEstimate("UCS-2", 71, 2));
        SmsSegments.Estimate(new string('a', 133) + "ë").ShouldBe(new SmsEstimate("UCS-2", 134, 2));
        SmsSegments.Estimate(new string('a', 134) + "ë").ShouldBe(new SmsEstimate("UCS-2", 135, 3));
        // An emoji is a surrogate pair: two units, kept whole.
        SmsSegments.Estimate("😀" + new string('a', 69)).ShouldBe(new SmsEstimate("UCS-2", 71, 2));
        SmsSegments.Estimate(new string('a', 66) + "😀" + new string('a', 66)).ShouldBe(new SmsEstimate("UCS-2", 134, 3));
    }

    [Fact]
    public void Jargon_WithPlainAlternatives_BannedPhrases_Blocking()
    {
        var report = LanguageChecker.Check("Dear Sam,\nPlease be advised that your account is in arrears. Call us prior to Friday.\nKind regards", MessageKind.Email);
        report.Jargon.Select(j => (j.Term, j.Suggestion)).ShouldBe([("arrears", "missed payments"), ("prior to", "before")]);
        report.BannedPhrases.ShouldBe(["please be advised"]);
        report.Findings.Single(f => f.Code == "banned-phrase").Blocking.ShouldBeTrue();
        report.Findings.Where(f => f.Code == "jargon").ShouldAllBe(f => !f.Blocking);
        report.Blocks.ShouldBeTrue();
        report.Sms.ShouldBeNull();

        var fixedText = LanguageChecker.Check("Dear Sam,\nYou have missed two payments. Please call us before Friday.\nKind regards", MessageKind.Email);
        fixedText.Jargon.ShouldBeEmpty();
        fixedText.Blocks.ShouldBeFalse();
    }

    [Fact]
    public void LongSentences_PassiveShare_AndRequiredElementsPerKind()
    {
        var longOne = string.Join(' ', Enumerable.Repeat("word", 30)) + ".";
        var report = LanguageChecker.Check($"Hello Sam. {longOne} Your payment was received. We sent a letter.", MessageKind.Chat);
        report.LongSentences.Single().ShouldBe(new LongSentence(2, 30, longOne));
        report.PassiveSentences.ShouldBe(["Your payment was received."]);
        report.PassiveShare.ShouldBe(0.25);
        report.Findings.ShouldContain(f => f.Code == "passive-voice");

        var email = LanguageChecker.Check("Your card is on its way.", MessageKind.Email);
        email.MissingElements.ShouldBe(["greeting", "closing"]);
        email.Blocks.ShouldBeTrue();
    }

    [Fact]
    public void Sms_KindReportsSegments_PlaceholdersReadAsOneWord_TagsLeftOut()
    {
        var report = LanguageChecker.Check("{{ centre.name }}: hi {{ customer.first_name }}, your card arrives {% if fast %}tomorrow{% endif %}.", MessageKind.Sms);
        report.Sms.ShouldNotBeNull().Encoding.ShouldBe("GSM-7");
        report.Sms.Segments.ShouldBe(1);
        report.Words.ShouldBe(7); // Name hi Name your card arrives tomorrow
        report.MissingElements.ShouldBeEmpty();

        var tooLong = LanguageChecker.Check("Frontline: " + string.Join(' ', Enumerable.Repeat("Zoë", 80)), MessageKind.Sms);
        tooLong.Sms!.Encoding.ShouldBe("UCS-2");
        tooLong.Sms.Segments.ShouldBeGreaterThan(3);
        tooLong.Findings.Single(f => f.Code == "sms-length").Blocking.ShouldBeTrue();
    }
}
