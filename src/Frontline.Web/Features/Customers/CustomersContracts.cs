using System.ComponentModel.DataAnnotations;
using Frontline.Domain.Customers;

namespace Frontline.Web.Features.Customers;

/// <summary>Field checks shared by creating and editing a customer (formats the annotations cannot express).</summary>
public static class CustomerFieldChecks
{
    public static readonly string[] Channels = ["phone", "email", "chat", "letter", "social", "face-to-face"];

    public static IEnumerable<ValidationResult> Check(string? postcode, IReadOnlyList<string>? addressLines, IReadOnlyList<string>? phones, string? reference)
    {
        if (postcode is not null && !CustomerRules.IsUkPostcode(postcode))
        {
            yield return new ValidationResult("Enter a UK postcode, for example SW1A 1AA.", ["postcode"]);
        }

        if (addressLines is not null)
        {
            if (addressLines.Count > Customer.MaxAddressLines)
            {
                yield return new ValidationResult($"Give at most {Customer.MaxAddressLines} address lines.", ["addressLines"]);
            }

            foreach (var (line, i) in addressLines.Select((l, i) => (l, i)).Where(x => x.l is null || x.l.Length > Customer.MaxAddressLineLength))
            {
                yield return new ValidationResult($"An address line may have at most {Customer.MaxAddressLineLength} characters.", [$"addressLines[{i}]"]);
            }
        }

        if (phones is not null)
        {
            if (phones.Count > Customer.MaxPhones)
            {
                yield return new ValidationResult($"Give at most {Customer.MaxPhones} phone numbers.", ["phones"]);
            }

            foreach (var (phone, i) in phones.Select((p, i) => (p, i)).Where(x => x.p is null || !CustomerRules.IsPhoneNumber(x.p)))
            {
                yield return new ValidationResult("Enter a UK phone number such as 07700 900123, or an international one starting with +.", [$"phones[{i}]"]);
            }
        }

        if (reference is not null && !System.Text.RegularExpressions.Regex.IsMatch(reference, "^[A-Za-z0-9-]{3,20}$"))
        {
            yield return new ValidationResult("A customer reference has 3 to 20 letters, digits or dashes.", ["reference"]);
        }
    }

    public static ValidationResult? CheckChannel(string? channel, string field = "channel") =>
        channel is not null && !Channels.Contains(channel, StringComparer.Ordinal)
            ? new ValidationResult($"The channel is one of: {string.Join(", ", Channels)}.", [field])
            : null;
}

/// <summary>A new customer. The reference is generated when left out.</summary>
public sealed record CreateCustomerRequest(
    [property: Required, StringLength(Customer.MaxNameLength, MinimumLength = 1)] string FirstName,
    [property: Required, StringLength(Customer.MaxNameLength, MinimumLength = 1)] string LastName,
    DateOnly? DateOfBirth,
    [property: StringLength(10)] string? Postcode,
    IReadOnlyList<string>? AddressLines,
    IReadOnlyList<string>? Phones,
    [property: StringLength(Customer.MaxEmailLength), EmailAddress] string? Email,
    [property: StringLength(Customer.MaxReferenceLength)] string? Reference,
    PreferredChannel? PreferredChannel = null,
    [property: StringLength(Customer.MaxNeedsLength)] string? CommunicationNeeds = null,
    IReadOnlyList<Guid>? ProductIds = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        CustomerFieldChecks.Check(Postcode, AddressLines, Phones, Reference);
}

/// <summary>
/// Changes to a customer; fields left out stay as they are. <c>version</c> guards against lost updates. An agent
/// changing contact details (address, postcode, phones, email) names the contact in which the customer passed
/// ID&amp;V at the level the policy needs for <c>change-of-address</c>.
/// </summary>
public sealed record UpdateCustomerRequest(
    [property: Required] int? Version,
    [property: StringLength(Customer.MaxNameLength, MinimumLength = 1)] string? FirstName = null,
    [property: StringLength(Customer.MaxNameLength, MinimumLength = 1)] string? LastName = null,
    DateOnly? DateOfBirth = null,
    [property: StringLength(10)] string? Postcode = null,
    IReadOnlyList<string>? AddressLines = null,
    IReadOnlyList<string>? Phones = null,
    [property: StringLength(Customer.MaxEmailLength), EmailAddress] string? Email = null,
    PreferredChannel? PreferredChannel = null,
    [property: StringLength(Customer.MaxNeedsLength)] string? CommunicationNeeds = null,
    IReadOnlyList<Guid>? ProductIds = null,
    Guid? ContactId = null,
    string? Channel = null) : IValidatableObject
{
    public bool ChangesContactDetails => Postcode is not null || AddressLines is not null || Phones is not null || Email is not null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = CustomerFieldChecks.Check(Postcode, AddressLines, Phones, null).ToList();
        if (CustomerFieldChecks.CheckChannel(Channel) is { } channel)
        {
            results.Add(channel);
        }

        return results;
    }
}

