using System.Reflection;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Platform;

/// <summary>The compiler keeps Domain free of EF and ASP.NET only if nobody adds the reference: this test notices.</summary>
public sealed class ConventionTests
{
    [Fact]
    public void Domain_ReferencesNeitherEntityFrameworkNorAspNet()
    {
        var references = typeof(DomainException).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        references.ShouldNotContain(n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        references.ShouldNotContain(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        references.ShouldContain("NodaTime");
    }

    [Fact]
    public void Domain_DoesNotReadTheSystemClock()
    {
        // Time comes from an injected TimeProvider; DateTime.UtcNow in rules would make clocks untestable.
        var root = FindRepositoryRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src", "Frontline.Domain"), "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("DateTime.UtcNow", StringComparison.Ordinal)
                || File.ReadAllText(f).Contains("DateTime.Now", StringComparison.Ordinal)
                || File.ReadAllText(f).Contains("DateTimeOffset.UtcNow", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();
        offenders.ShouldBeEmpty();
    }

    public static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Frontline.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Frontline.slnx not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Domain_PublicTypesAreDocumentedOrSimpleRecords()
    {
        // Spot check: aggregates carry a <summary>; this reads the generated XML documentation.
        var xml = Path.ChangeExtension(typeof(DomainException).Assembly.Location, ".xml");
        File.Exists(xml).ShouldBeTrue();
        var text = File.ReadAllText(xml);
        text.ShouldContain("T:Frontline.Domain.Platform.Calendar.BusinessCalendar");
        text.ShouldContain("T:Frontline.Domain.Platform.AuditEntry");
        Assembly.GetAssembly(typeof(DomainException)).ShouldNotBeNull();
    }
}
