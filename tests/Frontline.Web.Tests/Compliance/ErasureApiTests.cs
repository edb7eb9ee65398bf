using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Cases;
using Frontline.Domain.Complaints;
using Frontline.Domain.Customers;
using Frontline.Web.Features.Compliance.DataProtection;
using Frontline.Web.Features.Platform;
using Frontline.Web.Tests.Complaints;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Web.Tests.Compliance;

/// <summary>Erasure under retention at the data-protection desk (UK GDPR Art 17; SQLite and PostgreSQL).</summary>
public sealed class ErasureApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private static readonly DateTimeOffset Today = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private const string Notes = "Told us about a bereavement in the family.";

    [Fact]
    public async Task Erasure_KeepsRetainedComplaintsRestricted_ErasesTheRest_AuditChainValid()
    {
        var (customer, recent, old) = await SubjectAsync("COMP-ERA-1", "era1", openComplaint: false);
        await app.CreateStaffAsync("comp.era1.co", ["ComplianceOfficer"]);
        await app.CreateStaffAsync("comp.era1.mgr", ["Manager"]);
        await app.CreateStaffAsync("comp.era1.admin", ["Administrator"]);
        using var officer = await app.ClientForAsync("comp.era1.co");

        var created = await (await officer.PostAsJsonAsync("/api/v1/data-protection/erasure-requests",
            new { customerId = customer, receivedAt = "2026-12-01", grounds = "Consent withdrawn" })).ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("dueDate").GetString().ShouldBe("2027-01-04"); // 1 Jan is a bank holiday, then the weekend
        created.GetProperty("refusal").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var assessment = Lines(created, "assessment");
        assessment.ShouldContain(("complaints", "restricted", 1, "2029-11-20"));
        assessment.ShouldContain(("complaints", "erased", 1, ""));
        assessment.ShouldContain(("contacts", "erased", 1, ""));
        assessment.ShouldContain(("customer-record", "restricted", 1, "2029-11-20"));
        (await app.WithDbAsync(db => db.Set<Customer>().Where(c => c.Id == customer).Select(c => c.Email).SingleAsync())).ShouldNotBeNull(); // assessing changes nothing

        var done = await (await officer.PostAsJsonAsync($"/api/v1/data-protection/erasure-requests/{id}/carry-out", new { version = created.GetProperty("version").GetInt32() }))
            .ReadJsonAsync(HttpStatusCode.OK);
        done.GetProperty("status").GetString().ShouldBe("completed");
        Lines(done, "outcome").ShouldBe(assessment, ignoreOrder: true);

        // What may go is gone; what retention keeps is restricted, with the reason and the date it can go.
        var stored = await app.WithDbAsync(async db => new
        {
            Customer = await db.Set<Customer>().AsNoTracking().SingleAsync(c => c.Id == customer),
            Contact = await db.Set<Contact>().AsNoTracking().SingleAsync(c => c.CustomerId == customer),
            Recent = await db.Set<Complaint>().AsNoTracking().Include(c => c.Letters).SingleAsync(c => c.Id == recent),
            Old = await db.Set<Complaint>().AsNoTracking().SingleAsync(c => c.Id == old),
        });
        stored.Customer.Email.ShouldBeNull();
        stored.Customer.Phones.ShouldBeEmpty();
        stored.Customer.Postcode.ShouldBeNull();
        stored.Customer.DateOfBirth.ShouldBeNull();
        (stored.Customer.EmailKey, stored.Customer.PhoneKey, stored.Customer.PostcodeKey, stored.Customer.LastNameKey).ShouldBe((null, null, null, ""));
        stored.Customer.LastName.ShouldBe("Hopper"); // the complainant's name, kept with the retained complaint
        stored.Customer.RestrictedUntil.ShouldBe(new DateOnly(2029, 11, 20));
        stored.Contact.Notes.ShouldBeNull();
        stored.Recent.RestrictedUntil.ShouldBe(new DateOnly(2029, 11, 20));
        stored.Recent.RestrictionReason!.ShouldContain("DISP 1.9.1R");
        stored.Recent.Description.ShouldContain("charged twice");
        stored.Old.Description.ShouldBe("");
        stored.Old.RestrictedUntil.ShouldBeNull();

        // Restricted records: compliance officers only; everyone else 404, and the subject is not found by search.
        using var manager = await app.ClientForAsync("comp.era1.mgr");
        await (await manager.GetAsync($"/api/v1/complaints/{recent}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await manager.GetAsync($"/api/v1/customers/{customer}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var search = await (await manager.GetAsync("/api/v1/customers?q=COMP-ERA-1")).ReadJsonAsync(HttpStatusCode.OK);
        search.GetProperty("items").GetArrayLength().ShouldBe(0);
        (await officer.GetAsync($"/api/v1/complaints/{recent}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The audit trail kept the fact of each change with the values masked, and its chain still verifies.
        var leaks = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Changes.Contains("grace.erase") || e.Changes.Contains("bereavement")
            || e.Changes.Contains("07700")));
        leaks.ShouldBe(0);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Complaint" && e.EntityId == recent.ToString() && e.Changes.Contains("\"after\":\"2029-11-20\""))))
            .ShouldBe(1);
        using var admin = await app.ClientForAsync("comp.era1.admin");
        var chain = await (await admin.PostAsync("/api/v1/audit/verify", null)).ReadJsonAsync(HttpStatusCode.OK);
        chain.GetProperty("valid").GetBoolean().ShouldBeTrue();

        // Carried out once only.
        await (await officer.PostAsJsonAsync($"/api/v1/data-protection/erasure-requests/{id}/carry-out", new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // When the retention ends, the nightly job erases the restricted records and lifts the restriction; the chain still verifies.
        app.Clock.Set(new DateTimeOffset(2029, 11, 20, 9, 0, 0, TimeSpan.Zero));
        using (var scope = app.Services.CreateScope())
        {
            (await scope.ServiceProvider.GetRequiredService<EraseExpiredRecords>().ExecuteAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(2);
        }

        var after = await app.WithDbAsync(async db => new
        {
            Customer = await db.Set<Customer>().AsNoTracking().SingleAsync(c => c.Id == customer),
            Recent = await db.Set<Complaint>().AsNoTracking().Include(c => c.Letters).SingleAsync(c => c.Id == recent),
            Chain = await VerifyAuditChain.ExecuteAsync(db, CancellationToken.None),
        });
        (after.Customer.FirstName, after.Customer.LastName, after.Customer.RestrictedUntil).ShouldBe(("", "", null));
        (after.Recent.Description, after.Recent.RestrictedUntil).ShouldBe(("", null));
        after.Recent.Letters.ShouldAllBe(l => l.Body == "");
        after.Chain.Valid.ShouldBeTrue();
        app.Clock.Set(Today);
    }

    [Fact]
    public async Task Erasure_OpenComplaint_RefusedWithTheReason_NothingChanged_OutsideTheDeskIs404()
    {
        var (customer, _, _) = await SubjectAsync("COMP-ERA-2", "era2", openComplaint: true);
        await app.CreateStaffAsync("comp.era2.co", ["ComplianceOfficer"]);
        await app.CreateStaffAsync("comp.era2.mgr", ["Manager"]);
        using var officer = await app.ClientForAsync("comp.era2.co");
        var created = await (await officer.PostAsJsonAsync("/api/v1/data-protection/erasure-requests", new { customerId = customer, receivedAt = "2026-12-01" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("refusal").GetString()!.ShouldContain("open complaint");
        var auditBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync());

        var problem = await (await officer.PostAsJsonAsync($"/api/v1/data-protection/erasure-requests/{id}/carry-out", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldContain("open complaint");
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync())).ShouldBe(auditBefore);
        (await app.WithDbAsync(db => db.Set<Customer>().Where(c => c.Id == customer).Select(c => c.Email).SingleAsync())).ShouldBe("era2@example.com");
        (await app.WithDbAsync(db => db.Set<Contact>().Where(c => c.CustomerId == customer).Select(c => c.Notes).SingleAsync())).ShouldBe(Notes);

        // Bad input: a receipt in the future, an unknown customer, a stale version, a retention rule without a basis.
        await (await officer.PostAsJsonAsync("/api/v1/data-protection/erasure-requests", new { customerId = customer, receivedAt = "2026-12-08" }))
            .ShouldBeValidationProblemAsync("receivedAt");
        await (await officer.PostAsJsonAsync("/api/v1/data-protection/erasure-requests", new { customerId = Guid.NewGuid(), receivedAt = "2026-12-01" }))
            .ShouldBeValidationProblemAsync("customerId");
        await (await officer.PostAsJsonAsync($"/api/v1/data-protection/erasure-requests/{id}/carry-out", new { version = 7 })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await officer.PutAsJsonAsync("/api/v1/data-protection/retention-schedule/contacts", new { months = 60, basis = "" }))
            .ShouldBeValidationProblemAsync("basis");
        var schedule = await (await officer.GetAsync("/api/v1/data-protection/retention-schedule")).ReadJsonAsync(HttpStatusCode.OK);
        schedule.EnumerateArray().Single(r => r.GetProperty("dataClass").GetString() == "complaints").GetProperty("months").GetInt32().ShouldBe(36);

        // Outside the desk: 404 for the request, the carry-out, the schedule and the job.
        using var manager = await app.ClientForAsync("comp.era2.mgr");
        await (await manager.GetAsync($"/api/v1/data-protection/erasure-requests/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await manager.PostAsJsonAsync($"/api/v1/data-protection/erasure-requests/{id}/carry-out", new { })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await manager.GetAsync("/api/v1/data-protection/retention-schedule")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await manager.PostAsync("/api/v1/data-protection/retention-schedule/run", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static List<(string, string, int, string)> Lines(System.Text.Json.JsonElement view, string name) =>
        [.. view.GetProperty(name).EnumerateArray().Select(l => (l.GetProperty("dataClass").GetString()!, l.GetProperty("action").GetString()!,
            l.GetProperty("records").GetInt32(), l.GetProperty("restrictedUntil").GetString() ?? ""))];

    /// <summary>
    /// A customer with contact details, a contact with notes, a complaint closed on 20 Nov 2026 (kept 36 months) and one
    /// closed in 2022 (past its retention); or, with <paramref name="openComplaint"/>, one complaint still being handled.
    /// </summary>
    private async Task<(Guid Customer, Guid Recent, Guid Old)> SubjectAsync(string reference, string key, bool openComplaint)
    {
        app.Clock.Set(Today);
        var customer = await app.WithDbAsync(async db =>
        {
            var c = new Customer
            {
                Reference = reference, FirstName = "Grace", LastName = "Hopper", Email = $"{key}@example.com", Phones = ["07700 900123"], Postcode = "LS1 4AP",
                DateOfBirth = new DateOnly(1980, 5, 6), CreatedAt = Today.UtcDateTime,
            };
            if (key == "era1")
            {
                c.Email = "grace.erase@example.com";
            }

            db.Add(c);
            var at = new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc);
            db.Add(new Contact { CustomerId = c.Id, Channel = "phone", OfferedAt = at, AnsweredAt = at, EndedAt = at.AddMinutes(6), Notes = Notes, CreatedAt = at });
            await db.SaveChangesAsync();
            return c.Id;
        });
        await app.CreateStaffAsync($"comp.{key}.handler", ["ComplaintsHandler"]);
        using var handler = await app.ClientForAsync($"comp.{key}.handler");
        var recent = (await handler.CreateComplaintAsync(customer, "2026-11-02T10:00:00Z")).GetProperty("id").GetGuid();
        var old = (await handler.CreateComplaintAsync(customer, "2022-03-01T10:00:00Z")).GetProperty("id").GetGuid();
        await app.WithDbAsync(async db =>
        {
            foreach (var (id, closed) in new[] { (recent, new DateTime(2026, 11, 20, 15, 0, 0, DateTimeKind.Utc)), (old, new DateTime(2022, 4, 20, 15, 0, 0, DateTimeKind.Utc)) })
            {
                if (openComplaint && id == recent)
                {
                    continue;
                }

                var complaint = await db.Set<Complaint>().Include(c => c.Letters).SingleAsync(c => c.Id == id);
                complaint.Outcome = ComplaintOutcome.Upheld;
                complaint.RootCause = "Duplicate posting";
                complaint.IssueFinalResponse(closed.AddHours(-1), DateOnly.FromDateTime(closed));
                complaint.Close(closed);
                db.Add(new ComplaintLetter { ComplaintId = id, Kind = LetterKind.FinalResponse, Body = "Dear Grace Hopper, we uphold your complaint.", Pdf = [1], IssuedAt = closed });
            }

            await db.SaveChangesAsync();
            return 0;
        });
        return (customer, recent, old);
    }
}
