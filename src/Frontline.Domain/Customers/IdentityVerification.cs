using System.Globalization;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Customers;

public enum VerificationOutcome
{
    Pending,
    Passed,
    Failed,

    /// <summary>Failed, and this failure locked verification for the customer.</summary>
    Locked,
}

/// <summary>One factor asked for; for passcode characters, the 1-based positions asked.</summary>
public sealed record ChallengeItem(IdvFactor Factor, IReadOnlyList<int>? Positions = null);

/// <summary>Whether a factor passed. The answer itself is never kept.</summary>
public sealed record FactorResult(IdvFactor Factor, bool Passed);

/// <summary>What the caller said for a factor, as the agent typed it.</summary>
public sealed record FactorAnswer(IdvFactor Factor, string Value);

/// <summary>The person being verified: the customer, or one of their authorised third parties.</summary>
public sealed record VerificationSubject(DateOnly? DateOfBirth, string? Postcode, string? Reference, string? SecurityQuestion,
    IReadOnlyList<CustomerSecret> Secrets, bool CanReceiveCode)
{
    public int PasscodeLength => Secrets.Count(s => s.Kind == SecretKind.PasscodeCharacter);

    /// <summary>The factors this subject can be asked for (details on record, secrets set).</summary>
    public IReadOnlySet<IdvFactor> AvailableFactors()
    {
        var available = new HashSet<IdvFactor>();
        if (DateOfBirth is not null)
        {
            available.Add(IdvFactor.DateOfBirth);
        }

        if (Postcode is not null)
        {
            available.Add(IdvFactor.Postcode);
        }

        if (Reference is not null)
        {
            available.Add(IdvFactor.CustomerReference);
        }

        if (SecurityQuestion is not null && Secrets.Any(s => s.Kind == SecretKind.SecurityAnswer))
        {
            available.Add(IdvFactor.SecurityAnswer);
        }

        if (PasscodeLength >= CustomerSecret.MinPasscodeLength)
        {
            available.Add(IdvFactor.PasscodeCharacters);
        }

        if (CanReceiveCode)
        {
            available.Add(IdvFactor.OneTimeCode);
        }

        return available;
    }
}

/// <summary>
/// One identity verification attempt in a contact: the challenge given, pass or fail per factor (never the
/// answers), the outcome and the assurance level reached. Answered once.
/// </summary>
public sealed class IdentityVerification
{
    public static readonly TimeSpan OneTimeCodeLifetime = TimeSpan.FromMinutes(10);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CustomerId { get; init; }

    public Guid? ThirdPartyId { get; init; }

    public Guid? ContactId { get; init; }

    /// <summary>phone, email, chat, letter, social, face-to-face.</summary>
    public required string Channel { get; init; }

    public Guid StaffId { get; init; }

    public DateTime StartedAt { get; init; }

    public DateTime? CompletedAt { get; private set; }

    public AssuranceLevel TargetLevel { get; init; }

    public List<ChallengeItem> Challenge { get; init; } = [];

    public List<FactorResult> Results { get; private set; } = [];

    public VerificationOutcome Outcome { get; private set; } = VerificationOutcome.Pending;

    public AssuranceLevel LevelReached { get; private set; } = AssuranceLevel.None;

    [Secret]
    public string? OneTimeCodeHash { get; init; }

    /// <summary>Checks each asked factor; a factor left unanswered fails. Unasked factors are refused.</summary>
    public IReadOnlyList<FactorResult> Check(IReadOnlyList<FactorAnswer> answers, VerificationSubject subject, DateTime now)
    {
        if (Outcome != VerificationOutcome.Pending)
        {
            throw new DomainException("verification.answered", "This verification has already been answered. Start a new one.", DomainErrorKind.Conflict);
        }

        var unasked = answers.FirstOrDefault(a => Challenge.TrueForAll(c => c.Factor != a.Factor));
        if (unasked is not null)
        {
            throw new DomainException("verification.factor-not-asked", $"The {IdvFactors.Label(unasked.Factor)} was not asked for in this challenge.",
                DomainErrorKind.Invalid, "answers");
        }

        return Challenge.Select(item =>
        {
            var answer = answers.LastOrDefault(a => a.Factor == item.Factor)?.Value;
            return new FactorResult(item.Factor, answer is not null && Passes(item, answer.Trim(), subject, now));
        }).ToList();
    }

    /// <summary>
    /// Records the results: passed when every factor passed (at the level the policy gives), failed otherwise,
    /// and locked when the failure reaches the policy's limit.
    /// </summary>
    public void Complete(IReadOnlyList<FactorResult> results, IdvPolicy policy, VerificationLockout lockout, DateTime now)
    {
        Results = [.. results];
        CompletedAt = now;
        if (results.All(r => r.Passed))
        {
            Outcome = VerificationOutcome.Passed;
            LevelReached = policy.LevelReached(results.Select(r => r.Factor).ToHashSet());
            lockout.RecordPass();
            return;
        }

        LevelReached = AssuranceLevel.None;
        Outcome = lockout.RecordFailure(now, policy.MaxFailures, policy.LockoutMinutes) ? VerificationOutcome.Locked : VerificationOutcome.Failed;
    }

