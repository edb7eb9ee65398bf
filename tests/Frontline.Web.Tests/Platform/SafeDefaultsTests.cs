using Frontline.Domain.People;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Frontline.Web.Tests.Platform;

/// <summary>Started as in production: no demo setting given, no administrator password given, output not a terminal.</summary>
public sealed class ProductionStartFactory : FrontlineAppFactory
{
    public string PasswordFile { get; } = Path.Combine(Path.GetTempPath(), $"frontline-admin-{Guid.NewGuid():N}", "admin-password.txt");

    public LogCapture Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Frontline:SeedDemo", null);
        builder.UseSetting("Frontline:AdminPassword", null);
        builder.UseSetting("Frontline:AdminPasswordFile", PasswordFile);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Log));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // xunit disposes the fixture both synchronously and asynchronously: the folder may already be gone.
        var folder = Path.GetDirectoryName(PasswordFile)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>Safe defaults outside Development: no demo accounts, the generated password kept out of the log stream.</summary>
public sealed class SafeDefaultsTests(ProductionStartFactory app) : IClassFixture<ProductionStartFactory>
{
    [Fact]
    public async Task ProductionStart_SeedsNoDemoCentre_OnlyTheAdministrator()
    {
        var usernames = await app.WithDbAsync(db => db.Set<StaffMember>().Select(s => s.Username).ToListAsync());
        usernames.ShouldBe(["admin"]);
    }

    [Fact]
    public async Task GeneratedAdminPassword_IsInAnOwnerOnlyFile_NotInTheLog_AndSignsIn()
    {
        _ = app.Services; // started
        File.Exists(app.PasswordFile).ShouldBeTrue("output is not a terminal here, so the password goes to the file");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(app.PasswordFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var password = (await File.ReadAllTextAsync(app.PasswordFile)).Trim();
        password.Length.ShouldBeGreaterThanOrEqualTo(16);
        app.Log.Text.ShouldNotContain(password);
        (await app.TokenForAsync("admin", password)).ShouldStartWith("flt_");
    }
}
