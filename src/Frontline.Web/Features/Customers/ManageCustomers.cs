using System.Globalization;
using System.Security.Cryptography;
using Frontline.Data;
using Frontline.Domain.Catalogue;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Customers;

/// <summary>Checks shared by creating and editing customers: dates of birth against today, products that exist.</summary>
internal static class CustomerChecks
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static async Task CheckProductsAsync(FrontlineDbContext db, IReadOnlyList<Guid>? productIds, CancellationToken cancellationToken)
    {
        if (productIds is not { Count: > 0 })
        {
            return;
        }

        var ids = productIds.Distinct().ToList();
        var known = await db.Set<Product>().Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var unknown = ids.Except(known).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainException("customer.product-unknown", $"There is no product with id {unknown[0]}.", DomainErrorKind.Invalid, "productIds");
        }
    }

    public static List<string> Clean(IEnumerable<string>? values) =>
        values?.Select(v => v.Trim()).Where(v => v.Length > 0).ToList() ?? [];
}

/// <summary>Creates a customer record; the reference is generated (<c>CUS</c> and eight digits) when not given.</summary>
public sealed class CreateCustomer(FrontlineDbContext db, TimeProvider clock)
{
    public async Task<Customer> ExecuteAsync(CreateCustomerRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        CustomerRules.CheckDateOfBirth(request.DateOfBirth, CustomerChecks.Today(clock));
        await CustomerChecks.CheckProductsAsync(db, request.ProductIds, cancellationToken);
        var reference = request.Reference is { } given ? SearchKeys.Reference(given) : await NewReferenceAsync(cancellationToken);
        if (await db.Set<Customer>().AnyAsync(c => c.Reference == reference, cancellationToken))
        {
            throw new DomainException("customer.reference-taken", $"The customer reference {reference} is already in use.", DomainErrorKind.Conflict, "reference");
        }

        var customer = new Customer
        {
            Reference = reference,
            FirstName = request.FirstName.Trim(),
            LastName = request.LastName.Trim(),
            DateOfBirth = request.DateOfBirth,
            Postcode = request.Postcode is { } postcode ? CustomerRules.FormatPostcode(postcode) : null,
            AddressLines = CustomerChecks.Clean(request.AddressLines),
            Phones = CustomerChecks.Clean(request.Phones),
            Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(),
            PreferredChannel = request.PreferredChannel,
            CommunicationNeeds = CardNumberRedactor.Redact(request.CommunicationNeeds?.Trim()),
            ProductIds = request.ProductIds?.Distinct().ToList() ?? [],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        return customer;
    }

    private async Task<string> NewReferenceAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var candidate = "CUS" + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
            if (!await db.Set<Customer>().AnyAsync(c => c.Reference == candidate, cancellationToken))
            {
                return candidate;
            }
        }
    }
}

/// <summary>
/// Edits a customer. An agent changing contact details must have verified the customer in the contact at the
/// level the policy sets for <c>change-of-address</c>; team leaders, managers and administrators correct
/// records in the back office (every change is audited either way).
/// </summary>
public sealed class UpdateCustomer(FrontlineDbContext db, TimeProvider clock, CurrentStaff me, IIdentityAssurance assurance)
{
    public async Task<Customer> ExecuteAsync(Guid id, UpdateCustomerRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var customer = await db.Set<Customer>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw DomainException.NotFound("customer");
        if (request.Version != customer.Version)
        {
            throw new DomainException("version.stale",
                $"This customer was changed by someone else (version {customer.Version}, yours {request.Version}). Reload and apply your change again.",
                DomainErrorKind.Conflict);
        }

        if (request.ChangesContactDetails && !me.IsInAnyRole(Roles.TeamLeader, Roles.Manager, Roles.Administrator))
        {
            await assurance.RequireAsync(id, request.ContactId, IdvPolicy.ChangeOfAddress, request.Channel ?? "phone", cancellationToken);
        }

        CustomerRules.CheckDateOfBirth(request.DateOfBirth, CustomerChecks.Today(clock));
        await CustomerChecks.CheckProductsAsync(db, request.ProductIds, cancellationToken);
        customer.FirstName = request.FirstName?.Trim() ?? customer.FirstName;
        customer.LastName = request.LastName?.Trim() ?? customer.LastName;
        customer.DateOfBirth = request.DateOfBirth ?? customer.DateOfBirth;
        if (request.Postcode is { } postcode)
        {
            customer.Postcode = CustomerRules.FormatPostcode(postcode);
        }

        if (request.AddressLines is { } lines)
        {
            customer.AddressLines = CustomerChecks.Clean(lines);
        }

        if (request.Phones is { } phones)
        {
            customer.Phones = CustomerChecks.Clean(phones);
        }

        if (request.Email is { } email)
        {
            customer.Email = email.Trim().Length == 0 ? null : email.Trim();
        }

        customer.PreferredChannel = request.PreferredChannel ?? customer.PreferredChannel;
        if (request.CommunicationNeeds is { } needs)
        {
            customer.CommunicationNeeds = needs.Trim().Length == 0 ? null : CardNumberRedactor.Redact(needs.Trim());
        }

        if (request.ProductIds is { } products)
        {
            customer.ProductIds = [.. products.Distinct()];
        }

        await db.SaveChangesAsync(cancellationToken);
        return customer;
    }
}

