namespace Frontline.Data;

/// <summary>The database engines Frontline runs on: SQLite embedded by default, PostgreSQL in production.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
