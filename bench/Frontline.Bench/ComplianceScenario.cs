using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Frontline.Data;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Compliance;
using Frontline.Web.Features.Compliance.DataProtection;
using Frontline.Web.Features.People;
using Frontline.Web.Features.Platform;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Bench;

/// <summary>
/// <c>compliance --provider sqlite|postgres --connection "..." [--contacts 10000] [--cases 200] [--complaints 50] [--subjects 3]
/// [--register-contacts 10000000] [--register-complaints 1000000]</c>: issue 9's targets. Loads customers each with that many
/// contacts, cases and (closed, retained) complaints, then times the subject access export and the erasure of each
/// (checking the audit chain afterwards), and the register's status for a quarter over the loaded volume; each beside a
/// plain-SQL floor for the same figure on the same engine in the same run.
/// </summary>
public static class ComplianceScenario
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = Scenarios.Option(args, "provider", "sqlite");
        var connection = Scenarios.Option(args, "connection", "Data Source=/tmp/frontline-bench-compliance.db");
        int Number(string name, string fallback) => int.Parse(Scenarios.Option(args, name, fallback), CultureInfo.InvariantCulture);
        var (contacts, cases, complaints, subjects) = (Number("contacts", "10000"), Number("cases", "200"), Number("complaints", "50"), Number("subjects", "3"));
        var (registerContacts, registerComplaints) = (Number("register-contacts", "10000000"), Number("register-complaints", "1000000"));
        await using var host = await BenchHost.StartAsync(provider, connection);
        var sql = new SqlText(host.Provider == DatabaseProvider.Postgres);
        SignIn(host, await OfficerAsync(host));

        // Register status for a quarter over the centre's volume (loaded once into the quarter; kept between runs).
        var quarter = (From: new DateOnly(2026, 7, 1), To: new DateOnly(2026, 9, 30));
        var loaded = await CountAsync(host, "SELECT COUNT(*) FROM \"Complaints\"");
        if (loaded < registerComplaints)
        {
            var started = Stopwatch.StartNew();
            var filler = await CustomerAsync(host, "BENCH-CMP-VOLUME");
            await LoadAsync(host, sql, filler, registerContacts, 0, registerComplaints - (int)loaded, quarter.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), 92);
            Console.WriteLine($"loaded {registerContacts:N0} contacts and {registerComplaints - loaded:N0} complaints in {started.Elapsed.TotalSeconds:0.0} s");
        }

        var status = await host.TimeAsync(3, (services, _) => services.GetRequiredService<RegisterStatus>().ForPeriodAsync(quarter.From, quarter.To, CancellationToken.None));
        var statusFloor = await host.TimeAsync(3, (services, _) => FloorAsync(services,
            $"SELECT COUNT(*), SUM(CASE WHEN \"AcknowledgedAt\" IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN \"RespondedWithinFinalDeadline\" = {sql.True} THEN 1 ELSE 0 END) " +
            $"FROM \"Complaints\" WHERE \"ReceivedAt\" >= {sql.Instant(quarter.From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))} AND \"ReceivedAt\" < {sql.Instant(quarter.To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))}"));
        Report($"register status, Q3 2026 ({provider})", status, statusFloor);

        // Subjects: each with the issue's volume, complaints closed last month (kept restricted under DISP 1.9 on erasure).
        var runId = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        var measured = new List<Guid>();
        var floors = new List<Guid>();
        for (var i = 0; i < subjects * 2; i++)
        {
            var customer = await CustomerAsync(host, $"BENCH-ERA-{runId}-{i}");
            await LoadAsync(host, sql, customer, contacts, cases, complaints, new DateTime(2026, 9, 1, 9, 0, 0, DateTimeKind.Utc), 60);
            (i % 2 == 0 ? measured : floors).Add(customer);
        }

        var sars = new List<Guid>();
        foreach (var customer in measured)
        {
            await using var scope = host.Services.CreateAsyncScope();
            sars.Add((await scope.ServiceProvider.GetRequiredService<SubjectAccessDesk>().ReceiveAsync(new ReceiveSarRequest(customer, new DateOnly(2026, 12, 1)),
                CancellationToken.None)).Id);
        }

        var export = await host.TimeAsync(sars.Count, (services, i) => services.GetRequiredService<SubjectAccessExport>().ExecuteAsync(sars[i], CancellationToken.None));
        var exportFloor = await host.TimeAsync(floors.Count, (services, i) => FloorAsync(services,
            $"SELECT * FROM \"Contacts\" WHERE \"CustomerId\" = {sql.Guid(floors[i])}",
            $"SELECT * FROM \"Cases\" WHERE \"CustomerId\" = {sql.Guid(floors[i])}",
            $"SELECT * FROM \"Complaints\" WHERE \"CustomerId\" = {sql.Guid(floors[i])}",
            $"SELECT * FROM \"Customers\" WHERE \"Id\" = {sql.Guid(floors[i])}"));
        Report($"SAR export, {contacts:N0} contacts / {cases} cases / {complaints} complaints ({provider})", export, exportFloor);

        var erasures = new List<Guid>();
        foreach (var customer in measured)
        {
            await using var scope = host.Services.CreateAsyncScope();
            erasures.Add((await scope.ServiceProvider.GetRequiredService<ErasureDesk>().ReceiveAsync(new ReceiveErasureRequest(customer, new DateOnly(2026, 12, 1)),
                CancellationToken.None)).Id);
        }

        var erase = await host.TimeAsync(erasures.Count, (services, i) => services.GetRequiredService<CarryOutErasure>().ExecuteAsync(erasures[i], new CarryOutErasureRequest(),
            CancellationToken.None));
        var eraseFloor = await host.TimeAsync(floors.Count, (services, i) => FloorAsync(services,
            $"UPDATE \"Contacts\" SET \"Notes\" = NULL, \"ExternalReference\" = NULL, \"Version\" = \"Version\" + 1 WHERE \"CustomerId\" = {sql.Guid(floors[i])}",
            $"UPDATE \"Cases\" SET \"Summary\" = '', \"Description\" = NULL, \"Version\" = \"Version\" + 1 WHERE \"CustomerId\" = {sql.Guid(floors[i])}",
            $"UPDATE \"Complaints\" SET \"RestrictedUntil\" = '2029-10-31', \"RestrictionReason\" = 'DISP 1.9', \"Version\" = \"Version\" + 1 WHERE \"CustomerId\" = {sql.Guid(floors[i])}",
            $"UPDATE \"Customers\" SET \"Email\" = NULL, \"Phones\" = '[]', \"Postcode\" = NULL, \"PostcodeKey\" = NULL, \"EmailKey\" = NULL, \"PhoneKey\" = NULL, \"FirstNameKey\" = '', \"LastNameKey\" = '', \"RestrictedUntil\" = '2029-10-31' WHERE \"Id\" = {sql.Guid(floors[i])}"));
        Report($"erasure, same customer volume ({provider})", erase, eraseFloor);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var chain = await VerifyAuditChain.ExecuteAsync(scope.ServiceProvider.GetRequiredService<FrontlineDbContext>(), CancellationToken.None);
            Console.WriteLine($"audit chain after the erasures: valid={chain.Valid} entries={chain.Entries:N0}");
            return chain.Valid ? 0 : 1;
        }
    }

    private static void Report(string what, Percentiles measured, Percentiles floor) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {measured} | plain-SQL floor {floor} | ratio p50 {measured.P50 / Math.Max(floor.P50, 0.001):0.0}x"));

    /// <summary>The floor: the same rows read (all columns, into memory) or written by plain SQL in one transaction.</summary>
    private static async Task FloorAsync(IServiceProvider services, params string[] statements)
    {
        var db = services.GetRequiredService<FrontlineDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var statement in statements)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = statement;
            await using var reader = await command.ExecuteReaderAsync();
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync())
            {
                reader.GetValues(values);
            }
        }

        await transaction.CommitAsync();
    }

    private static async Task<long> CountAsync(BenchHost host, string query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static void SignIn(BenchHost host, Guid officerId)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, officerId.ToString()), new Claim(ClaimTypes.Name, "bench.compliance"),
            new Claim(ClaimTypes.Role, Roles.ComplianceOfficer), new Claim(ClaimTypes.Role, Roles.Manager)], "bench");
        host.Services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
    }

    private static async Task<Guid> OfficerAsync(BenchHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var id = await db.Set<Frontline.Domain.People.StaffMember>().Where(s => s.Username == "bench.compliance").Select(s => (Guid?)s.Id).SingleOrDefaultAsync();
        return id ?? (await scope.ServiceProvider.GetRequiredService<CreateStaffMember>().ExecuteAsync(new NewStaffMember("bench.compliance", "Bench Compliance",
            "bench.compliance@example.test", "Bench-pass-2026", [Roles.ComplianceOfficer, Roles.Manager], null, null, 6), CancellationToken.None)).Id;
    }

    private static async Task<Guid> CustomerAsync(BenchHost host, string reference)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var existing = await db.Set<Customer>().Where(c => c.Reference == reference).Select(c => (Guid?)c.Id).SingleOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var customer = new Customer
        {
            Reference = reference, FirstName = "Bench", LastName = "Subject", Email = $"{reference.ToLowerInvariant()}@example.test", Phones = ["07700 900000"],
            Postcode = "LS1 4AP", CreatedAt = DateTime.UtcNow,
        };
        db.Add(customer);
        await db.SaveChangesAsync();
        return customer.Id;
    }

    /// <summary>Multi-row INSERTs of a customer's contacts, cases and closed complaints spread over <paramref name="days"/> (test data: no audit trail).</summary>
    private static async Task LoadAsync(BenchHost host, SqlText sql, Guid customer, int contacts, int cases, int complaints, DateTime start, int days)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        var random = new Random(customer.GetHashCode());
        DateTime At() => start.AddMinutes(random.NextDouble() * days * 1440);
        await InsertAsync(connection, "\"Contacts\" (\"Id\",\"CustomerId\",\"Channel\",\"Direction\",\"OfferedAt\",\"AnsweredAt\",\"EndedAt\",\"Outcome\",\"Notes\",\"CreatedAt\",\"Version\")",
            contacts, _ =>
            {
                var at = At();
                return $"({sql.Guid(Guid.CreateVersion7())},{sql.Guid(customer)},'phone','inbound',{sql.Instant(at)},{sql.Instant(at.AddSeconds(40))},{sql.Instant(at.AddMinutes(6))},'resolved','Customer asked about their balance and a direct debit.',{sql.Instant(at)},1)";
            });
        await InsertAsync(connection, "\"Cases\" (\"Id\",\"Reference\",\"CustomerId\",\"Summary\",\"Description\",\"Category\",\"Priority\",\"Status\",\"TargetMinutes\",\"DueAt\",\"LastCustomerUpdateAt\",\"ClosedAt\",\"CreatedAt\",\"Version\")",
            cases, i =>
            {
                var at = At();
                return $"({sql.Guid(Guid.CreateVersion7())},'BC-{customer.ToString("N")[..10]}-{i}',{sql.Guid(customer)},'Refund query','The customer wants a refund of a duplicated fee.','general-enquiry','Normal','Closed',2400,{sql.Instant(at.AddDays(5))},{sql.Instant(at)},{sql.Instant(at.AddDays(2))},{sql.Instant(at)},1)";
            });
        await InsertAsync(connection, "\"Complaints\" (\"Id\",\"CustomerId\",\"ComplainantType\",\"ReceivedAt\",\"Division\",\"Channel\",\"Description\",\"AboutKind\",\"ProductGroup\",\"CauseCategory\",\"RulePackId\",\"IsVulnerable\",\"Status\",\"ReceivedOn\",\"FinalResponseDue\",\"FinalResponseAlertDate\",\"AcknowledgedAt\",\"RespondedAt\",\"RespondedOn\",\"RespondedWithinFinalDeadline\",\"ClosedAt\",\"ReopenedCount\",\"TimeBarReasons\",\"Outcome\",\"RootCause\",\"LearningPoints\",\"RedressTotalPence\",\"CreatedAt\",\"UpdatedAt\",\"Version\")",
            complaints, _ =>
            {
                var at = At();
                var on = DateOnly.FromDateTime(at);
                return $"({sql.Guid(Guid.CreateVersion7())},{sql.Guid(customer)},'Consumer',{sql.Instant(at)},'england-and-wales','phone','Charged twice for the same payment.','service','current-accounts','other','fca-disp',{sql.False},'Closed',{sql.Day(on)},{sql.Day(on.AddDays(56))},{sql.Day(on.AddDays(49))},{sql.Instant(at.AddHours(3))},{sql.Instant(at.AddDays(10))},{sql.Day(on.AddDays(10))},{sql.True},{sql.Instant(at.AddDays(11))},0,'[]','Upheld','process-failure','[]',0,{sql.Instant(at)},{sql.Instant(at)},1)";
            });
    }

    private static async Task InsertAsync(DbConnection connection, string head, int count, Func<int, string> row)
    {
        const int batch = 500;
        for (var done = 0; done < count;)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            for (var b = 0; b < 20 && done < count; b++)
            {
                var text = new StringBuilder("INSERT INTO ").Append(head).Append(" VALUES ");
                var rows = Math.Min(batch, count - done);
                for (var r = 0; r < rows; r++)
                {
                    text.Append(r == 0 ? "" : ",").Append(row(done + r));
                }

                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = text.ToString();
                await command.ExecuteNonQueryAsync();
                done += rows;
            }

            await transaction.CommitAsync();
        }
    }

    /// <summary>SQL literals as each engine stores them (SQLite: upper-case GUID text, ISO text instants).</summary>
    private sealed class SqlText(bool postgres)
    {
        public string True => postgres ? "TRUE" : "1";

        public string False => postgres ? "FALSE" : "0";

        public string Guid(Guid g) => postgres ? $"'{g}'" : $"'{g.ToString().ToUpperInvariant()}'";

        public string Instant(DateTime t) => postgres ? $"'{t:yyyy-MM-dd HH:mm:ss}+00'" : $"'{t:yyyy-MM-dd HH:mm:ss}'";

        public string Day(DateOnly d) => $"'{d:yyyy-MM-dd}'";
    }
}
