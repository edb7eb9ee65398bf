using System.Security.Cryptography;
using Frontline.Data;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Web.Features.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frontline.Web.Features.Platform;

/// <summary>
/// First-start set-up: the roles, the <c>admin</c> account, and (with <c>Frontline:SeedDemo</c>) the demo centre.
/// </summary>
public sealed class StartupSeeder(
    FrontlineDbContext db,
    RoleManager<IdentityRole<Guid>> roles,
    CreateStaffMember createStaff,
    IEnumerable<IDemoSeeder> demoSeeders,
    IOptions<FrontlineOptions> options,
    IHostEnvironment environment,
    ILogger<StartupSeeder> logger)
{
    public const string AdminUsername = "admin";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }

        if (await db.Set<StaffMember>().AnyAsync(s => s.Username == AdminUsername, cancellationToken))
        {
            return;
        }

        var password = options.Value.AdminPassword;
        var generated = string.IsNullOrWhiteSpace(password);
        if (generated)
        {
            password = GeneratePassword();
        }

        await createStaff.ExecuteAsync(new NewStaffMember(AdminUsername, "Centre Administrator", "admin@frontline.example",
            password!, [Roles.Administrator, Roles.Manager], null, null, 9), cancellationToken);

        var seededDemo = false;
        if (options.Value.SeedDemo ?? environment.IsDevelopment())
        {
            var context = new DemoContext(db, DataFiles.Locate(options.Value.DataDirectory));
            foreach (var seeder in demoSeeders.OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(context, cancellationToken);
            }

            seededDemo = true;
        }

        var shown = generated ? await ShowGeneratedPasswordAsync(password!, cancellationToken) : "(from Frontline__AdminPassword)";
        // On the console, not through the log sinks: a generated password only when the console is a terminal.
        await Console.Out.WriteLineAsync($"""

            ================================================================
             Frontline is ready{(seededDemo ? " with the demo centre" : "")}.
             Sign in as:  {AdminUsername}
             Password:    {shown}
            {(seededDemo ? " Demo staff sign in with the password: " + DemoContext.DemoPassword : "")}
            ================================================================

            """);
        logger.LogInformation("First start: roles and administrator created; demo centre seeded: {Seeded}", seededDemo);
    }

    /// <summary>
    /// A generated password goes to the console only when it is a terminal (a person reads it; nothing keeps it).
    /// Otherwise — a service or container whose output is collected as the log stream — it is written to
    /// <see cref="FrontlineOptions.AdminPasswordFile"/>, readable by the owner only, and the console says where.
    /// </summary>
    private async Task<string> ShowGeneratedPasswordAsync(string password, CancellationToken cancellationToken)
    {
        if (!Console.IsOutputRedirected)
        {
            return password + "   (generated: note it now, it is not shown again)";
        }

        var path = Path.GetFullPath(options.Value.AdminPasswordFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var file = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var writer = new StreamWriter(path, System.Text.Encoding.UTF8, file))
        {
            await writer.WriteLineAsync(password.AsMemory(), cancellationToken);
        }

        if (!OperatingSystem.IsWindows())
        {
            // An existing file keeps its mode on create: set it explicitly.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return $"generated, written to {path} (readable by its owner only; delete it once noted)";
    }

    private static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var chars = RandomNumberGenerator.GetItems<char>(alphabet, 16);
        // Identity requires a digit, an upper and a lower case letter: guarantee them.
        return new string(chars) + "a7Q";
    }
}

/// <summary>A module's part of the demo centre. Seeders run in <see cref="Order"/> on first start.</summary>
public interface IDemoSeeder
{
    int Order { get; }

    Task SeedAsync(DemoContext context, CancellationToken cancellationToken);
}

/// <summary>What demo seeders share: the database, a deterministic random source, and the data folder.</summary>
public sealed class DemoContext(FrontlineDbContext db, string dataDirectory)
{
    public const string DemoPassword = "Frontline-demo-2026";

    public FrontlineDbContext Db { get; } = db;

    /// <summary>Fixed seed: the same start gives the same demo centre.</summary>
    public Random Random { get; } = new(20261123);

    public string DataDirectory { get; } = dataDirectory;

    /// <summary>Values seeders pass on to later ones (e.g. staff ids by username).</summary>
    public Dictionary<string, object> Items { get; } = new(StringComparer.Ordinal);
}

/// <summary>Finds the repository's <c>data/seed</c> folder (demo files shipped with the product).</summary>
public static class DataFiles
{
    public static string Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, "seed");
        return shipped;
    }
}