/// <summary>Records, replaces or removes (consent withdrawn) a customer's vulnerability under FG21/1.</summary>
public sealed class RecordVulnerability(FrontlineDbContext db, TimeProvider clock, CurrentStaff me)
{
    public async Task<CustomerVulnerability> ExecuteAsync(Guid customerId, RecordVulnerabilityRequest request, CancellationToken cancellationToken)
    {
        if (!await db.Set<Customer>().AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            throw DomainException.NotFound("customer");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        CustomerVulnerability.Check(request.Drivers, request.ConsentRecorded, request.ReviewDate!.Value, DateOnly.FromDateTime(now));
        var record = await db.Set<CustomerVulnerability>().SingleOrDefaultAsync(v => v.CustomerId == customerId, cancellationToken);
        if (record is null)
        {
            record = new CustomerVulnerability { CustomerId = customerId, NeedsAndAdjustments = "", ConsentRecordedAt = now };
            db.Add(record);
        }
        else if (request.Version is not { } version || version != record.Version)
        {
            throw new DomainException("version.stale", "The vulnerability record was changed by someone else (or no version was sent). Reload and apply your change again.",
                DomainErrorKind.Conflict);
        }

        record.Drivers = [.. request.Drivers.Distinct()];
        record.Circumstances = CardNumberRedactor.Redact(request.Circumstances?.Trim());
        record.NeedsAndAdjustments = CardNumberRedactor.Redact(request.NeedsAndAdjustments.Trim())!;
        record.ConsentRecorded = true;
        record.Temporary = request.Temporary;
        record.ReviewDate = request.ReviewDate.Value;
        record.RecordedBy = me.Id;
        record.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    /// <summary>The customer withdrew consent (or the circumstances ended): the record is deleted, the deletion audited.</summary>
    public async Task RemoveAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var record = await db.Set<CustomerVulnerability>().SingleOrDefaultAsync(v => v.CustomerId == customerId, cancellationToken)
            ?? throw DomainException.NotFound("vulnerability record");
        db.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Records people authorised to act for a customer (power of attorney, deputy, representative).</summary>
public sealed class AddThirdParty(FrontlineDbContext db, TimeProvider clock)
{
    public async Task<AuthorisedThirdParty> ExecuteAsync(Guid customerId, AddThirdPartyRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        if (!await db.Set<Customer>().AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            throw DomainException.NotFound("customer");
        }

        var today = CustomerChecks.Today(clock);
        CustomerRules.CheckDateOfBirth(request.DateOfBirth, today);
        if (request.ValidUntil is { } until && until < today)
        {
            throw new DomainException("third-party.expired", "The authority has already ended.", DomainErrorKind.Invalid, "validUntil");
        }

        var party = new AuthorisedThirdParty
        {
            CustomerId = customerId,
            FullName = request.FullName.Trim(),
            Authority = request.Authority!.Value,
            DateOfBirth = request.DateOfBirth,
            Postcode = request.Postcode is { } postcode ? CustomerRules.FormatPostcode(postcode) : null,
            DocumentReference = CardNumberRedactor.Redact(request.DocumentReference?.Trim()),
            ValidUntil = request.ValidUntil,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(party);
        await db.SaveChangesAsync(cancellationToken);
        return party;
    }
}

/// <summary>
/// Sets the security question and answer and/or the passcode, hashed (the passcode one character per row).
/// Managers and administrators may do it directly; anyone else needs the <c>set-secrets</c> level in the contact.
/// </summary>
public sealed class SetCustomerSecrets(FrontlineDbContext db, TimeProvider clock, CurrentStaff me, IIdentityAssurance assurance)
{
    public async Task ExecuteAsync(Guid customerId, SetSecretsRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var customer = await db.Set<Customer>().SingleOrDefaultAsync(c => c.Id == customerId, cancellationToken) ?? throw DomainException.NotFound("customer");
        AuthorisedThirdParty? thirdParty = null;
        if (request.ThirdPartyId is { } party)
        {
            thirdParty = await db.Set<AuthorisedThirdParty>().SingleOrDefaultAsync(t => t.Id == party && t.CustomerId == customerId, cancellationToken)
                ?? throw new DomainException("third-party.unknown", "The third party is not recorded for this customer.", DomainErrorKind.Invalid, "thirdPartyId");
        }

        if (!me.IsInAnyRole(CustomerRoles.BackOffice))
        {
            await assurance.RequireAsync(customerId, request.ContactId, IdvPolicy.SetSecrets, request.Channel ?? "phone", cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = db.Set<CustomerSecret>().Where(s => s.CustomerId == customerId && s.ThirdPartyId == request.ThirdPartyId);
        if (request.SecurityAnswer is { } answer)
        {
            db.RemoveRange(await existing.Where(s => s.Kind == SecretKind.SecurityAnswer).ToListAsync(cancellationToken));
            db.Add(new CustomerSecret
            {
                CustomerId = customerId, ThirdPartyId = request.ThirdPartyId, Kind = SecretKind.SecurityAnswer,
                Hash = SecretHash.Create(SecretHash.NormaliseAnswer(answer)), SetAt = now,
            });
            if (thirdParty is null)
            {
                customer.SecurityQuestion = request.SecurityQuestion!.Trim();
            }
            else
            {
                thirdParty.SecurityQuestion = request.SecurityQuestion!.Trim();
            }
        }

        if (request.Passcode is { } passcode)
        {
            db.RemoveRange(await existing.Where(s => s.Kind == SecretKind.PasscodeCharacter).ToListAsync(cancellationToken));
            db.AddRange(passcode.Select((c, i) => new CustomerSecret
            {
                CustomerId = customerId, ThirdPartyId = request.ThirdPartyId, Kind = SecretKind.PasscodeCharacter, Position = i + 1,
                Hash = SecretHash.Create(SecretHash.PasscodeCharacter(i + 1, c)), SetAt = now,
            }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