    /// <summary>What the agent reads out for a factor, e.g. "Ask for characters 2 and 5 of the passcode".</summary>
    public static string Prompt(ChallengeItem item, string? securityQuestion) => item.Factor switch
    {
        IdvFactor.DateOfBirth => "Ask for the date of birth",
        IdvFactor.Postcode => "Ask for the postcode",
        IdvFactor.CustomerReference => "Ask for the customer reference",
        IdvFactor.SecurityAnswer => $"Ask the security question: \"{securityQuestion}\"",
        IdvFactor.PasscodeCharacters => $"Ask for characters {JoinPositions(item.Positions ?? [])} of the passcode",
        IdvFactor.OneTimeCode => "Ask for the one-time code just sent to the customer's phone",
    };

    private static string JoinPositions(IReadOnlyList<int> positions) =>
        positions.Count == 1
            ? positions[0].ToString(CultureInfo.InvariantCulture)
            : string.Join(", ", positions.Take(positions.Count - 1).Select(p => p.ToString(CultureInfo.InvariantCulture)))
              + " and " + positions[^1].ToString(CultureInfo.InvariantCulture);

    private bool Passes(ChallengeItem item, string answer, VerificationSubject subject, DateTime now)
    {
        switch (item.Factor)
        {
            case IdvFactor.DateOfBirth:
                return subject.DateOfBirth is { } dob && TryParseDate(answer, out var said) && said == dob;
            case IdvFactor.Postcode:
                return subject.Postcode is { } postcode && SearchKeys.Postcode(answer) == SearchKeys.Postcode(postcode);
            case IdvFactor.CustomerReference:
                return subject.Reference is { } reference && SearchKeys.Reference(answer) == reference;
            case IdvFactor.SecurityAnswer:
                return subject.Secrets.FirstOrDefault(s => s.Kind == SecretKind.SecurityAnswer) is { } secret
                    && SecretHash.Verify(SecretHash.NormaliseAnswer(answer), secret.Hash);
            case IdvFactor.PasscodeCharacters:
                var characters = answer.Where(c => !char.IsWhiteSpace(c) && c != ',').ToList();
                var positions = item.Positions ?? [];
                if (characters.Count != positions.Count || positions.Count == 0)
                {
                    return false;
                }

                // Every character is checked (no early exit), so timing does not say which one was wrong.
                var allMatch = true;
                for (var i = 0; i < positions.Count; i++)
                {
                    var stored = subject.Secrets.FirstOrDefault(s => s.Kind == SecretKind.PasscodeCharacter && s.Position == positions[i]);
                    allMatch &= stored is not null && SecretHash.Verify(SecretHash.PasscodeCharacter(positions[i], characters[i]), stored.Hash);
                }

                return allMatch;
            case IdvFactor.OneTimeCode:
                return OneTimeCodeHash is not null && now < StartedAt + OneTimeCodeLifetime && SecretHash.Verify(answer, OneTimeCodeHash);
            default:
                return false;
        }
    }

    /// <summary>Dates as agents type them: 1985-03-14, 14/03/1985, 14-03-1985, 14 03 1985.</summary>
    public static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd MM yyyy", "ddMMyyyy"],
            CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

/// <summary>
/// Consecutive failed verifications of a customer and the lock they cause. A pass resets the count; a lock
/// ends by itself after the policy's period (or when a team leader releases it), and the count restarts.
/// </summary>
public sealed class VerificationLockout : IVersioned
{
    public Guid CustomerId { get; init; }

    public int ConsecutiveFailures { get; private set; }

    /// <summary>Locked while now &lt; this instant (the end is excluded).</summary>
    public DateTime? LockedUntil { get; private set; }

    public int Version { get; set; }

    public bool IsLocked(DateTime now) => LockedUntil is { } until && now < until;

    /// <summary>Counts a failure; true when this one locks verification.</summary>
    public bool RecordFailure(DateTime now, int maxFailures, int lockoutMinutes)
    {
        if (LockedUntil is { } until && until <= now)
        {
            Release();
        }

        ConsecutiveFailures++;
        if (ConsecutiveFailures < maxFailures || IsLocked(now))
        {
            return false;
        }

        LockedUntil = now.AddMinutes(lockoutMinutes);
        return true;
    }

    public void RecordPass() => Release();

    public void Release()
    {
        ConsecutiveFailures = 0;
        LockedUntil = null;
    }
}
