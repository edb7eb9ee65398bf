using Frontline.Domain.Platform;

namespace Frontline.Domain.Customers;

/// <summary>
/// A customer of the organisation. Holds the minimum personal data the centre needs (UK GDPR data
/// minimisation). Owned by the Customers module; other modules refer to it by id.
/// </summary>
/// <remarks>
/// Setting a searchable field also sets its normalised search key (lower-case name, digits-only phone,
/// lower-case email, postcode without spaces), so every write path keeps the indexed keys in step. EF Core
/// reads the backing fields directly, so loading a customer does not recompute them.
/// </remarks>
public sealed class Customer : IVersioned
{
    public const int MaxNameLength = 100;
    public const int MaxEmailLength = 254;
    public const int MaxAddressLineLength = 100;
    public const int MaxAddressLines = 5;
    public const int MaxPhones = 2;
    public const int MaxReferenceLength = 20;
    public const int MaxNeedsLength = 500;
    public const int MaxQuestionLength = 200;

    private string _reference = "";
    private string _firstName = "";
    private string _lastName = "";
    private string? _postcode;
    private string? _email;
    private List<string> _phones = [];

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The organisation's customer reference, unique, stored upper-case.</summary>
    public required string Reference
    {
        get => _reference;
        set => _reference = SearchKeys.Reference(value);
    }

    [PersonalData]
    public required string FirstName
    {
        get => _firstName;
        set
        {
            _firstName = value;
            FirstNameKey = SearchKeys.Name(value);
        }
    }

    [PersonalData]
    public required string LastName
    {
        get => _lastName;
        set
        {
            _lastName = value;
            LastNameKey = SearchKeys.Name(value);
        }
    }

    [PersonalData]
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>UK postcode in its display form, e.g. <c>SW1A 1AA</c>.</summary>
    [PersonalData]
    public string? Postcode
    {
        get => _postcode;
        set
        {
            _postcode = value;
            PostcodeKey = value is null ? null : SearchKeys.Postcode(value);
        }
    }

    /// <summary>Postal address lines above the postcode (house and street, locality, town).</summary>
    [PersonalData]
    public List<string> AddressLines { get; set; } = [];

    /// <summary>Up to <see cref="MaxPhones"/> numbers, main first, as the customer gave them.</summary>
    [PersonalData]
    public List<string> Phones
    {
        get => _phones;
        set
        {
            _phones = value;
            PhoneKey = value.Count > 0 ? SearchKeys.Phone(value[0]) : null;
            AltPhoneKey = value.Count > 1 ? SearchKeys.Phone(value[1]) : null;
        }
    }

    [PersonalData]
    public string? Email
    {
        get => _email;
        set
        {
            _email = value;
            EmailKey = value is null ? null : SearchKeys.Email(value);
        }
    }

    public PreferredChannel? PreferredChannel { get; set; }

    /// <summary>How the customer needs us to communicate (large print, BSL interpreter, plain language...).</summary>
    [PersonalData]
    public string? CommunicationNeeds { get; set; }

    /// <summary>Catalogue products the customer holds, by id.</summary>
    public List<Guid> ProductIds { get; set; } = [];

    /// <summary>The question whose answer is a verification secret (the answer itself is only hashed).</summary>
    public string? SecurityQuestion { get; set; }

    [PersonalData]
    public string FirstNameKey { get; private set; } = "";

    [PersonalData]
    public string LastNameKey { get; private set; } = "";

    [PersonalData]
    public string? PostcodeKey { get; private set; }

    [PersonalData]
    public string? PhoneKey { get; private set; }

    [PersonalData]
    public string? AltPhoneKey { get; private set; }

    [PersonalData]
    public string? EmailKey { get; private set; }

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>
    /// Set when an erasure request left records that retention keeps (UK GDPR Art 17(3)): until this day only compliance
    /// officers see the record, with <see cref="RestrictionReason"/>; the retention job erases it then.
    /// </summary>
    public DateOnly? RestrictedUntil { get; set; }

    public string? RestrictionReason { get; set; }

    /// <summary>
    /// Erasure (UK GDPR Art 17): blanks every personal field and removes the search keys. The name stays when retained
    /// records (a complaint under DISP 1.9) still need the complainant's name; the record is then restricted instead.
    /// </summary>
    public void Anonymise(bool keepName)
    {
        if (!keepName)
        {
            FirstName = "";
            LastName = "";
        }

        DateOfBirth = null;
        Postcode = null;
        AddressLines = [];
        Phones = [];
        Email = null;
        CommunicationNeeds = null;
        SecurityQuestion = null;
        PreferredChannel = null;
        FirstNameKey = "";
        LastNameKey = "";
    }
}

/// <summary>The channel a customer prefers to be contacted on.</summary>
public enum PreferredChannel
{
    Phone,
    Email,
    Letter,
    Sms,
}
