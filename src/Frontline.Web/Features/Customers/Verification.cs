using System.Globalization;
using System.Security.Cryptography;
using Frontline.Data;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Customers;

/// <summary>Loads who is being verified (the customer or one of their third parties) and the lock state.</summary>
public sealed class VerificationSubjects(FrontlineDbContext db)
{
    public async Task<(Customer Customer, VerificationSubject Subject)> LoadAsync(Guid customerId, Guid? thirdPartyId, DateOnly today, CancellationToken cancellationToken)
    {
        var customer = await db.Set<Customer>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, cancellationToken)
            ?? throw DomainException.NotFound("customer");
        var secrets = await db.Set<CustomerSecret>().AsNoTracking().Where(s => s.CustomerId == customerId && s.ThirdPartyId == thirdPartyId)
            .ToListAsync(cancellationToken);
        if (thirdPartyId is not { } partyId)
        {
            var mobile = customer.PhoneKey?.StartsWith("07", StringComparison.Ordinal) == true || customer.AltPhoneKey?.StartsWith("07", StringComparison.Ordinal) == true;
            return (customer, new VerificationSubject(customer.DateOfBirth, customer.Postcode, customer.Reference, customer.SecurityQuestion, secrets, mobile));
        }

        var party = await db.Set<AuthorisedThirdParty>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == partyId && t.CustomerId == customerId, cancellationToken)
            ?? throw new DomainException("third-party.unknown", "The third party is not recorded for this customer.", DomainErrorKind.Invalid, "thirdPartyId");
        if (!party.IsValidOn(today))
        {
            throw new DomainException("third-party.expired", $"{party.FullName}'s authority ended on {party.ValidUntil:d MMM yyyy}.", DomainErrorKind.Invalid, "thirdPartyId");
        }

        // A third party proves who they are with their own details; the customer's reference may also be asked.
        return (customer, new VerificationSubject(party.DateOfBirth, party.Postcode, customer.Reference, party.SecurityQuestion, secrets, false));
    }

    public async Task<VerificationLockout> LockoutAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var lockout = await db.Set<VerificationLockout>().SingleOrDefaultAsync(l => l.CustomerId == customerId, cancellationToken);
        if (lockout is null)
        {
            lockout = new VerificationLockout { CustomerId = customerId };
            db.Add(lockout);
        }

        return lockout;
    }

    public static DomainException Locked(VerificationLockout lockout) =>
        new("verification.locked",
            $"Identity verification for this customer is locked after {lockout.ConsecutiveFailures} failed attempts until {UkTimeText(lockout.LockedUntil!.Value)}. "
            + "A team leader has been alerted.", DomainErrorKind.Locked);

    private static string UkTimeText(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).ToString("HH:mm 'on' d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}

/// <summary>
/// Starts ID&amp;V: refuses a locked customer (423), picks the factors the policy needs for the level (passcode
/// positions chosen at random), sends a one-time code when one is asked, and records the attempt.
/// </summary>
public sealed class StartVerification(FrontlineDbContext db, VerificationSubjects subjects, IdvPolicies policies, IOneTimeCodeSender codes,
    CurrentStaff me, TimeProvider clock)
{
    public async Task<StartedVerification> ExecuteAsync(Guid customerId, StartVerificationRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var now = clock.GetUtcNow().UtcDateTime;
        var (customer, subject) = await subjects.LoadAsync(customerId, request.ThirdPartyId, DateOnly.FromDateTime(now), cancellationToken);
        var lockout = await db.Set<VerificationLockout>().AsNoTracking().SingleOrDefaultAsync(l => l.CustomerId == customerId, cancellationToken);
        if (lockout is not null && lockout.IsLocked(now))
        {
            throw VerificationSubjects.Locked(lockout);
        }

        var policy = await policies.GetAsync(cancellationToken);
        var available = subject.AvailableFactors();
        var targets = request.Level is { } level ? [level] : new[] { AssuranceLevel.High, AssuranceLevel.Standard };
        var (target, factors) = targets.Select(t => (t, policy.ChallengeFor(t, available))).FirstOrDefault(x => x.Item2 is not null);
        if (factors is null)
        {
            throw new DomainException("verification.not-possible",
                $"The {(request.ThirdPartyId is null ? "customer" : "third party")} cannot be verified to the {(request.Level ?? AssuranceLevel.Standard).ToString().ToLowerInvariant()} level with what is on record: set a passcode or security answer first.",
                DomainErrorKind.Conflict);
        }

        string? code = null;
        var challenge = factors.Select(f => f == IdvFactor.PasscodeCharacters
            ? new ChallengeItem(f, PickPositions(subject.PasscodeLength, policy.PasscodeCharactersAsked))
            : new ChallengeItem(f)).ToList();
        if (factors.Contains(IdvFactor.OneTimeCode))
        {
            code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        }

        var verification = new IdentityVerification
        {
            CustomerId = customerId,
            ThirdPartyId = request.ThirdPartyId,
            ContactId = request.ContactId,
            Channel = request.Channel,
            StaffId = me.Id,
            StartedAt = now,
            TargetLevel = target,
            Challenge = challenge,
            OneTimeCodeHash = code is null ? null : SecretHash.Create(code),
        };
        db.Add(verification);
        await db.SaveChangesAsync(cancellationToken);
        if (code is not null)
        {
            await codes.SendAsync(customer, verification.Id, code, cancellationToken);
        }

        return new StartedVerification(verification.Id, customerId, request.ThirdPartyId, target,
            [.. challenge.Select(c => new ChallengePrompt(c.Factor, IdentityVerification.Prompt(c, subject.SecurityQuestion), c.Positions))]);
    }

    /// <summary>Distinct 1-based positions in ascending order, as they are read out.</summary>
    private static List<int> PickPositions(int length, int count)
    {
        var positions = Enumerable.Range(1, length).ToArray();
        RandomNumberGenerator.Shuffle(positions.AsSpan());
        return [.. positions.Take(Math.Min(count, length)).Order()];
    }
}

/// <summary>
/// Checks the answers to a challenge, records pass or fail per factor (never the answers), the outcome and
/// level, counts failures towards the lockout and raises an alert for team leaders when it locks.
/// </summary>
public sealed class AnswerVerification(FrontlineDbContext db, VerificationSubjects subjects, IdvPolicies policies, CurrentStaff me, TimeProvider clock)
{
    public async Task<VerificationResult> ExecuteAsync(Guid verificationId, AnswerVerificationRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var verification = await db.Set<IdentityVerification>().SingleOrDefaultAsync(v => v.Id == verificationId, cancellationToken);
        if (verification is null || verification.StaffId != me.Id)
        {
            // Only the person who read out the challenge can answer it.
            throw DomainException.NotFound("verification");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var lockout = await subjects.LockoutAsync(verification.CustomerId, cancellationToken);
        if (verification.Outcome == VerificationOutcome.Pending && lockout.IsLocked(now))
        {
            throw VerificationSubjects.Locked(lockout);
        }

        var (customer, subject) = await subjects.LoadAsync(verification.CustomerId, verification.ThirdPartyId, DateOnly.FromDateTime(now), cancellationToken);
        var results = verification.Check([.. request.Answers.Select(a => new FactorAnswer(a.Factor, a.Value))], subject, now);
        var policy = await policies.GetAsync(cancellationToken);
        verification.Complete(results, policy, lockout, now);
        if (verification.Outcome == VerificationOutcome.Locked)
        {
            db.Add(new CustomerAlert
            {
                CustomerId = customer.Id,
                Kind = CustomerAlert.VerificationLocked,
                Message = $"Identity verification for {customer.FullName} ({customer.Reference}) locked after {lockout.ConsecutiveFailures} failed attempts, "
                    + $"the last by {me.Username} on {verification.Channel}. Check for attempted fraud before releasing it.",
                RaisedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return new VerificationResult(verification.Id, verification.Outcome, verification.LevelReached, verification.Results,
            CustomerDirectory.Utc(lockout.IsLocked(now) ? lockout.LockedUntil : null));
    }
}

/// <summary>
/// The Customers module's answer to "may this action be taken in this contact?": the policy's level for the
/// action and channel against the best passing verification of the customer in the contact, started within the last
/// <see cref="AssuranceLifetime"/>. The contact must still be open and be the caller's own: an earlier or another
/// agent's verified contact id gives no assurance. Without a contact, the caller's own passing verifications of the
/// same window that named no contact count.
/// </summary>
public sealed class IdentityAssurance(FrontlineDbContext db, IdvPolicies policies, CurrentStaff me, TimeProvider clock, Cases.IOpenContacts openContacts)
    : IIdentityAssurance
{
    public static readonly TimeSpan AssuranceLifetime = TimeSpan.FromMinutes(30);

    public static readonly TimeSpan WithoutContactWindow = AssuranceLifetime;

    public async Task<AssuranceLevel> RequiredLevelAsync(string action, string channel, CancellationToken cancellationToken) =>
        (await policies.GetAsync(cancellationToken)).RequiredLevel(action, channel);

    public async Task<AssuranceLevel> LevelReachedAsync(Guid customerId, Guid? contactId, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime - AssuranceLifetime;
        var passed = db.Set<IdentityVerification>().AsNoTracking()
            .Where(v => v.CustomerId == customerId && v.Outcome == VerificationOutcome.Passed && v.StartedAt >= since);
        if (contactId is { } contact)
        {
            if (!await openContacts.IsOpenAndHandledByAsync(contact, me.Id, customerId, cancellationToken))
            {
                return AssuranceLevel.None;
            }

            passed = passed.Where(v => v.ContactId == contact);
        }
        else
        {
            var staffId = me.Id;
            passed = passed.Where(v => v.ContactId == null && v.StaffId == staffId);
        }

        var levels = await passed.Select(v => v.LevelReached).ToListAsync(cancellationToken);
        return levels.DefaultIfEmpty(AssuranceLevel.None).Max();
    }

    public async Task RequireAsync(Guid customerId, Guid? contactId, string action, string channel, CancellationToken cancellationToken)
    {
        var required = await RequiredLevelAsync(action, channel, cancellationToken);
        if (required == AssuranceLevel.None)
        {
            return;
        }

        var reached = await LevelReachedAsync(customerId, contactId, cancellationToken);
        if (reached < required)
        {
            var needed = required.ToString().ToLowerInvariant();
            throw new DomainException($"idv.{needed}-required",
                $"'{action}' on {channel} needs {needed} identity assurance; this contact has reached {reached.ToString().ToLowerInvariant()}. Verify the customer first.",
                DomainErrorKind.Forbidden);
        }
    }
}

/// <summary>Sends a one-time code to the customer's mobile. The SMS gateway is outside Frontline.</summary>
public interface IOneTimeCodeSender
{
    Task SendAsync(Customer customer, Guid verificationId, string code, CancellationToken cancellationToken);
}

/// <summary>
/// Stand-in for an SMS gateway in the demo and tests: keeps the last code per verification in memory (never in
/// the database or the logs) so that a demo "phone" can show it. Replace with a gateway client in production.
/// </summary>
public sealed class InMemoryOneTimeCodeSender : IOneTimeCodeSender
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, string> _sent = new();

    public Task SendAsync(Customer customer, Guid verificationId, string code, CancellationToken cancellationToken)
    {
        _sent[verificationId] = code;
        return Task.CompletedTask;
    }

    public string? LastCodeFor(Guid verificationId) => _sent.GetValueOrDefault(verificationId);
}

/// <summary>Verification lockout alerts for team leaders and managers, and releasing a lock after checking.</summary>
public sealed class CustomerAlerts(FrontlineDbContext db, CurrentStaff me, TimeProvider clock)
{
    public async Task<List<CustomerAlertView>> ListAsync(bool includeAcknowledged, CancellationToken cancellationToken)
    {
        var alerts = db.Set<CustomerAlert>().AsNoTracking();
        if (!includeAcknowledged)
        {
            alerts = alerts.Where(a => a.AcknowledgedAt == null);
        }

        var rows = await alerts.OrderByDescending(a => a.RaisedAt).Take(200)
            .Join(db.Set<Customer>(), a => a.CustomerId, c => c.Id, (a, c) => new { Alert = a, c.FirstName, c.LastName, c.Reference })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new CustomerAlertView(r.Alert.Id, r.Alert.CustomerId, $"{r.FirstName} {r.LastName}", r.Reference, r.Alert.Kind,
            r.Alert.Message, CustomerDirectory.Utc(r.Alert.RaisedAt)!.Value, CustomerDirectory.Utc(r.Alert.AcknowledgedAt), r.Alert.Version)).ToList();
    }

    public async Task AcknowledgeAsync(Guid alertId, CancellationToken cancellationToken)
    {
        var alert = await db.Set<CustomerAlert>().SingleOrDefaultAsync(a => a.Id == alertId, cancellationToken) ?? throw DomainException.NotFound("alert");
        if (alert.AcknowledgedAt is not null)
        {
            throw new DomainException("alert.acknowledged", "The alert has already been acknowledged.", DomainErrorKind.Conflict);
        }

        alert.AcknowledgedAt = clock.GetUtcNow().UtcDateTime;
        alert.AcknowledgedBy = me.Id;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ReleaseLockAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var lockout = await db.Set<VerificationLockout>().SingleOrDefaultAsync(l => l.CustomerId == customerId, cancellationToken);
        if (lockout is null || !lockout.IsLocked(clock.GetUtcNow().UtcDateTime))
        {
            throw new DomainException("verification.not-locked", "Verification for this customer is not locked.", DomainErrorKind.Conflict);
        }

        lockout.Release();
        await db.SaveChangesAsync(cancellationToken);
    }
}
