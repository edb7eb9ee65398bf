using System.Reflection;

namespace Frontline.Data;

/// <summary>Reads the SQL script a hand-written migration embeds.</summary>
public static class MigrationScripts
{
    public static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Migration script {name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
