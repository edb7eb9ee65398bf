using System.Text;
using Frontline.Domain.Complaints;
using Frontline.Domain.Platform.Calendar;

namespace Frontline.Domain.Tests.Complaints;

public sealed class ComplaintLetterTests
{
    private static LetterValues Values(RulePack pack) => new("Ada Lovelace", "C-1", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 20), pack,
        ComplaintClockCalculator.Calculate(pack, BusinessCalendar.For(CalendarDivision.EnglandAndWales), new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero)),
        "Upheld", "Refund of the charge", 2500, "Sam Handler");

    [Theory]
    [InlineData(LetterKind.Acknowledgement)]
    [InlineData(LetterKind.SummaryResolution)]
    [InlineData(LetterKind.Holding)]
    [InlineData(LetterKind.FinalResponse)]
    public void Default_templates_carry_the_mandatory_content_of_every_pack(LetterKind kind)
    {
        foreach (var pack in RulePacks.BuiltIn)
        {
            var text = ComplaintLetters.Render(ComplaintLetters.DefaultBody(kind), Values(pack));
            ComplaintLetters.MissingContent(kind, text, pack).ShouldBeEmpty(pack.Id);
            text.ShouldNotContain("{{");
        }
    }

    [Fact]
    public void A_final_response_without_the_ombudsman_content_is_incomplete()
    {
        var pack = RulePacks.FcaDispGeneral;
        var missing = ComplaintLetters.MissingContent(LetterKind.FinalResponse, "Dear customer, we have decided not to uphold.", pack);
        missing.Count.ShouldBe(3);
        missing.ShouldContain(m => m.Contains("www.financial-ombudsman.org.uk"));
        missing.ShouldContain(m => m.Contains("six months"));
    }

    [Fact]
    public void Pdf_is_a_valid_pdf_1_4_with_the_text()
    {
        var pdf = PdfDocument.FromText("Final response", "Dear Ada (ref C-1),\nYou may refer to the ombudsman within six months. £25.00");
        var text = Encoding.Latin1.GetString(pdf);
        text.ShouldStartWith("%PDF-1.4");
        text.ShouldContain("(Dear Ada \\(ref C-1\\),)");
        text.ShouldContain("six months");
        text.ShouldContain("£25.00");
        text.TrimEnd().ShouldEndWith("%%EOF");
        var xref = int.Parse(text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        text[xref..].ShouldStartWith("xref");
    }
}
