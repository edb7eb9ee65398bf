using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Domain.Cases;
using Frontline.Domain.People;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.Cases;

/// <summary>Contact imports whose process stopped (restart, crash, deploy) end as interrupted instead of running for ever.</summary>
public sealed class InterruptedImportTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private const string Interrupted2Of5 = "Interrupted by an application restart after 2 of 5 rows; the rows already imported are kept. "
        + "To import the rest, upload the header and the rows after the first 2 (the whole file again would record those twice).";

    /// <summary>An import a process had recorded two of five rows of when it died, with its last heartbeat at <paramref name="heartbeatAt"/>.</summary>
    private async Task<Guid> LeftRunningAsync(DateTime heartbeatAt, string reference)
    {
        using var admin = await app.AdminAsync();
        var rows = Enumerable.Range(1, 2).Select(i => new
        {
            channel = "phone",
            direction = "inbound",
            offeredAt = heartbeatAt.AddMinutes(-30),
            endedAt = heartbeatAt.AddMinutes(-20),
            externalReference = $"{reference}-{i}",
        });
        (await (await admin.PostAsJsonAsync("/api/v1/contacts/batch", new { contacts = rows })).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("accepted").GetInt32().ShouldBe(2);
        return await app.WithDbAsync(async db =>
        {
            var import = new ContactImport
            {
                FileName = $"{reference}.csv",
                StartedById = await db.Set<StaffMember>().Where(s => s.Username == "admin").Select(s => s.Id).SingleAsync(),
                StartedAt = heartbeatAt.AddMinutes(-1),
                HeartbeatAt = heartbeatAt,
                Status = ImportStatus.Running,
                TotalRows = 5,
                ProcessedRows = 2,
                Accepted = 2,
            };
            db.Add(import);
            await db.SaveChangesAsync();
            return import.Id;
        });
    }

    private static async Task<ContactImport> StoredAsync(FrontlineAppFactory host, Guid id) =>
        await host.WithDbAsync(db => db.Set<ContactImport>().AsNoTracking().SingleAsync(i => i.Id == id));

    private static async Task ShouldShowInterruptedAsync(HttpClient client, Guid id)
    {
        var view = await (await client.GetAsync($"/api/v1/contacts/imports/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        view.GetProperty("status").GetString().ShouldBe("interrupted");
        view.GetProperty("finished").GetBoolean().ShouldBeTrue();
        view.GetProperty("error").GetString().ShouldBe(Interrupted2Of5);
        (view.GetProperty("processedRows").GetInt32(), view.GetProperty("accepted").GetInt32()).ShouldBe((2, 2));
        view.GetProperty("finishedAt").ValueKind.ShouldBe(JsonValueKind.String);

        var fragment = await (await client.GetAsync($"/ui/cases/imports/{id}")).Content.ReadAsStringAsync();
        fragment.ShouldContain(">interrupted<");
        fragment.ShouldContain(WebUtility.HtmlEncode(Interrupted2Of5));
        fragment.ShouldNotContain("hx-get"); // no more polling
    }

    [Fact]
    public async Task Restart_MarksTheImportsOfTheStoppedProcessInterrupted_Audited_KeepingTheirRows()
    {
        var now = DateTime.UtcNow;
        var stale = await LeftRunningAsync(now.AddMinutes(-10), "restart-stale");
        var recent = await LeftRunningAsync(now.AddSeconds(-10), "restart-recent");

        await using var restarted = new RestartedAppFactory(app);
        using var admin = await restarted.AdminAsync(); // the start-up runs the recovery in the background
        for (var i = 0; i < 100 && (await StoredAsync(restarted, stale)).Status != ImportStatus.Interrupted; i++)
        {
            await Task.Delay(100);
        }

        var import = await StoredAsync(restarted, stale);
        import.Status.ShouldBe(ImportStatus.Interrupted);
        import.Error.ShouldBe(Interrupted2Of5);
        import.FinishedAt.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(now.AddSeconds(-1));
        (await restarted.WithDbAsync(db => db.Set<Contact>().CountAsync(c => c.ExternalReference!.StartsWith("restart-stale-")))).ShouldBe(2);
        var audit = await restarted.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == stale.ToString()).OrderBy(a => a.Sequence).ToListAsync());
        audit.Last().Changes.ShouldContain("Interrupted");
        await ShouldShowInterruptedAsync(admin, stale);

        // SQLite is embedded: only the process that stopped could have been running it. On PostgreSQL another node may
        // be, as its heartbeat is recent: left alone.
        (await StoredAsync(restarted, recent)).Status.ShouldBe(app.Provider == "Sqlite" ? ImportStatus.Interrupted : ImportStatus.Running);
    }

    [Fact]
    public async Task ReadingProgress_WithNoHeartbeatForFiveMinutes_ShowsItInterrupted_ButNotWhileTheNodeHoldingItBeats()
    {
        var now = DateTime.UtcNow;
        var stale = await LeftRunningAsync(now.AddMinutes(-6), "read-stale");
        var beating = await LeftRunningAsync(now.AddMinutes(-1), "read-beating");
        using var admin = await app.AdminAsync();

        await ShouldShowInterruptedAsync(admin, stale);

        var view = await (await admin.GetAsync($"/api/v1/contacts/imports/{beating}")).ReadJsonAsync(HttpStatusCode.OK);
        view.GetProperty("status").GetString().ShouldBe("running");
        view.GetProperty("error").ValueKind.ShouldBe(JsonValueKind.Null);
        (await (await admin.GetAsync($"/ui/cases/imports/{beating}")).Content.ReadAsStringAsync()).ShouldContain($"hx-get=\"/ui/cases/imports/{beating}\"");

        app.Clock.Set(new DateTimeOffset(now.AddMinutes(5)));
        try
        {
            await ShouldShowInterruptedAsync(admin, beating);
        }
        finally
        {
            app.Clock.Reset();
        }

        (await app.WithDbAsync(db => db.Set<Contact>().CountAsync(c => c.ExternalReference!.StartsWith("read-beating-")))).ShouldBe(2);
    }
}
