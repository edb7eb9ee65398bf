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
