using Frontline.Domain.Platform;

namespace Frontline.Domain.Customers;

/// <summary>Something a caller can be asked to prove who they are.</summary>
public enum IdvFactor
{
    DateOfBirth,
    Postcode,
    CustomerReference,
    SecurityAnswer,

    /// <summary>Characters of a passcode at positions the system picks (never the whole passcode).</summary>
    PasscodeCharacters,

    /// <summary>A code sent to the customer's phone when the verification starts.</summary>
    OneTimeCode,
}

/// <summary>
/// "Any <see cref="MinimumFactors"/> of <see cref="Factors"/>, one of which must be <see cref="MustInclude"/>"
/// gives <see cref="Level"/>.
/// </summary>
public sealed record IdvRule(AssuranceLevel Level, int MinimumFactors, IReadOnlyList<IdvFactor> Factors, IdvFactor? MustInclude = null)
{
    public bool IsMetBy(IReadOnlySet<IdvFactor> passed) =>
        passed.Count(Factors.Contains) >= MinimumFactors && (MustInclude is not { } must || passed.Contains(must));

    public string Describe() =>
        $"{MinimumFactors} of {string.Join(", ", Factors.Select(IdvFactors.Label))}"
        + (MustInclude is { } must ? $", one of which must be {IdvFactors.Label(must)}" : "");
}

/// <summary>The level an action needs on a channel. <see cref="Channel"/> <c>any</c> applies to every channel.</summary>
public sealed record LevelRequirement(string Action, string Channel, AssuranceLevel Level)
{
    public const string AnyChannel = "any";
}

/// <summary>
/// The centre's identity verification policy (CC32 1.1, CCTC9 2.2): which factors are in use, the rules that
/// give each assurance level, the level each action needs per channel, and the lockout after repeated failures.
/// Administered by managers; enforced through <c>IIdentityAssurance</c>.
/// </summary>
public sealed class IdvPolicy : IVersioned
{
    public const string GeneralEnquiry = "general-enquiry";
    public const string Balance = "balance";
    public const string CaseDetails = "case-details";
    public const string ChangeOfAddress = "change-of-address";
    public const string Refund = "refund";
    public const string SetSecrets = "set-secrets";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public List<IdvFactor> EnabledFactors { get; set; } = [];

    public List<IdvRule> Rules { get; set; } = [];

    public List<LevelRequirement> Requirements { get; set; } = [];

    /// <summary>The level an action not listed in <see cref="Requirements"/> needs (fails safe).</summary>
    public AssuranceLevel UnlistedActionLevel { get; set; } = AssuranceLevel.Standard;

    /// <summary>Consecutive failed verifications that lock verification for the customer.</summary>
    public int MaxFailures { get; set; } = 3;

    public int LockoutMinutes { get; set; } = 30;

    /// <summary>How many passcode characters a challenge asks for.</summary>
    public int PasscodeCharactersAsked { get; set; } = 2;

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    /// <summary>The shipped policy: standard = two of the customer's details; high = two including passcode characters.</summary>
    public static IdvPolicy CreateDefault(DateTime now) => new()
    {
        EnabledFactors = [.. Enum.GetValues<IdvFactor>()],
        Rules =
        [
            new(AssuranceLevel.Standard, 2, [IdvFactor.DateOfBirth, IdvFactor.Postcode, IdvFactor.CustomerReference, IdvFactor.SecurityAnswer, IdvFactor.PasscodeCharacters]),
            new(AssuranceLevel.High, 2, [IdvFactor.PasscodeCharacters, IdvFactor.DateOfBirth, IdvFactor.Postcode, IdvFactor.SecurityAnswer, IdvFactor.OneTimeCode], IdvFactor.PasscodeCharacters),
        ],
        Requirements =
        [
            new(GeneralEnquiry, LevelRequirement.AnyChannel, AssuranceLevel.None),
            new(Balance, LevelRequirement.AnyChannel, AssuranceLevel.Standard),
            new(CaseDetails, LevelRequirement.AnyChannel, AssuranceLevel.Standard),
            new(ChangeOfAddress, LevelRequirement.AnyChannel, AssuranceLevel.High),
            new(Refund, LevelRequirement.AnyChannel, AssuranceLevel.High),
            new(SetSecrets, LevelRequirement.AnyChannel, AssuranceLevel.High),
        ],
        UpdatedAt = now,
    };

    /// <summary>The highest level whose rule the passed factors meet (only factors in use count).</summary>
    public AssuranceLevel LevelReached(IReadOnlySet<IdvFactor> passed)
    {
        var counted = passed.Where(EnabledFactors.Contains).ToHashSet();
        return Rules.Where(r => r.IsMetBy(counted)).Select(r => r.Level).DefaultIfEmpty(AssuranceLevel.None).Max();
    }

