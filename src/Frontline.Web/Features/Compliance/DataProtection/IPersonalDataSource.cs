namespace Frontline.Web.Features.Compliance.DataProtection;

/// <summary>
/// What a module holds about one customer, for a subject access export (UK GDPR Art 15). Each module that keeps personal
/// data implements this in its own folder, reading only its own tables; the desk gathers every registered source.
/// Secrets (security answers, passcodes, one-time codes) are never included; other people's data is withheld and the
/// withholding is listed in <see cref="PersonalDataSection.Redactions"/>.
/// </summary>
public interface IPersonalDataSource
{
    Task<IReadOnlyList<PersonalDataSection>> CollectAsync(Guid customerId, CancellationToken cancellationToken);
}

/// <summary>One section of the export: its records (plain values) and what was withheld and why.</summary>
public sealed record PersonalDataSection(string Name, string Description, IReadOnlyList<IReadOnlyDictionary<string, object?>> Records,
    IReadOnlyList<string> Redactions);
