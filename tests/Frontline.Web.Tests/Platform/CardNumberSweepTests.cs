using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Frontline.Data;
using Frontline.Data.Platform;
using Frontline.Domain.Platform;
using Frontline.Tests.Shared;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace Frontline.Web.Tests.Platform;

/// <summary>The demo centre with the log stream captured as the console would write it (after redaction).</summary>
public sealed class LogCapturingDemoFactory : FrontlineAppFactory
{
    public LogCapture Log { get; } = new();

    protected override bool SeedDemo => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Log));
    }
}

/// <summary>Every event rendered with its exception, as text.</summary>
public sealed class LogCapture : ILogEventSink
{
    private static readonly MessageTemplateTextFormatter Format = new("{Level} {Message:lj} {Properties:j}{NewLine}{Exception}", CultureInfo.InvariantCulture);
    private readonly ConcurrentQueue<string> _lines = new();

    public void Emit(LogEvent logEvent)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Format.Format(logEvent, text);
        _lines.Enqueue(text.ToString());
    }

    public string Text => string.Concat(_lines);
}

/// <summary>
/// PCI DSS 3.3/3.4/10.3: card numbers of every scheme and length, in many formats, written into every text column the
/// EF model has (discovered, so a new column is covered without editing this test) and through representative API calls;
/// then the database (files including the WAL on SQLite, every row on both engines) and the log are searched for any
/// full card number.
/// </summary>
public sealed class CardNumberSweepTests(LogCapturingDemoFactory app) : IClassFixture<LogCapturingDemoFactory>
{
    private static readonly string[] Cards = [.. TestCardNumbers.All(seed: 2026)];

    /// <summary>Text columns deliberately not scrubbed, with why (a change here is a decision, not an accident).</summary>
    private static readonly string[] ExpectedExclusions =
    [
        "ApiToken.TokenHash: secret", "Case.Reference: made by the system", "CustomerSecret.Hash: secret", "IdentityVerification.OneTimeCodeHash: secret",
        "StaffAccount.ConcurrencyStamp: Identity hash or stamp", "StaffAccount.PasswordHash: Identity hash or stamp",
        "StaffAccount.SecurityStamp: Identity hash or stamp",
    ];

