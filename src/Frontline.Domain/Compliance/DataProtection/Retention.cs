using Frontline.Domain.Platform;

namespace Frontline.Domain.Compliance.DataProtection;

/// <summary>The classes of personal data the centre holds about a customer, each with its own retention (UK GDPR Art 5(1)(e)).</summary>
public static class DataClasses
{
    public const string CustomerRecord = "customer-record";
    public const string SupportNeeds = "support-needs";
    public const string AuthorisedThirdParties = "authorised-third-parties";
    public const string VerificationSecrets = "verification-secrets";
    public const string Contacts = "contacts";
    public const string Cases = "cases";
    public const string Complaints = "complaints";

    /// <summary>The classes whose retention period is set in the schedule (the others go at once, or follow them).</summary>
    public static readonly IReadOnlyList<string> Scheduled = [Complaints, Contacts, Cases];
}

/// <summary>
/// How long one class of record is kept after its retention starts (a complaint's closure, a contact's date, a case's
/// closure), and the legal basis for keeping it. Configurable by compliance officers; seeded with DISP 1.9 for complaints.
/// </summary>
public sealed class RetentionRule : IVersioned
{
    public const int MaxMonths = 1200;
    public const int MaxBasisLength = 500;

    public required string DataClass { get; init; }

    /// <summary>Whole months from the start of retention; 0 = no reason to keep, erased at once.</summary>
    public int Months { get; private set; }

    /// <summary>What starts the period (e.g. "closure of the complaint").</summary>
    public required string StartsFrom { get; init; }

    /// <summary>Why records are kept that long (the legal obligation or claim).</summary>
    public string Basis { get; private set; } = "";

    public int Version { get; set; }

    public static RetentionRule Create(string dataClass, int months, string startsFrom, string basis)
    {
        var rule = new RetentionRule { DataClass = dataClass, StartsFrom = startsFrom };
        rule.Change(months, basis);
        return rule;
    }

    public void Change(int months, string? basis)
    {
        if (months is < 0 or > MaxMonths)
        {
            throw new DomainException("retention.months", $"Keep records for 0 to {MaxMonths} months.", DomainErrorKind.Invalid, "months");
        }

        if (months > 0 && string.IsNullOrWhiteSpace(basis))
        {
            throw new DomainException("retention.basis", "Say why records are kept (the legal obligation or claim): storage limitation needs a reason.",
                DomainErrorKind.Invalid, "basis");
        }

        if (basis?.Length > MaxBasisLength)
        {
            throw new DomainException("retention.basis-long", "Keep the basis to 500 characters.", DomainErrorKind.Invalid, "basis");
        }

        Months = months;
        Basis = basis?.Trim() ?? "";
    }

    /// <summary>The first day the record may go: the start of retention plus the period (inclusive of that day).</summary>
    public DateOnly KeepUntil(DateOnly start) => start.AddMonths(Months);
}

/// <summary>The retention rule for each scheduled class, as the desk read them for one assessment.</summary>
public sealed class RetentionSchedule(IEnumerable<RetentionRule> rules)
{
    private readonly Dictionary<string, RetentionRule> _rules = rules.ToDictionary(r => r.DataClass, StringComparer.Ordinal);

    public IReadOnlyCollection<RetentionRule> Rules => _rules.Values;

    /// <summary>The rule for a class; a class with no rule has no reason to be kept (0 months).</summary>
    public RetentionRule For(string dataClass) =>
        _rules.TryGetValue(dataClass, out var rule) ? rule : RetentionRule.Create(dataClass, 0, "", "");

    /// <summary>
    /// Whether a record whose retention started on <paramref name="start"/> must still be kept on <paramref name="today"/>,
    /// and until when; null when it may go now (or has no start yet).
    /// </summary>
    public DateOnly? KeepUntil(string dataClass, DateOnly start, DateOnly today)
    {
        var until = For(dataClass).KeepUntil(start);
        return until > today ? until : null;
    }
}

public enum ErasureAction
{
    /// <summary>Anonymised: personal fields blanked, search keys removed (the row stays for the centre's figures).</summary>
    Erased,

    /// <summary>Kept under a retention rule, hidden from everyone but compliance officers until the date it can go.</summary>
    Restricted,

    /// <summary>Deleted outright (nothing in it is needed once the person is anonymous).</summary>
    Deleted,
}

/// <summary>What happens (or would happen) to one class of a person's data: how many records, the action, why, and until when.</summary>
public sealed record ErasureLine(string DataClass, int Records, ErasureAction Action, string Reason, DateOnly? RestrictedUntil = null);
