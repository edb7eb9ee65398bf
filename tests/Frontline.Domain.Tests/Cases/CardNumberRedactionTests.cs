using Frontline.Domain.Platform;
using Frontline.Tests.Shared;

namespace Frontline.Domain.Tests.Cases;

/// <summary>
/// Card numbers never reach storage (PCI DSS; regulatory-facts.md §5.5 test numbers): every published test PAN, in the
/// ways people type them into notes, is masked to at most the first 6 and last 4 digits; look-alikes survive.
/// </summary>
public sealed class CardNumberRedactionTests
{
    // regulatory-facts.md §5.5, as printed there (grouped with spaces).
    public static readonly TheoryData<string> PublicTestCards = new()
    {
        "4242 4242 4242 4242", "4111 1111 1111 1111", "4012 8888 8888 1881", "4000 0566 5566 5556", "4222 2222 2222 2", "4007 0000 0002 7",
        "5555 5555 5555 4444", "2223 0031 2200 3222", "5200 8282 8282 8210", "5105 1051 0510 5100", "3782 822463 10005", "3714 496353 98431",
        "6011 1111 1111 1117", "6011 0009 9013 9424", "3056 9300 0902 0004", "3622 720627 1667", "3056 9309 0259 04", "3566 0020 2036 0505",
        "3530 1113 3330 0000", "6200 0000 0000 0005", "6205 5000 0000 0000 004",
    };

    [Theory]
    [MemberData(nameof(PublicTestCards))]
    public void Redact_PublicTestCard_InEveryFormat_KeepsAtMostFirstSixAndLastFour(string printed)
    {
        var digits = printed.Replace(" ", "", StringComparison.Ordinal);
        var formats = new[]
        {
            digits,
            printed,
            printed.Replace(' ', '-'),
            printed.Replace(' ', '.'),
            string.Join(' ', digits.Chunk(4).Select(c => new string(c))),
            string.Join('-', digits.Chunk(4).Select(c => new string(c))),
            printed.Replace(" ", "  ", StringComparison.Ordinal), // double spaces, as people pad when reading out
            printed.Replace(" ", " - ", StringComparison.Ordinal), // "4242 - 4242 - ..."
        };
        foreach (var format in formats)
        {
            foreach (var text in new[] { format, $"Customer read out {format} twice.", $"card:{format}.", $"({format})", $"{format}\nnext line" })
            {
                var redacted = CardNumberRedactor.Redact(text)!;
                redacted.ShouldNotContain(digits, customMessage: text);
                redacted.ShouldContain(digits[..6] + new string('*', digits.Length - 10) + digits[^4..], customMessage: text);
                CardNumberRedactor.ContainsCardNumber(text).ShouldBeTrue(text);
            }
        }
    }

    [Theory]
    [InlineData("4242 4242 4242 4241")] // Stripe's negative test number: fails Luhn
    [InlineData("4242424242424241")]
    [InlineData("Call back on 07700 900123 or +44 20 7946 0958")]
    [InlineData("Reference 123456789012")] // 12 digits: too short for a PAN
    [InlineData("Order 12345678901234567890")] // 20 digits in one run: too long
    [InlineData("NHS number 943 476 5919, 943-476-5919 or 9434765919")]
    [InlineData("Sort code 20-00-00 account 12345678")]
    [InlineData("20-00-00 12345678")]
    [InlineData("40-47-84, 70872490")]
    [InlineData("IBAN GB82 WEST 1234 5698 7654 32")]
    [InlineData("IBAN GB82WEST12345698765432.")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    [InlineData("DE89370400440532013000")]
    [InlineData("Ring +44 (0)20 7946 0958, 0207 946 0958 or +44 7700 900123")]
    [InlineData("07700 900123 / 07700 900456")]
    [InlineData("Record 0e5c2a1b-1234-5678-9012-345678901234 and 12345678-1234-1234-1234-123456789012")]
    [InlineData("Dates 2026-11-23 and 2026.11.24, amount £1,234.56")]
    [InlineData("Case CS-0193A1B2C3 refund 2500 pence")]
    [InlineData("")]
    public void Redact_LookAlike_IsLeftAlone(string text)
    {
        CardNumberRedactor.Redact(text).ShouldBe(text);
        CardNumberRedactor.ContainsCardNumber(text).ShouldBeFalse();
    }

    [Fact]
    public void Redact_EverySchemeAndLength_InEveryFormat_GluedToLettersOrNot()
    {
        foreach (var digits in TestCardNumbers.All())
        {
            foreach (var format in TestCardNumbers.Formats(digits))
            {
                foreach (var text in new[] { format, $"Customer said {format} on the call", $"{format}\nnext" })
                {
                    var redacted = CardNumberRedactor.Redact(text)!;
                    DigitsOnly(redacted).ShouldNotContain(digits, customMessage: text);
                    redacted.ShouldContain(TestCardNumbers.Masked(digits), customMessage: text);
                }
            }
        }
    }

    [Theory]
    [InlineData("ref4111111111111111x", "ref411111******1111x")]
    [InlineData("card4111111111111111", "card411111******1111")]
    [InlineData("4111111111111111exp", "411111******1111exp")]
    [InlineData("4111\t1111\t1111\t1111", "411111******1111")]
    [InlineData("4111\u00A01111\u00A01111\u00A01111", "411111******1111")]
    [InlineData("4111/1111/1111/1111", "411111******1111")]
    [InlineData("4111,1111,1111,1111", "411111******1111")]
    [InlineData("4111_1111_1111_1111", "411111******1111")]
    [InlineData("4111\u20131111\u20131111\u20131111", "411111******1111")]
    [InlineData("4111    1111 1111     1111", "411111******1111")]
    [InlineData("4111\n1111\n1111\n1111", "411111******1111")]
    public void Redact_SeparatorsAndLetters_AreMasked(string text, string expected) =>
        CardNumberRedactor.Redact(System.Text.RegularExpressions.Regex.Unescape(text)).ShouldBe(expected);

    [Fact]
    public void Redact_IsStable_OnItsOwnOutput()
    {
        foreach (var digits in TestCardNumbers.All(seed: 11))
        {
            var once = CardNumberRedactor.Redact($"{digits} 1234 and {digits}")!;
            CardNumberRedactor.Redact(once).ShouldBe(once);
        }
    }

    [Fact]
    public void Redact_CardInsideAnInvalidIbanShape_IsMasked() =>
        CardNumberRedactor.Redact("GB4111111111111111").ShouldBe("GB411111******1111");

    private static string DigitsOnly(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    [Fact]
    public void Redact_Null_StaysNull() => CardNumberRedactor.Redact(null).ShouldBeNull();

    [Fact]
    public void Redact_TwoCardsAndAPhoneNumber_MasksBothCardsOnly()
    {
        var text = "Old card 4111-1111-1111-1111, new card 5555 5555 5555 4444, phone 07700 900123";
        CardNumberRedactor.Redact(text).ShouldBe("Old card 411111******1111, new card 555555******4444, phone 07700 900123");
    }

    [Fact]
    public void Redact_CardFollowedByExpiryGroup_MasksTheCard()
    {
        var redacted = CardNumberRedactor.Redact("4242 4242 4242 4242 1228")!;
        redacted.ShouldNotContain("4242 4242 4242 4242");
        redacted.ShouldStartWith("424242******4242");
    }
}