    [Fact]
    public async Task EveryTextColumn_AndTheLog_HoldNoFullCardNumber()
    {
        var written = new List<string>();
        await WriteThroughTheApiAsync(written);
        var (columns, skipped) = await WriteIntoEveryTextColumnAsync(written);
        columns.ShouldBeGreaterThan(80);

        var found = new List<string>();
        foreach (var (where, text) in await StoredTextAsync())
        {
            found.AddRange(FullCardNumbersIn(text).Select(card => $"{where}: {card}"));
        }

        found.ShouldBeEmpty();
        FullCardNumbersIn(app.Log.Text).ShouldBeEmpty();
        app.Log.Text.ShouldContain(TestCardNumbers.Masked(Cards[3]), customMessage: "the binding error reached the log, masked");
        // What was written did get through, masked: the sweep wrote what it says it wrote.
        written.Count.ShouldBeGreaterThan(columns);
        skipped.ShouldAllBe(s => s.EndsWith("too short for a card number", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScrubbedColumns_AreEveryTextColumnOfTheModel_ExceptTheListedSecrets()
    {
        var exclusions = await app.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .Where(t => t.ClrType != typeof(AuditEntry))
            .SelectMany(t => t.GetProperties().Where(p => p.ClrType == typeof(string)).Select(p => (t, p)))
            .Select(x => (x.t, x.p, Why: CardNumberScrubber.ExclusionOf(x.p)))
            .Where(x => x.Why is not null and not "key" and not "foreign key")
            .Select(x => $"{x.t.ClrType.Name}.{x.p.Name}: {x.Why}")
            .Order(StringComparer.Ordinal)
            .ToList()));
        exclusions.ShouldBe(ExpectedExclusions.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task CaseReference_WhoseDigitsPassLuhn_IsStoredAsMade()
    {
        // 20261123 + 100004 passes the Luhn check: as free text it would be masked, as a reference it must survive.
        const string reference = "CS-20261123-100004";
        CardNumberRedactor.ContainsCardNumber(reference).ShouldBeTrue();
        var stored = await app.WithDbAsync(async db =>
        {
            var customer = new Frontline.Domain.Customers.Customer { Reference = "SWEEP-REF-1", FirstName = "Ref", LastName = "Case", CreatedAt = DateTime.UtcNow };
            var @case = new Frontline.Domain.Cases.Case { CustomerId = customer.Id, Summary = "Reference check", Reference = reference };
            db.AddRange(customer, @case);
            await db.SaveChangesAsync();
            return await db.Set<Frontline.Domain.Cases.Case>().AsNoTracking().Where(c => c.Id == @case.Id).Select(c => c.Reference).SingleAsync();
        });
        stored.ShouldBe(reference);
    }

    [Fact]
    public async Task Scrub_CoversEveryTextColumn_OfAnAddedRecordOfEveryType()
    {
        // Also the tables the demo leaves empty: a record of every type, added (not saved), every text column a card.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var checkedColumns = 0;
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.ClrType != typeof(AuditEntry) && !t.HasSharedClrType))
        {
            var entity = RuntimeHelpers.GetUninitializedObject(type.ClrType);
            var entry = db.Entry(entity);
            foreach (var key in type.GetProperties().Where(p => p.IsKey() && p.ClrType == typeof(string)))
            {
                entry.Property(key).CurrentValue = "key";
            }

            entry.State = EntityState.Added;
            foreach (var text in CardNumberScrubber.TextPropertiesOf(type).Where(t => t.Json is null))
            {
                entry.Property(text.Property).CurrentValue = $"card 4111 1111 1111 1111 in {text.Property.Name}";
            }

            CardNumberScrubber.Scrub([entry]);
            foreach (var text in CardNumberScrubber.TextPropertiesOf(type).Where(t => t.Json is null))
            {
                ((string)entry.Property(text.Property).CurrentValue!).ShouldBe($"card 411111******1111 in {text.Property.Name}");
                checkedColumns++;
            }

            entry.State = EntityState.Detached;
        }

        checkedColumns.ShouldBeGreaterThan(100);
    }

    private async Task WriteThroughTheApiAsync(List<string> written)
    {
        using var admin = await app.AdminAsync();
        var card = Cards[0];
        var team = TestCardNumbers.Formats(card).ElementAt(3);
        written.Add(team);
        (await admin.PostAsJsonAsync("/api/v1/teams", new { name = $"Team {team}" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var formats = TestCardNumbers.Formats(Cards[1]).ToArray();
        written.AddRange(formats);
        var customer = await admin.PostAsJsonAsync("/api/v1/customers", new
        {
            firstName = "ref" + Cards[1] + "x",
            lastName = formats[5],
            addressLines = new[] { formats[6], formats[7], formats[8] },
            phones = new[] { "07700 900123" },
            communicationNeeds = formats[9],
        });
        customer.StatusCode.ShouldBe(HttpStatusCode.Created, await customer.Content.ReadAsStringAsync());

        var token = await admin.PostAsJsonAsync("/api/v1/auth/tokens", new
        {
            username = "admin", password = FrontlineAppFactory.AdminPassword, name = $"card{Cards[2]}", expiresInDays = 1,
        });
        token.StatusCode.ShouldBe(HttpStatusCode.Created);
        written.Add(Cards[2]);

        // A binding error that echoes the value typed: the answer and the log carry it masked.
        var bad = await admin.GetAsync($"/api/v1/contacts?limit={Cards[3]}");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldNotContain(Cards[3]);
        written.Add(Cards[3]);
    }

    /// <summary>One record of every type that has one: every text column (and every string in a JSON column) a card.</summary>
    private async Task<(int Columns, List<string> Skipped)> WriteIntoEveryTextColumnAsync(List<string> written)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var columns = 0;
        var skipped = new List<string>();
        var formats = Cards.SelectMany(TestCardNumbers.Formats).ToArray();
        var next = 0;
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.ClrType != typeof(AuditEntry)))
        {
            var record = await FirstOfAsync(db, type);
            if (record is null)
            {
                continue;
            }

            var entry = db.Entry(record);
            foreach (var text in CardNumberScrubber.TextPropertiesOf(type))
            {
                var max = text.Property.GetMaxLength() ?? int.MaxValue;
                string? Pick()
                {
                    for (var tries = 0; tries < formats.Length; tries++)
                    {
                        var candidate = formats[next++ % formats.Length];
                        if (candidate.Length <= max)
                        {
                            return candidate;
                        }
                    }

                    return null;
                }

                if (text.Json is null)
                {
                    if (Pick() is not { } value)
                    {
                        skipped.Add($"{type.ClrType.Name}.{text.Property.Name}: too short for a card number");
                        continue;
                    }

                    entry.Property(text.Property).CurrentValue = value;
                    written.Add(value);
                    columns++;
                }
                else if (entry.Property(text.Property).CurrentValue is { } current
                    && WithCardsInStrings(text, current, Pick, written) is { } replaced)
                {
                    entry.Property(text.Property).CurrentValue = replaced;
                    columns++;
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return (columns, skipped);
    }

    private static async Task<object?> FirstOfAsync(FrontlineDbContext db, IEntityType type)
    {
        var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
            .MakeGenericMethod(type.ClrType).Invoke(db, null)!;
        return await set.FirstOrDefaultAsync();
    }

    /// <summary>Each string leaf of the stored JSON replaced by a card where the value still reads back (enum names do not).</summary>
    private static object? WithCardsInStrings(CardNumberScrubber.TextProperty text, object current, Func<string?> pick, List<string> written)
    {
        var root = JsonNode.Parse((string)text.Json!.ConvertToProvider(current)!);
        var changed = false;
        foreach (var leaf in Leaves(root).ToList())
        {
            if (pick() is not { } card)
            {
                continue;
            }

            var original = leaf.GetValue<string>();
            var (parent, name, index) = (leaf.Parent, leaf.Parent is JsonObject ? leaf.GetPropertyName() : null, leaf.Parent is JsonArray ? leaf.GetElementIndex() : -1);
            Set(parent, name, index, card);
            try
            {
                text.Json.ConvertFromProvider(root!.ToJsonString());
                written.Add(card);
                changed = true;
            }
            catch (Exception error) when (error is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
            {
                Set(parent, name, index, original);
            }
        }

        return changed ? text.Json.ConvertFromProvider(root!.ToJsonString()) : null;
    }

    private static IEnumerable<JsonValue> Leaves(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out _) => [value],
        JsonObject obj => obj.SelectMany(p => Leaves(p.Value)),
        JsonArray array => array.SelectMany(Leaves),
        _ => [],
    };

    private static void Set(JsonNode? parent, string? name, int index, string value)
    {
        if (parent is JsonObject obj)
        {
            obj[name!] = value;
        }
        else if (parent is JsonArray array)
        {
            array[index] = value;
        }
    }

    /// <summary>Every row of every table as text, and on SQLite the database files themselves (main file and WAL).</summary>
    private async Task<List<(string Where, string Text)>> StoredTextAsync()
    {
        var stored = new List<(string, string)>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = app.Provider == "Postgres"
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                : "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var text = new StringBuilder();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\u0001');
                }
            }

            stored.Add((table, text.ToString()));
        }

        if (app.Provider == "Sqlite")
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
            foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var memory = new MemoryStream();
                await stream.CopyToAsync(memory);
                // Text is stored as UTF-8; every other byte becomes a separator the search cannot join across.
                stored.Add((Path.GetFileName(file), Encoding.Latin1.GetString(memory.ToArray())));
            }
        }

        return stored;
    }

    /// <summary>The written card numbers found in <paramref name="text"/>, in any grouping, glued to letters or not.</summary>
    private static List<string> FullCardNumbersIn(string text)
    {
        var digits = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // Separators (anything not a letter) dropped; letters kept as breaks, so the search spans the formats written.
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (char.IsLetter(c) || c == '*' || c == '\u0001')
            {
                digits.Append('|');
            }
        }

        var all = digits.ToString();
        return [.. Cards.Where(card => all.Contains(card, StringComparison.Ordinal))];
    }
}
