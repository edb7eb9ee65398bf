using System.Linq.Expressions;
using Frontline.Data;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Customers;

/// <summary>
/// Finds and reads customers. Search classifies the query (reference, postcode, phone, email, name) and answers
/// each kind with a prefix range on its normalised key, in key order, so one B-tree index scan of at most
/// <c>limit</c> rows answers it on SQLite and PostgreSQL alike. Personal fields are masked for roles that do
/// not need them.
/// </summary>
public sealed class CustomerDirectory(FrontlineDbContext db, CurrentStaff me, TimeProvider clock)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public bool SeesPersonalData => me.IsInAnyRole(CustomerRoles.FullPersonalData);

    public async Task<CustomerSearchResponse> SearchAsync(string? query, int? limit, CancellationToken cancellationToken)
    {
        var term = CustomerSearchTerm.Classify(query);
        if (term is null)
        {
            return new CustomerSearchResponse([], null);
        }

        var take = Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);
        var customers = await FindAsync(term, take, cancellationToken);
        var ids = customers.Select(c => c.Id).ToList();
        var vulnerable = await db.Set<CustomerVulnerability>().AsNoTracking().Where(v => ids.Contains(v.CustomerId))
            .Select(v => v.CustomerId).ToListAsync(cancellationToken);
        var full = SeesPersonalData;
        var items = customers.Select(c => new CustomerListItem(c.Id, c.Reference, full ? c.FirstName : Mask.Initial(c.FirstName), c.LastName,
            full ? c.Postcode : Mask.Postcode(c.Postcode), full ? c.DateOfBirth : null,
            c.Phones.Count == 0 ? null : full ? c.Phones[0] : Mask.Phone(c.Phones[0]),
            full ? c.Email : Mask.Email(c.Email), vulnerable.Contains(c.Id))).ToList();
        return new CustomerSearchResponse(items, term.Kind);
    }

    /// <summary>The customers matching <paramref name="term"/>, in key order.</summary>
    public async Task<List<Customer>> FindAsync(CustomerSearchTerm term, int take, CancellationToken cancellationToken)
    {
        var customers = db.Set<Customer>().AsNoTracking();
        if (!me.SeesRestrictedRecords)
        {
            customers = customers.Where(c => c.RestrictedUntil == null);
        }

        switch (term.Kind)
        {
            case CustomerSearchKind.Reference:
                return await Ordered(StartingWith(customers, c => c.Reference, term.Key), c => c.Reference).Take(take).ToListAsync(cancellationToken);
            case CustomerSearchKind.Postcode:
                return await Ordered(StartingWith(customers, c => c.PostcodeKey!, term.Key), c => c.PostcodeKey!).Take(take).ToListAsync(cancellationToken);
            case CustomerSearchKind.Email:
                return await Ordered(StartingWith(customers, c => c.EmailKey!, term.Key), c => c.EmailKey!).Take(take).ToListAsync(cancellationToken);
            case CustomerSearchKind.Phone:
                // Two indexed columns: two index scans, merged (an OR would need a sort of every match).
                var main = await Ordered(StartingWith(customers, c => c.PhoneKey!, term.Key), c => c.PhoneKey!).Take(take).ToListAsync(cancellationToken);
                var alternative = await Ordered(StartingWith(customers, c => c.AltPhoneKey!, term.Key), c => c.AltPhoneKey!).Take(take).ToListAsync(cancellationToken);
                return Merge(main, alternative, take);
            case CustomerSearchKind.Name when term.SecondKey is { } last:
                var both = StartingWith(StartingWith(customers, c => c.LastNameKey, last), c => c.FirstNameKey, term.Key);
                return await Ordered(both, c => c.LastNameKey, c => c.FirstNameKey).Take(take).ToListAsync(cancellationToken);
            case CustomerSearchKind.Name:
                var byLast = await Ordered(StartingWith(customers, c => c.LastNameKey, term.Key), c => c.LastNameKey, c => c.FirstNameKey)
                    .Take(take).ToListAsync(cancellationToken);
                var byFirst = byLast.Count >= take
                    ? []
                    : await Ordered(StartingWith(customers, c => c.FirstNameKey, term.Key), c => c.FirstNameKey, c => c.LastNameKey).Take(take).ToListAsync(cancellationToken);
                return Merge(byLast, byFirst, take);
            default:
                return [];
        }
    }

    public async Task<CustomerView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var customer = await db.Set<Customer>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (customer is null || (customer.RestrictedUntil is not null && !me.SeesRestrictedRecords))
        {
            throw DomainException.NotFound("customer");
        }

        var vulnerability = await db.Set<CustomerVulnerability>().AsNoTracking().SingleOrDefaultAsync(v => v.CustomerId == id, cancellationToken);
        var thirdParties = await db.Set<AuthorisedThirdParty>().AsNoTracking().Where(t => t.CustomerId == id).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var secrets = await db.Set<CustomerSecret>().AsNoTracking().Where(s => s.CustomerId == id)
            .Select(s => new { s.ThirdPartyId, s.Kind }).Distinct().ToListAsync(cancellationToken);
        var lockout = await db.Set<VerificationLockout>().AsNoTracking().SingleOrDefaultAsync(l => l.CustomerId == id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var full = SeesPersonalData;

        bool Has(Guid? thirdParty, SecretKind kind) => secrets.Exists(s => s.ThirdPartyId == thirdParty && s.Kind == kind);

        var vulnerabilityView = vulnerability is null
            ? null
            : new VulnerabilityView(vulnerability.Drivers, full ? vulnerability.Circumstances : null, vulnerability.NeedsAndAdjustments,
                vulnerability.ConsentRecorded, Utc(vulnerability.ConsentRecordedAt), vulnerability.Temporary, vulnerability.ReviewDate,
                vulnerability.IsDueForReview(today), vulnerability.Version);
        var thirdPartyViews = thirdParties.Select(t => new ThirdPartyView(t.Id, full ? t.FullName : Mask.Initial(t.FullName), t.Authority,
            full ? t.DateOfBirth : null, full ? t.Postcode : Mask.Postcode(t.Postcode), t.DocumentReference, t.ValidUntil, t.IsValidOn(today),
            Has(t.Id, SecretKind.SecurityAnswer), Has(t.Id, SecretKind.PasscodeCharacter))).ToList();
        return new CustomerView(customer.Id, customer.Reference, full ? customer.FirstName : Mask.Initial(customer.FirstName), customer.LastName,
            full ? customer.DateOfBirth : null, full ? customer.Postcode : Mask.Postcode(customer.Postcode),
            full ? customer.AddressLines : [], full ? customer.Phones : [.. customer.Phones.Select(p => Mask.Phone(p)!)],
            full ? customer.Email : Mask.Email(customer.Email), customer.PreferredChannel, customer.CommunicationNeeds, customer.ProductIds,
            customer.SecurityQuestion, Has(null, SecretKind.SecurityAnswer), Has(null, SecretKind.PasscodeCharacter), vulnerabilityView, thirdPartyViews,
            lockout is not null && lockout.IsLocked(now) ? Utc(lockout.LockedUntil) : null, Utc(customer.CreatedAt)!.Value, customer.Version, !full);
    }

    public async Task<List<VerificationView>> VerificationsAsync(Guid customerId, CancellationToken cancellationToken)
    {
        if (!await db.Set<Customer>().AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            throw DomainException.NotFound("customer");
        }

        var attempts = await db.Set<IdentityVerification>().AsNoTracking().Where(v => v.CustomerId == customerId)
            .OrderByDescending(v => v.StartedAt).Take(100).ToListAsync(cancellationToken);
        return attempts.Select(ToView).ToList();
    }

    public async Task<VerificationView> VerificationAsync(Guid id, CancellationToken cancellationToken) =>
        ToView(await db.Set<IdentityVerification>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken)
            ?? throw DomainException.NotFound("verification"));

    public static VerificationView ToView(IdentityVerification v) => new(v.Id, v.CustomerId, v.ThirdPartyId, v.ContactId, v.Channel, v.StaffId,
        Utc(v.StartedAt)!.Value, Utc(v.CompletedAt), v.TargetLevel, [.. v.Challenge.Select(c => c.Factor)], v.Results, v.Outcome, v.LevelReached);

    public static DateTimeOffset? Utc(DateTime? instant) => instant is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;

    private static List<Customer> Merge(List<Customer> first, List<Customer> second, int take) =>
        first.Concat(second).DistinctBy(c => c.Id).Take(take).ToList();

    /// <summary>
    /// <c>key &gt;= prefix AND key &lt; next(prefix)</c>: a range both engines answer from the key's index. On
    /// PostgreSQL the key is compared in the "C" collation of its index, so the range is byte-wise as on SQLite.
    /// </summary>
    private IQueryable<Customer> StartingWith(IQueryable<Customer> query, Expression<Func<Customer, string>> key, string prefix)
    {
        var column = Collated(key.Body);
        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        var zero = Expression.Constant(0);
        Expression body = Expression.GreaterThanOrEqual(Expression.Call(compare, column, Parameter(prefix)), zero);
        if (SearchKeys.UpperBound(prefix) is { } upper)
        {
            body = Expression.AndAlso(body, Expression.LessThan(Expression.Call(compare, column, Parameter(upper)), zero));
        }

        return query.Where(Expression.Lambda<Func<Customer, bool>>(body, key.Parameters));
    }

    private IQueryable<Customer> Ordered(IQueryable<Customer> query, Expression<Func<Customer, string>> key, Expression<Func<Customer, string>>? then = null)
    {
        var ordered = query.OrderBy(Expression.Lambda<Func<Customer, string>>(Collated(key.Body), key.Parameters));
        return then is null ? ordered : ordered.ThenBy(Expression.Lambda<Func<Customer, string>>(Collated(then.Body), then.Parameters));
    }

    private Expression Collated(Expression column) =>
        db.Provider == DatabaseProvider.Postgres
            ? Expression.Call(CollateMethod, Expression.Constant(EF.Functions), column, Expression.Constant(Data.Customers.SearchIndex.Collation))
            : column;

    private static readonly System.Reflection.MethodInfo CollateMethod = typeof(RelationalDbFunctionsExtensions)
        .GetMethod(nameof(RelationalDbFunctionsExtensions.Collate))!.MakeGenericMethod(typeof(string));

    /// <summary>A closure member, so EF sends the value as a parameter (one cached plan per search kind).</summary>
    private static MemberExpression Parameter(string value) => Expression.Property(Expression.Constant(new Box(value)), nameof(Box.Value));

    private sealed record Box(string Value);
}

/// <summary>Masked forms of personal data for roles that do not need it in full.</summary>
public static class Mask
{
    public const string Hidden = "***";

    public static string Initial(string name) => name.Length == 0 ? name : $"{name[0]}.";

    /// <summary>The outward code only: "SW1A 1AA" → "SW1A ***".</summary>
    public static string? Postcode(string? postcode) => postcode is null ? null : $"{postcode.Split(' ')[0]} {Hidden}";

    /// <summary>The last three digits: "07700 900123" → "*** 123".</summary>
    public static string? Phone(string? phone)
    {
        if (phone is null)
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return $"{Hidden} {digits[Math.Max(0, digits.Length - 3)..]}";
    }

    public static string? Email(string? email) =>
        email is null ? null : email.IndexOf('@', StringComparison.Ordinal) is var at and > 0 ? $"{email[0]}{Hidden}{email[at..]}" : Hidden;
}
