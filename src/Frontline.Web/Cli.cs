using Frontline.Data;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web;

/// <summary>
/// Maintenance commands run as <c>dotnet run --project src/Frontline.Web -- &lt;command&gt;</c>, on the same
/// configuration as the web application (<c>Database__Provider</c>, <c>ConnectionStrings__Frontline</c>).
/// </summary>
public static class Cli
{
    public static bool IsCommand(string first) => first is "audit" or "schema";

    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.Skip(2).ToArray())
            .Build();
        switch (args)
        {
            case ["audit", "verify", ..]:
                return await VerifyAuditAsync(configuration);
            case ["schema", var provider, ..]:
                return PrintSchema(provider);
            default:
                await Console.Error.WriteLineAsync("Usage: audit verify | schema sqlite|postgres");
                return 2;
        }
    }

    /// <summary>Verifies the audit chain of the configured database; 0 when intact, 1 when broken.</summary>
    public static async Task<int> VerifyAuditAsync(IConfiguration configuration)
    {
        var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddHttpContextAccessor()
            .AddFrontlineDatabase(configuration)
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var result = await VerifyAuditChain.ExecuteAsync(db, CancellationToken.None);
        await Console.Out.WriteLineAsync(result.Valid
            ? $"Audit trail intact: {result.Entries} entries verified."
            : $"Audit trail BROKEN at entry {result.FirstBrokenEntryId} ({result.Entries} entries read).");
        return result.Valid ? 0 : 1;
    }

    /// <summary>Prints the model's create script for a provider: the source of a hand-written migration's SQL.</summary>
    private static int PrintSchema(string provider)
    {
        var options = new DbContextOptionsBuilder<FrontlineDbContext>();
        DatabaseSetup.Configure(options,
            provider.Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            provider.Equals("postgres", StringComparison.OrdinalIgnoreCase) ? "Host=localhost;Database=schema" : "Data Source=:memory:");
        using var db = new FrontlineDbContext(options.Options);
        Console.Out.Write(db.Database.GenerateCreateScript());
        return 0;
    }
}
