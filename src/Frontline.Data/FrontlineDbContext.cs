using Frontline.Data.Platform;
using Frontline.Domain.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Frontline.Data;

/// <summary>
/// The one database context. Each module contributes <c>IEntityTypeConfiguration</c> classes in
/// <c>Frontline.Data/&lt;Module&gt;/</c>; every save writes the audit trail in the same transaction.
/// </summary>
public class FrontlineDbContext(DbContextOptions<FrontlineDbContext> options, IAuditActor? actor = null)
    : IdentityDbContext<StaffAccount, IdentityRole<Guid>, Guid>(options)
{
    private readonly IAuditActor _actor = actor ?? SystemActor.Instance;

    /// <summary>Set false for bulk imports whose rows are audited as one summary entry by the caller.</summary>
    public bool AuditEachRecord { get; set; } = true;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DatabaseProvider Provider => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true
        ? DatabaseProvider.Postgres
        : DatabaseProvider.Sqlite;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FrontlineDbContext).Assembly);

        // Instants are stored as UTC DateTime on both engines (comparable in SQL on SQLite too);
        // reading them back marks them UTC so that Npgsql's timestamptz and JSON output agree.
        var utc = new ValueConverter<DateTime, DateTime>(v => v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        var utcNullable = new ValueConverter<DateTime?, DateTime?>(
            v => v.HasValue ? v.Value.ToUniversalTime() : v,
            v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.ClrType == typeof(DateTime))
                {
                    property.SetValueConverter(utc);
                }
                else if (property.ClrType == typeof(DateTime?))
                {
                    property.SetValueConverter(utcNullable);
                }

                if (property.Name == nameof(IVersioned.Version) && typeof(IVersioned).IsAssignableFrom(entity.ClrType))
                {
                    property.IsConcurrencyToken = true;
                }
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var changed = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry)
            .ToList();
        if (changed.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        foreach (var entry in changed)
        {
            if (entry is { State: EntityState.Modified, Entity: IVersioned versioned })
            {
                // Through the entry, so the change is tracked without another scan of every tracked record.
                entry.Property(nameof(IVersioned.Version)).CurrentValue = versioned.Version + 1;
            }
        }

        // Card numbers masked in every text value about to be written, before the audit trail describes the values.
        CardNumberScrubber.Scrub(changed);
        var changes = AuditTrail.Describe(changed, AuditEachRecord);

        // SQLite has one writer: take this process's chain lock before the transaction begins, so concurrent saves
        // queue here instead of failing with SQLITE_BUSY inside their transactions.
        var holdsProcessLock = await AuditTrail.EnterProcessLockAsync(this, cancellationToken);
        IDbContextTransaction? ownTransaction = null;
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            // The records first (on PostgreSQL concurrent saves do this in parallel), then their audit entries under the
            // chain lock. Changes were detected above: skip EF's second scan of every tracked record (for a
            // 10,000-contact batch that scan is most of the save).
            ChangeTracker.AutoDetectChangesEnabled = false;
            var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            await AuditTrail.AppendAsync(this, changes, _actor, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            if (acceptAllChangesOnSuccess)
            {
                ChangeTracker.AcceptAllChanges();
            }

            return result;
        }
        catch
        {
            foreach (var entry in changed)
            {
                if (entry is { State: EntityState.Modified, Entity: IVersioned versioned })
                {
                    entry.Property(nameof(IVersioned.Version)).CurrentValue = versioned.Version - 1;
                }
            }

            throw;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }

            if (holdsProcessLock)
            {
                AuditTrail.ReleaseProcessLock();
            }
        }
    }
}
