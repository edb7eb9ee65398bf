namespace Frontline.Domain.Platform;

/// <summary>
/// Marks a property that holds personal data. The audit trail masks its before/after values,
/// and pages show it only to roles that need it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute : Attribute;

/// <summary>Marks a property that is a secret (a hash, a token): never written to the audit trail.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;

/// <summary>
/// Marks a text property the system makes and nobody types (a case reference built from a date and an id): the card-number
/// pass leaves it alone, since its digits can by chance pass the Luhn check and would be masked into a broken reference.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SystemGeneratedAttribute : Attribute;
