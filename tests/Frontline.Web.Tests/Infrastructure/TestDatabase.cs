using Npgsql;

namespace Frontline.Web.Tests.Infrastructure;

/// <summary>
/// The database a test host runs on. <c>FRONTLINE_TEST_PROVIDER</c> = <c>sqlite</c> (default) or
/// <c>postgres</c>; for PostgreSQL, <c>FRONTLINE_TEST_POSTGRES</c> is a connection string to a server
/// where the tests may create databases (test.sh starts one on loopback). Each host gets a fresh database.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(string provider, string connectionString, Action cleanup)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _cleanup = cleanup;
    }

    private readonly Action _cleanup;

    public string Provider { get; }

    public string ConnectionString { get; }

    public static string ConfiguredProvider =>
        (Environment.GetEnvironmentVariable("FRONTLINE_TEST_PROVIDER") ?? "sqlite").Trim().ToLowerInvariant();

    public static TestDatabase Create()
    {
        var provider = ConfiguredProvider;
        switch (provider)
        {
            case "sqlite":
            {
                var path = Path.Combine(Path.GetTempPath(), $"frontline-test-{Guid.NewGuid():N}.db");
                return new TestDatabase("Sqlite", $"Data Source={path};Pooling=False", () =>
                {
                    foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                    {
                        try { File.Delete(file); } catch (IOException) { }
                    }
                });
            }

            case "postgres":
            {
                var server = Environment.GetEnvironmentVariable("FRONTLINE_TEST_POSTGRES");
                if (string.IsNullOrWhiteSpace(server))
                {
                    throw new InvalidOperationException(
                        "FRONTLINE_TEST_PROVIDER=postgres needs FRONTLINE_TEST_POSTGRES (a connection string to a PostgreSQL server). Run ./test.sh, which starts one.");
                }

                var name = $"frontline_test_{Guid.NewGuid():N}";
                using (var admin = new NpgsqlConnection(server))
                {
                    admin.Open();
                    using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                    create.ExecuteNonQuery();
                }

                var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
                return new TestDatabase("Postgres", builder.ConnectionString, () =>
                {
                    NpgsqlConnection.ClearAllPools();
                    using var admin = new NpgsqlConnection(server);
                    admin.Open();
                    using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
                    drop.ExecuteNonQuery();
                });
            }

            default:
                throw new InvalidOperationException($"FRONTLINE_TEST_PROVIDER '{provider}' is not sqlite or postgres.");
        }
    }

    public void Dispose() => _cleanup();
}