public sealed record CustomerListItem(Guid Id, string Reference, string FirstName, string LastName, string? Postcode, DateOnly? DateOfBirth,
    string? Phone, string? Email, bool Vulnerable);

public sealed record CustomerSearchResponse(IReadOnlyList<CustomerListItem> Items, CustomerSearchKind? Kind);

public sealed record VulnerabilityView(IReadOnlyList<VulnerabilityDriver> Drivers, string? Circumstances, string NeedsAndAdjustments,
    bool ConsentRecorded, DateTimeOffset? ConsentRecordedAt, bool Temporary, DateOnly ReviewDate, bool DueForReview, int Version);

public sealed record ThirdPartyView(Guid Id, string FullName, ThirdPartyAuthority Authority, DateOnly? DateOfBirth, string? Postcode,
    string? DocumentReference, DateOnly? ValidUntil, bool Valid, bool HasSecurityAnswer, bool HasPasscode);

/// <summary>A customer as the caller may see them. <c>masked</c> says personal fields were withheld for the caller's role.</summary>
public sealed record CustomerView(Guid Id, string Reference, string FirstName, string LastName, DateOnly? DateOfBirth, string? Postcode,
    IReadOnlyList<string> AddressLines, IReadOnlyList<string> Phones, string? Email, PreferredChannel? PreferredChannel, string? CommunicationNeeds,
    IReadOnlyList<Guid> ProductIds, string? SecurityQuestion, bool HasSecurityAnswer, bool HasPasscode, VulnerabilityView? Vulnerability,
    IReadOnlyList<ThirdPartyView> ThirdParties, DateTimeOffset? VerificationLockedUntil, DateTimeOffset CreatedAt, int Version, bool Masked);

/// <summary>Records (or replaces) the customer's vulnerability. Send the version you read when one exists.</summary>
public sealed record RecordVulnerabilityRequest(
    [property: Required] IReadOnlyList<VulnerabilityDriver> Drivers,
    [property: StringLength(CustomerVulnerability.MaxTextLength)] string? Circumstances,
    [property: Required, StringLength(CustomerVulnerability.MaxTextLength, MinimumLength = 1)] string NeedsAndAdjustments,
    bool ConsentRecorded,
    [property: Required] DateOnly? ReviewDate,
    bool Temporary = false,
    int? Version = null);

public sealed record AddThirdPartyRequest(
    [property: Required, StringLength(AuthorisedThirdParty.MaxNameLength, MinimumLength = 1)] string FullName,
    [property: Required] ThirdPartyAuthority? Authority,
    DateOnly? DateOfBirth,
    [property: StringLength(10)] string? Postcode,
    [property: StringLength(100)] string? DocumentReference,
    DateOnly? ValidUntil) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        CustomerFieldChecks.Check(Postcode, null, null, null);
}

/// <summary>
/// Sets verification secrets of the customer (or of a third party). Administrators and managers may set them
/// directly (e.g. from a signed form); others need a high-assurance verification in <c>contactId</c>.
/// </summary>
public sealed record SetSecretsRequest(
    [property: StringLength(Customer.MaxQuestionLength, MinimumLength = 5)] string? SecurityQuestion,
    [property: StringLength(100, MinimumLength = 2)] string? SecurityAnswer,
    [property: StringLength(CustomerSecret.MaxPasscodeLength, MinimumLength = CustomerSecret.MinPasscodeLength),
               RegularExpression("^[A-Za-z0-9]+$", ErrorMessage = "A passcode has letters and digits only.")] string? Passcode,
    Guid? ThirdPartyId = null,
    Guid? ContactId = null,
    string? Channel = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SecurityAnswer is not null && SecurityQuestion is null)
        {
            yield return new ValidationResult("Give the security question with its answer.", ["securityQuestion"]);
        }

        if (SecurityAnswer is null && Passcode is null)
        {
            yield return new ValidationResult("Give a security answer, a passcode or both.", ["passcode"]);
        }

        if (CustomerFieldChecks.CheckChannel(Channel) is { } channel)
        {
            yield return channel;
        }
    }
}