    /// <summary>The level <paramref name="action"/> needs on <paramref name="channel"/>: the channel's own row, else the any-channel row.</summary>
    public AssuranceLevel RequiredLevel(string action, string channel)
    {
        var rows = Requirements.Where(r => string.Equals(r.Action, action, StringComparison.OrdinalIgnoreCase)).ToList();
        var row = rows.FirstOrDefault(r => string.Equals(r.Channel, channel, StringComparison.OrdinalIgnoreCase))
            ?? rows.FirstOrDefault(r => r.Channel == LevelRequirement.AnyChannel);
        return row?.Level ?? UnlistedActionLevel;
    }

    /// <summary>
    /// The factors to ask for to reach <paramref name="target"/> with what the caller has set up
    /// (<paramref name="available"/>): a rule's required factor first, then others in a fixed order of
    /// preference. Null when no rule for that level can be met.
    /// </summary>
    public IReadOnlyList<IdvFactor>? ChallengeFor(AssuranceLevel target, IReadOnlySet<IdvFactor> available)
    {
        foreach (var rule in Rules.Where(r => r.Level == target))
        {
            var usable = rule.Factors.Where(f => available.Contains(f) && EnabledFactors.Contains(f)).ToList();
            if (rule.MustInclude is { } must && !usable.Contains(must))
            {
                continue;
            }

            var chosen = new List<IdvFactor>();
            if (rule.MustInclude is { } required)
            {
                chosen.Add(required);
            }

            chosen.AddRange(IdvFactors.Preference.Where(f => usable.Contains(f) && !chosen.Contains(f)).Take(rule.MinimumFactors - chosen.Count));
            if (chosen.Count >= rule.MinimumFactors)
            {
                return chosen;
            }
        }

        return null;
    }

    /// <summary>Refuses a policy that could not work: rules over unused factors, impossible counts, bad lockout.</summary>
    public void Validate()
    {
        if (Rules.Count == 0)
        {
            throw Invalid("rules", "The policy needs at least one rule.");
        }

        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            if (rule.Level == AssuranceLevel.None)
            {
                throw Invalid($"rules[{i}].level", "A rule must give the standard or high level.");
            }

            if (rule.Factors.Count == 0 || rule.Factors.Any(f => !EnabledFactors.Contains(f)))
            {
                throw Invalid($"rules[{i}].factors", "A rule may use only factors that are in use, and needs at least one.");
            }

            if (rule.MinimumFactors < 1 || rule.MinimumFactors > rule.Factors.Distinct().Count())
            {
                throw Invalid($"rules[{i}].minimumFactors", "The number of factors must be between 1 and the number of factors listed.");
            }

            if (rule.MustInclude is { } must && !rule.Factors.Contains(must))
            {
                throw Invalid($"rules[{i}].mustInclude", "The required factor must be one of the rule's factors.");
            }
        }

        if (Requirements.GroupBy(r => (r.Action.ToLowerInvariant(), r.Channel.ToLowerInvariant())).Any(g => g.Count() > 1))
        {
            throw Invalid("requirements", "Each action and channel may appear once.");
        }

        if (Requirements.Any(r => r.Level != AssuranceLevel.None && Rules.TrueForAll(rule => rule.Level < r.Level)))
        {
            throw Invalid("requirements", "An action needs a level that no rule gives.");
        }

        if (MaxFailures is < 1 or > 20)
        {
            throw Invalid("maxFailures", "Failures before lockout must be between 1 and 20.");
        }

        if (LockoutMinutes is < 1 or > 10_080)
        {
            throw Invalid("lockoutMinutes", "The lockout period must be between 1 minute and 7 days.");
        }

        if (PasscodeCharactersAsked is < 1 or > 4)
        {
            throw Invalid("passcodeCharactersAsked", "Ask for between 1 and 4 passcode characters.");
        }
    }

    private static DomainException Invalid(string field, string message) => new("idv-policy.invalid", message, DomainErrorKind.Invalid, field);
}

/// <summary>Names and prompts of the verification factors.</summary>
public static class IdvFactors
{
    /// <summary>The order factors are picked for a challenge: things the caller knows well first.</summary>
    public static readonly IReadOnlyList<IdvFactor> Preference =
        [IdvFactor.DateOfBirth, IdvFactor.Postcode, IdvFactor.SecurityAnswer, IdvFactor.PasscodeCharacters, IdvFactor.CustomerReference, IdvFactor.OneTimeCode];

    public static string Label(IdvFactor factor) => factor switch
    {
        IdvFactor.DateOfBirth => "date of birth",
        IdvFactor.Postcode => "postcode",
        IdvFactor.CustomerReference => "customer reference",
        IdvFactor.SecurityAnswer => "security answer",
        IdvFactor.PasscodeCharacters => "passcode characters",
        IdvFactor.OneTimeCode => "one-time code",
    };
}
