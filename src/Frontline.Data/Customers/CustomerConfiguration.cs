using Frontline.Data.Platform;
using Frontline.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Data.Customers;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    /// <summary>
    /// Search indexes compare bytes ("C" collation on PostgreSQL, BINARY on SQLite) so that a prefix range
    /// <c>key &gt;= 'smi' AND key &lt; 'smj'</c> and the index order agree whatever the database's locale.
    /// </summary>
    public const string SearchCollation = SearchIndex.Collation;

    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("Customers");
        builder.Property(c => c.Reference).HasMaxLength(Customer.MaxReferenceLength);
        builder.HasIndex(c => c.Reference).IsUnique().UseCollation(SearchCollation);
        builder.Property(c => c.FirstName).HasMaxLength(Customer.MaxNameLength);
        builder.Property(c => c.LastName).HasMaxLength(Customer.MaxNameLength);
        builder.Property(c => c.Postcode).HasMaxLength(10);
        builder.Property(c => c.Email).HasMaxLength(Customer.MaxEmailLength);
        builder.Property(c => c.AddressLines).HasJsonConversion(1000);
        builder.Property(c => c.Phones).HasJsonConversion(200);
        builder.Property(c => c.ProductIds).HasJsonConversion();
        builder.Property(c => c.PreferredChannel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.CommunicationNeeds).HasMaxLength(Customer.MaxNeedsLength);
        builder.Property(c => c.SecurityQuestion).HasMaxLength(Customer.MaxQuestionLength);
        builder.Ignore(c => c.FullName);

        builder.Property(c => c.FirstNameKey).HasMaxLength(Customer.MaxNameLength);
        builder.Property(c => c.LastNameKey).HasMaxLength(Customer.MaxNameLength);
        builder.Property(c => c.PostcodeKey).HasMaxLength(10);
        builder.Property(c => c.PhoneKey).HasMaxLength(20);
        builder.Property(c => c.AltPhoneKey).HasMaxLength(20);
        builder.Property(c => c.EmailKey).HasMaxLength(Customer.MaxEmailLength);
        builder.HasIndex(c => new { c.LastNameKey, c.FirstNameKey }).UseCollation(SearchCollation, SearchCollation);
        builder.HasIndex(c => new { c.FirstNameKey, c.LastNameKey }).UseCollation(SearchCollation, SearchCollation);
        builder.HasIndex(c => c.PostcodeKey).UseCollation(SearchCollation);
        builder.HasIndex(c => c.PhoneKey).UseCollation(SearchCollation);
        builder.HasIndex(c => c.AltPhoneKey).UseCollation(SearchCollation);
        builder.HasIndex(c => c.EmailKey).UseCollation(SearchCollation);
    }
}

internal sealed class CustomerVulnerabilityConfiguration : IEntityTypeConfiguration<CustomerVulnerability>
{
    public void Configure(EntityTypeBuilder<CustomerVulnerability> builder)
    {
        builder.ToTable("CustomerVulnerabilities");
        builder.HasKey(v => v.CustomerId);
        builder.HasOne<Customer>().WithOne().HasForeignKey<CustomerVulnerability>(v => v.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Drivers).HasJsonConversion(200);
        builder.Property(v => v.Circumstances).HasMaxLength(CustomerVulnerability.MaxTextLength);
        builder.Property(v => v.NeedsAndAdjustments).HasMaxLength(CustomerVulnerability.MaxTextLength);
        builder.HasIndex(v => v.ReviewDate);
    }
}

internal sealed class AuthorisedThirdPartyConfiguration : IEntityTypeConfiguration<AuthorisedThirdParty>
{
    public void Configure(EntityTypeBuilder<AuthorisedThirdParty> builder)
    {
        builder.ToTable("AuthorisedThirdParties");
        builder.HasOne<Customer>().WithMany().HasForeignKey(t => t.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.CustomerId);
        builder.Property(t => t.FullName).HasMaxLength(AuthorisedThirdParty.MaxNameLength);
        builder.Property(t => t.Authority).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Postcode).HasMaxLength(10);
        builder.Property(t => t.DocumentReference).HasMaxLength(100);
        builder.Property(t => t.SecurityQuestion).HasMaxLength(Customer.MaxQuestionLength);
    }
}

internal sealed class CustomerSecretConfiguration : IEntityTypeConfiguration<CustomerSecret>
{
    public void Configure(EntityTypeBuilder<CustomerSecret> builder)
    {
        builder.ToTable("CustomerSecrets");
        builder.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.CustomerId, s.ThirdPartyId });
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Hash).HasMaxLength(200);
    }
}

internal sealed class IdentityVerificationConfiguration : IEntityTypeConfiguration<IdentityVerification>
{
    public void Configure(EntityTypeBuilder<IdentityVerification> builder)
    {
        builder.ToTable("IdentityVerifications");
        builder.HasOne<Customer>().WithMany().HasForeignKey(v => v.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.CustomerId, v.StartedAt });
        builder.HasIndex(v => v.ContactId);
        builder.Property(v => v.Channel).HasMaxLength(20);
        builder.Property(v => v.TargetLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.LevelReached).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Challenge).HasJsonConversion(500);
        builder.Property(v => v.Results).HasJsonConversion(500);
        builder.Property(v => v.OneTimeCodeHash).HasMaxLength(200);
    }
}

internal sealed class VerificationLockoutConfiguration : IEntityTypeConfiguration<VerificationLockout>
{
    public void Configure(EntityTypeBuilder<VerificationLockout> builder)
    {
        builder.ToTable("VerificationLockouts");
        builder.HasKey(l => l.CustomerId);
        builder.HasOne<Customer>().WithOne().HasForeignKey<VerificationLockout>(l => l.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CustomerAlertConfiguration : IEntityTypeConfiguration<CustomerAlert>
{
    public void Configure(EntityTypeBuilder<CustomerAlert> builder)
    {
        builder.ToTable("CustomerAlerts");
        builder.HasOne<Customer>().WithMany().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.AcknowledgedAt, a.RaisedAt });
        builder.Property(a => a.Kind).HasMaxLength(40);
        builder.Property(a => a.Message).HasMaxLength(500);
    }
}

internal sealed class IdvPolicyConfiguration : IEntityTypeConfiguration<IdvPolicy>
{
    public void Configure(EntityTypeBuilder<IdvPolicy> builder)
    {
        builder.ToTable("IdvPolicies");
        builder.Property(p => p.EnabledFactors).HasJsonConversion(500);
        builder.Property(p => p.Rules).HasJsonConversion(4000);
        builder.Property(p => p.Requirements).HasJsonConversion(8000);
        builder.Property(p => p.UnlistedActionLevel).HasConversion<string>().HasMaxLength(20);
    }
}

/// <summary>The collation of the customer search indexes on PostgreSQL; queries compare in the same one.</summary>
public static class SearchIndex
{
    public const string Collation = "C";
}
