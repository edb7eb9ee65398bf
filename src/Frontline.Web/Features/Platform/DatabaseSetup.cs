using System.Data.Common;
using Frontline.Data;
using Frontline.Data.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Frontline.Web.Features.Platform;

/// <summary>
/// Chooses the database engine from configuration: <c>Database:Provider</c> = <c>Sqlite</c> (default) or
/// <c>Postgres</c>, and <c>ConnectionStrings:Frontline</c>. Each engine has its own migrations assembly.
/// </summary>
public static class DatabaseSetup
{
    public const string DefaultSqlitePath = "data/frontline.db";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value) || value.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }

        if (value.Equals("postgres", StringComparison.OrdinalIgnoreCase) || value.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Postgres;
        }

        throw new InvalidOperationException($"Database:Provider '{value}' is not supported; use Sqlite or Postgres.");
    }

    public static IServiceCollection AddFrontlineDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ProviderFrom(configuration);
        var connectionString = configuration.GetConnectionString("Frontline");
        if (provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(DefaultSqlitePath))!);
            connectionString = $"Data Source={DefaultSqlitePath}";
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:Frontline must be set when Database:Provider is Postgres.");
        }

        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddDbContext<FrontlineDbContext>((services, options) =>
        {
            Configure(options, provider, connectionString);
            if (services.GetService<StaffSessionInvalidation>() is { } invalidation)
            {
                options.AddInterceptors(invalidation);
            }
        });
        if (provider == DatabaseProvider.Sqlite)
        {
            services.AddHostedService(sp => new SqliteCheckpointer(connectionString, sp.GetRequiredService<ILogger<SqliteCheckpointer>>()));
        }

        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly("Frontline.Migrations.Sqlite"))
                    .AddInterceptors(SqliteConnectionSettings.Instance);
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly("Frontline.Migrations.Postgres"));
                break;
        }
    }

    /// <summary>Applies pending migrations; on SQLite also turns on WAL so readers do not block the writer.</summary>
    public static async Task MigrateAsync(FrontlineDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}

/// <summary>
/// Settings every SQLite connection gets (they are per connection):
/// <list type="bullet">
/// <item>In WAL mode, <c>synchronous=NORMAL</c> syncs at checkpoints rather than on every commit: the database cannot be
/// corrupted, and only the last commits before a power cut (not an application crash) can be lost. It halves the cost
/// of each write, and every change here is a write to the audit chain as well.</item>
/// <item><c>wal_autocheckpoint=0</c>: checkpoints are taken by <see cref="SqliteCheckpointer"/> in the background
/// instead of inside whichever commit crosses 1,000 log pages, which every queued write then waited for.</item>
/// </list>
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=0;";
        command.ExecuteNonQuery();
    }
}
