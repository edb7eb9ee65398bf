using System.Text.RegularExpressions;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Customers;

/// <summary>Checks on customer details that go beyond field lengths: UK postcodes, phone numbers, dates of birth.</summary>
public static partial class CustomerRules
{
    /// <summary>The oldest date of birth accepted (older is taken as a typing error).</summary>
    public static readonly DateOnly EarliestDateOfBirth = new(1900, 1, 1);

    /// <summary>True for a UK postcode (any spacing and case), including the special GIR 0AA.</summary>
    public static bool IsUkPostcode(string value) => UkPostcode().IsMatch(SearchKeys.Postcode(value));

    /// <summary>"sw1a1aa" → "SW1A 1AA". Call only with a valid postcode.</summary>
    public static string FormatPostcode(string value)
    {
        var compact = SearchKeys.Postcode(value);
        return $"{compact[..^3]} {compact[^3..]}";
    }

    /// <summary>
    /// True for a UK number (10 or 11 digits starting 0, or +44) or an international one (+ and 8–15 digits);
    /// only digits, spaces, brackets, dashes and a leading + are allowed.
    /// </summary>
    public static bool IsPhoneNumber(string value)
    {
        var text = value.Trim();
        if (text.Length == 0 || !PhoneCharacters().IsMatch(text))
        {
            return false;
        }

        var key = SearchKeys.Phone(text);
        return key.StartsWith('0')
            ? key.Length is 10 or 11 && key[1] != '0'
            : text.StartsWith('+') && key.Length is >= 8 and <= 15;
    }

    public static void CheckPostcode(string? postcode, string field = "postcode")
    {
        if (postcode is not null && !IsUkPostcode(postcode))
        {
            throw new DomainException("customer.postcode", "Enter a UK postcode, for example SW1A 1AA.", DomainErrorKind.Invalid, field);
        }
    }

    public static void CheckPhones(IReadOnlyList<string> phones)
    {
        if (phones.Count > Customer.MaxPhones)
        {
            throw new DomainException("customer.phones", $"Give at most {Customer.MaxPhones} phone numbers.", DomainErrorKind.Invalid, "phones");
        }

        for (var i = 0; i < phones.Count; i++)
        {
            if (!IsPhoneNumber(phones[i]))
            {
                throw new DomainException("customer.phone", $"'{phones[i]}' is not a phone number. Use a UK number such as 07700 900123 or an international one starting with +.",
                    DomainErrorKind.Invalid, $"phones[{i}]");
            }
        }
    }

    public static void CheckDateOfBirth(DateOnly? dateOfBirth, DateOnly today, string field = "dateOfBirth")
    {
        if (dateOfBirth is { } dob && dob > today)
        {
            throw new DomainException("customer.date-of-birth-future", "The date of birth cannot be in the future.", DomainErrorKind.Invalid, field);
        }

        if (dateOfBirth is { } old && old < EarliestDateOfBirth)
        {
            throw new DomainException("customer.date-of-birth-past", "The date of birth must be after 1 January 1900.", DomainErrorKind.Invalid, field);
        }
    }

    // Royal Mail format: outward code (area, district, optional sub-district) + inward code (sector, unit).
    [GeneratedRegex("^(GIR0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex UkPostcode();

    [GeneratedRegex(@"^\+?[0-9 ()\-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneCharacters();
}