/// <summary>Starts ID&amp;V. <c>level</c> defaults to the highest the caller can reach with what is on record.</summary>
public sealed record StartVerificationRequest(
    Guid? ContactId,
    [property: Required] string Channel,
    Guid? ThirdPartyId = null,
    AssuranceLevel? Level = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        CustomerFieldChecks.CheckChannel(Channel) is { } error ? [error] : [];
}

public sealed record ChallengePrompt(IdvFactor Factor, string Prompt, IReadOnlyList<int>? Positions);

public sealed record StartedVerification(Guid VerificationId, Guid CustomerId, Guid? ThirdPartyId, AssuranceLevel TargetLevel, IReadOnlyList<ChallengePrompt> Challenge);

public sealed record VerificationAnswer(IdvFactor Factor, [property: Required, StringLength(100)] string Value);

public sealed record AnswerVerificationRequest([property: Required, MinLength(1), MaxLength(10)] IReadOnlyList<VerificationAnswer> Answers) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Answers.Select((a, i) => (a, i)).Where(x => x.a is null || x.a.Value is null || x.a.Value.Length > 100)
            .Select(x => new ValidationResult("Each answer needs a value of at most 100 characters.", [$"answers[{x.i}].value"]));
}

public sealed record VerificationResult(Guid VerificationId, VerificationOutcome Outcome, AssuranceLevel Level, IReadOnlyList<FactorResult> Results,
    DateTimeOffset? LockedUntil);

public sealed record VerificationView(Guid Id, Guid CustomerId, Guid? ThirdPartyId, Guid? ContactId, string Channel, Guid StaffId, DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt, AssuranceLevel TargetLevel, IReadOnlyList<IdvFactor> FactorsAsked, IReadOnlyList<FactorResult> Results,
    VerificationOutcome Outcome, AssuranceLevel Level);

public sealed record ItemsResponse<T>(IReadOnlyList<T> Items);

public sealed record CustomerAlertView(Guid Id, Guid CustomerId, string CustomerName, string Reference, string Kind, string Message,
    DateTimeOffset RaisedAt, DateTimeOffset? AcknowledgedAt, int Version);

public sealed record IdvRuleDto([property: Required] AssuranceLevel? Level, [property: Range(1, 6)] int MinimumFactors,
    [property: Required] IReadOnlyList<IdvFactor> Factors, IdvFactor? MustInclude, string? Description = null);

public sealed record LevelRequirementDto(
    [property: Required, StringLength(40, MinimumLength = 2), RegularExpression("^[a-z0-9-]+$", ErrorMessage = "Actions are lower-case words joined by dashes.")] string Action,
    [property: Required, StringLength(20)] string Channel,
    [property: Required] AssuranceLevel? Level);

/// <summary>The ID&amp;V policy as administered: factors in use, rules, levels per action and channel, lockout.</summary>
public sealed record IdvPolicyDto(
    [property: Required] IReadOnlyList<IdvFactor> EnabledFactors,
    [property: Required] IReadOnlyList<IdvRuleDto> Rules,
    [property: Required] IReadOnlyList<LevelRequirementDto> Requirements,
    [property: Required] AssuranceLevel? UnlistedActionLevel,
    [property: Range(1, 20)] int MaxFailures,
    [property: Range(1, 10_080)] int LockoutMinutes,
    [property: Range(1, 4)] int PasscodeCharactersAsked,
    [property: Required] int? Version) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Requirements.Select((r, i) => (r, i))
            .Where(x => x.r.Channel != LevelRequirement.AnyChannel && CustomerFieldChecks.CheckChannel(x.r.Channel) is not null)
            .Select(x => new ValidationResult($"The channel is 'any' or one of: {string.Join(", ", CustomerFieldChecks.Channels)}.", [$"requirements[{x.i}].channel"]));
}
