using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Frontline.Domain.Cases;
using System.Net.Http.Json;
using Frontline.Domain.Compliance.DataProtection;
using Frontline.Web.Tests.Complaints;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.Compliance;

/// <summary>The data-protection desk API: the ICO clock, subject access requests with pauses (SQLite and PostgreSQL).</summary>
public sealed class DataProtectionApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private static readonly DateTimeOffset Today = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-01-31", "england-and-wales", "2026-03-02", "2026-04-30")]
    [InlineData("2025-11-25", "england-and-wales", "2025-12-29", "2026-02-25")]
    [InlineData("2026-03-03", null, "2026-04-07", "2026-06-03")]
    [InlineData("2026-11-27", "england-and-wales", "2026-12-29", "2027-03-01")]
    [InlineData("2026-10-30", "scotland", "2026-12-01", "2027-02-01")]
    [InlineData("2026-02-17", "northern-ireland", "2026-03-18", "2026-05-18")]
    public async Task SarClock_Contract(string received, string? division, string due, string extended)
    {
        var username = $"comp.clock{received.Replace("-", "", StringComparison.Ordinal)}{division?.Length ?? 0}";
        await app.CreateStaffAsync(username, ["Agent"]);
        using var anyone = await app.ClientForAsync(username);
        var url = $"/api/v1/data-protection/sar-clock?receivedAt={received}" + (division is null ? "" : $"&division={division}");
        var clock = await (await anyone.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK);
        clock.GetProperty("dueDate").GetString().ShouldBe(due);
        clock.GetProperty("extendedDueDate").GetString().ShouldBe(extended);
    }

    [Fact]
    public async Task SarClock_UnknownDivision_IsProblem()
    {
        await app.CreateStaffAsync("comp.clock.bad", ["Agent"]);
        using var anyone = await app.ClientForAsync("comp.clock.bad");
        await (await anyone.GetAsync("/api/v1/data-protection/sar-clock?receivedAt=2026-01-01&division=wales")).ShouldBeValidationProblemAsync("division");
    }

    [Fact]
    public async Task SubjectAccessRequest_Logged_Paused_Resumed_DeadlineMovesByDaysPaused_OutsideTheDeskIs404()
    {
        var customer = await app.CustomerAsync("COMP-SAR-1");
        app.Clock.Set(Today);
        await app.CreateStaffAsync("comp.sar.co", ["ComplianceOfficer"]);
        await app.CreateStaffAsync("comp.sar.mgr", ["Manager"]);
        using var officer = await app.ClientForAsync("comp.sar.co");
        var created = await (await officer.PostAsJsonAsync("/api/v1/data-protection/subject-access-requests", new { customerId = customer, receivedAt = "2026-11-02" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("dueDate").GetString().ShouldBe("2026-12-02");
        created.GetProperty("extendedDueDate").GetString().ShouldBe("2027-02-02");

        var paused = await (await officer.PostAsJsonAsync($"/api/v1/data-protection/subject-access-requests/{id}/pauses", new { reason = "awaiting-id", from = "2026-11-04" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        paused.GetProperty("paused").GetBoolean().ShouldBeTrue();
        await (await officer.PostAsJsonAsync($"/api/v1/data-protection/subject-access-requests/{id}/pauses", new { reason = "awaiting-fee", from = "2026-11-05" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await officer.PostAsJsonAsync($"/api/v1/data-protection/subject-access-requests/{id}/pauses", new { reason = "awaiting-lunch", from = "2026-11-05" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        // ID arrived on 24 Nov: 20 days paused → 2 Dec + 20 = Tue 22 Dec.
        var resumed = await (await officer.PostAsJsonAsync($"/api/v1/data-protection/subject-access-requests/{id}/resume", new { on = "2026-11-24" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        resumed.GetProperty("dueDate").GetString().ShouldBe("2026-12-22");
        resumed.GetProperty("daysPaused").GetInt32().ShouldBe(20);
        resumed.GetProperty("pauses")[0].GetProperty("reason").GetString().ShouldBe("awaiting-id");
        await (await officer.PostAsJsonAsync($"/api/v1/data-protection/subject-access-requests/{id}/resume", new { on = "2026-11-25", version = 0 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // Outside the desk (a manager, an agent): 404, and nothing listed.
        using var manager = await app.ClientForAsync("comp.sar.mgr");
        await (await manager.GetAsync($"/api/v1/data-protection/subject-access-requests/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await manager.PostAsJsonAsync("/api/v1/data-protection/subject-access-requests", new { customerId = customer, receivedAt = "2026-12-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SubjectAccessRequest_BadInput_IsProblem_NothingSaved()
    {
        var customer = await app.CustomerAsync("COMP-SAR-2");
        app.Clock.Set(Today);
        await app.CreateStaffAsync("comp.sarbad.co", ["ComplianceOfficer"]);
        using var officer = await app.ClientForAsync("comp.sarbad.co");
        var before = await app.WithDbAsync(db => db.Set<SubjectAccessRequest>().CountAsync());
        await (await officer.PostAsJsonAsync("/api/v1/data-protection/subject-access-requests", new { customerId = customer, receivedAt = "2026-12-08" }))
            .ShouldBeValidationProblemAsync("receivedAt");
        await (await officer.PostAsJsonAsync("/api/v1/data-protection/subject-access-requests", new { customerId = Guid.NewGuid(), receivedAt = "2026-12-01" }))
            .ShouldBeValidationProblemAsync("customerId");
        await (await officer.PostAsJsonAsync("/api/v1/data-protection/subject-access-requests", new { customerId = customer, receivedAt = "2026-12-01", division = "wales" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await app.WithDbAsync(db => db.Set<SubjectAccessRequest>().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Export_IsAZipOfEverythingHeldAboutTheCustomer_NoSecrets_NoOtherCustomersData()
    {
        var customer = await app.CustomerAsync("COMP-SAR-3");
        var other = await app.CustomerAsync("COMP-SAR-4");
        app.Clock.Set(Today);
        await app.WithDbAsync(async db =>
        {
            var at = new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);
            db.Add(new Contact { CustomerId = customer, Channel = "phone", OfferedAt = at, AnsweredAt = at, EndedAt = at.AddMinutes(4), Notes = "Asked about a refund of the annual fee.", CreatedAt = at });
            db.Add(new Contact { CustomerId = other, Channel = "phone", OfferedAt = at, AnsweredAt = at, EndedAt = at.AddMinutes(4), Notes = "Someone else's private matter.", CreatedAt = at });
            await db.SaveChangesAsync();
            return 0;
        });
        await app.CreateStaffAsync("comp.sarx.co", ["ComplianceOfficer"]);
        await app.CreateStaffAsync("comp.sarx.agent", ["Agent"]);
        using var officer = await app.ClientForAsync("comp.sarx.co");
        var id = (await (await officer.PostAsJsonAsync("/api/v1/data-protection/subject-access-requests", new { customerId = customer, receivedAt = "2026-12-01" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var response = await officer.GetAsync($"/api/v1/data-protection/subject-access-requests/{id}/export");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        zip.Entries.Select(e => e.Name).ShouldBe(["subject-access.json", "summary.pdf"], ignoreOrder: true);
        string json;
        using (var reader = new StreamReader(zip.GetEntry("subject-access.json")!.Open()))
        {
            json = await reader.ReadToEndAsync();
        }

        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("customerReference").GetString().ShouldBe("COMP-SAR-3");
        var sections = document.RootElement.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        sections.ShouldContain("customer");
        sections.ShouldContain("contacts");
        sections.ShouldContain("complaints");
        sections.ShouldContain("verification-history");
        sections.ShouldContain("audit");
        json.ShouldContain("Asked about a refund of the annual fee.");
        json.ShouldNotContain("Someone else");
        json.ShouldNotContain("COMP-SAR-4");
        json.ShouldNotContain("hash\":", Shouldly.Case.Insensitive); // no hashed secret is a field of the export
        document.RootElement.GetProperty("redactions").GetArrayLength().ShouldBeGreaterThan(0);
        using (var pdf = zip.GetEntry("summary.pdf")!.Open())
        {
            var head = new byte[4];
            (await pdf.ReadAsync(head)).ShouldBe(4);
            head.ShouldBe("%PDF"u8.ToArray());
        }

        using var agent = await app.ClientForAsync("comp.sarx.agent");
        await (await agent.GetAsync($"/api/v1/data-protection/subject-access-requests/{id}/export")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // The desk finds the subject by reference or name; outside the desk: 404.
        var found = await (await officer.GetAsync("/api/v1/data-protection/subjects?q=COMP-SAR-3")).ReadJsonAsync(HttpStatusCode.OK);
        found.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldContain(customer);
        await (await agent.GetAsync("/api/v1/data-protection/subjects?q=COMP-SAR-3")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
