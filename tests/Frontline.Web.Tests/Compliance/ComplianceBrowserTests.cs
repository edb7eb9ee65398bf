using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Cases;
using Frontline.Domain.Customers;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.Compliance;

/// <summary>
/// Issue 9 in Chromium: a compliance officer opens a requirement and sees its controls and measures; records a breach,
/// routes it to disciplinary and walks the ACAS stages; records a regulatory change whose review then appears for the
/// item's owner; completes a subject access request and downloads the export; carries out an erasure request. Every page
/// visited passes axe (WCAG 2.2 AA).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ComplianceBrowserTests(BrowserFixture browser)
{
    private const string Password = FrontlineAppFactory.StaffPassword;

    [Fact]
    public async Task Officer_OpensRequirement_WalksDisciplinaryBreach_RecordsChangeForOwner_CompletesSarAndErasure()
    {
        var app = browser.App;
        var officerId = await app.CreateStaffAsync("comp.b.co", ["ComplianceOfficer"]);
        var ownerId = await app.CreateStaffAsync("comp.b.owner", ["TeamLeader"]);
        await app.CreateStaffAsync("comp.b.agent", ["Agent"]);
        await app.CreateStaffAsync("comp.b.appeal", ["Manager"]);
        var customers = await app.WithDbAsync(async db =>
        {
            var sar = new Customer { Reference = "COMP-BSAR-1", FirstName = "Mary", LastName = "Seacole", CreatedAt = DateTime.UtcNow };
            var erase = new Customer { Reference = "COMP-BERA-1", FirstName = "Alan", LastName = "Turing", Email = "alan.b@example.com", CreatedAt = DateTime.UtcNow };
            db.AddRange(sar, erase);
            db.Add(new Contact { CustomerId = erase.Id, Channel = "phone", OfferedAt = DateTime.UtcNow, Notes = "Private note", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return (sar.Id, erase.Id);
        });
        using (var api = await app.ClientForAsync("comp.b.co"))
        {
            var created = await api.PostAsJsonAsync("/api/v1/compliance/requirements", new
            {
                title = "Browser journey acknowledgements", type = "regulation", source = "FCA Handbook", citation = "ORG-BROWSER 1",
                summary = "Acknowledge complaints promptly.", customerEffect = "Customers know we have their complaint.",
                colleagueEffect = "Send the acknowledgement the day the complaint arrives.", ownerId,
                controls = new object[]
                {
                    new { kind = "complaint-rule-pack", reference = "fca-disp", label = "DISP rule pack" },
                    new { kind = "manual", label = "Daily acknowledgement check", description = "The team leader checks the queue at 4pm." },
                },
                measures = new object[] { new { kind = "complaints-acknowledged-in-time", threshold = 95 } },
            });
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        var page = await browser.SignedInPageAsync("comp.b.co", Password);

        // The register: open the requirement, see its controls (each a link or a described manual control) and measures.
        await page.GotoAsync("/compliance");
        await page.ShouldPassAxeAsync();
        await page.GotoAsync("/compliance?q=ORG-BROWSER");
        await page.GetByRole(AriaRole.Link, new() { Name = "Browser journey acknowledgements" }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("requirement-title")).ToContainTextAsync("Browser journey acknowledgements");
        await Assertions.Expect(page.GetByTestId("controls").GetByRole(AriaRole.Link, new() { Name = "DISP rule pack" })).ToHaveAttributeAsync("href", "/complaints/settings");
        await Assertions.Expect(page.GetByTestId("controls")).ToContainTextAsync("Daily acknowledgement check");
        await Assertions.Expect(page.GetByTestId("measures")).ToContainTextAsync("acknowledged");
        await page.ShouldPassAxeAsync();

        // A breach found by audit, routed to disciplinary, walked through the ACAS stages in order.
        await page.GotoAsync("/compliance/breaches");
        await page.ShouldPassAxeAsync();
        var now = DateTime.UtcNow.AddHours(-2).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        await page.GetByLabel("Requirement breached").SelectOptionAsync(new SelectOptionValue { Label = "ORG-BROWSER 1: Browser journey acknowledgements" });
        await page.GetByLabel("People involved").SelectOptionAsync(new SelectOptionValue { Label = "Test comp.b.agent" });
        await page.GetByLabel("Happened (UTC)").FillAsync(now);
        await page.GetByLabel("Found (UTC)").FillAsync(now);
        await page.GetByLabel("How found").SelectOptionAsync("Audit");
        await page.GetByLabel("Severity").SelectOptionAsync("High");
        await page.GetByLabel("What happened").FillAsync("Acknowledgements held back for a week to hit a target.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record breach" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("breach-description")).ToContainTextAsync("held back for a week");
        await page.ShouldPassAxeAsync();
        await page.GetByLabel("Route").SelectOptionAsync("Disciplinary");
        await page.GetByRole(AriaRole.Button, new() { Name = "Choose route" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("breach-route")).ToContainTextAsync("Disciplinary");
        await page.ShouldPassAxeAsync();

        await RecordStageAsync(page, "investigation", notes: "The queue log shows 40 acknowledgements delayed.");
        await RecordStageAsync(page, "written notice", notes: "Allegation, the queue log, and the meeting date.");
        await page.GetByLabel("Companion (colleague or trade-union representative)").FillAsync("Pat Jones, Unite representative");
        await RecordStageAsync(page, "meeting", notes: "Admitted; said the target was unclear.");
        await page.GetByLabel("Decision", new() { Exact = true }).SelectOptionAsync("FirstWrittenWarning");
        await page.GetByLabel("Warning expires").FillAsync(DateTime.UtcNow.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Reasons").FillAsync("Deliberate delay, first offence, admitted.");
        await RecordStageAsync(page, "decision", notes: "Warning for six months.");
        await page.GetByLabel("Heard by (not involved before)").SelectOptionAsync(new SelectOptionValue { Label = "Test comp.b.appeal" });
        await page.GetByLabel("Appeal outcome").SelectOptionAsync("NotUpheld");
        await page.GetByLabel("Reasons").FillAsync("The decision was fair.");
        await RecordStageAsync(page, "appeal", notes: "Appeal heard.");
        await Assertions.Expect(page.GetByTestId("procedure").Locator("li")).ToHaveCountAsync(5);
        await Assertions.Expect(page.GetByTestId("procedure")).ToContainTextAsync("first written warning");
        await page.ShouldPassAxeAsync();

        // A regulatory change flags the requirement's controls for review by its owner.
        await page.GotoAsync("/compliance/changes");
        await page.ShouldPassAxeAsync();
        await page.GetByLabel("Source").FillAsync("FCA PS-BROWSER");
        await page.GetByLabel("Effective on").FillAsync(DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Summary").FillAsync("Acknowledgements must give the response timetable.");
        await page.GetByLabel("Requirements it adds or changes").SelectOptionAsync(new SelectOptionValue { Label = "ORG-BROWSER 1: Browser journey acknowledgements" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Record change" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("reviews")).ToContainTextAsync("DISP rule pack");
        await page.ShouldPassAxeAsync();
        var owner = await browser.SignedInPageAsync("comp.b.owner", Password);
        await owner.GotoAsync("/compliance/changes");
        var reviews = owner.GetByTestId("reviews");
        await Assertions.Expect(reviews).ToContainTextAsync("DISP rule pack");
        await Assertions.Expect(reviews).ToContainTextAsync("Daily acknowledgement check");
        await Assertions.Expect(reviews).ToContainTextAsync("Test comp.b.owner");
        await owner.ShouldPassAxeAsync();

        // A subject access request: found from the desk, logged, completed, and the export downloaded.
        await page.GotoAsync("/data-protection?find=COMP-BSAR-1");
        await page.ShouldPassAxeAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Log a request for COMP-BSAR-1" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Customer id", new() { Exact = true })).ToHaveValueAsync(customers.Item1.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Log request" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("sar-status")).ToContainTextAsync("Open");
        await page.ShouldPassAxeAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark completed today" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("sar-status")).ToContainTextAsync("Completed");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("sar-export").ClickAsync());
        download.SuggestedFilename.ShouldBe("subject-access-COMP-BSAR-1.zip");
        var path = await download.PathAsync();
        (await File.ReadAllBytesAsync(path))[..2].ShouldBe("PK"u8.ToArray());
        await page.ShouldPassAxeAsync();

        // An erasure request: assessed against the retention schedule, then carried out.
        await page.GotoAsync("/data-protection/retention");
        await Assertions.Expect(page.GetByTestId("retention")).ToContainTextAsync("DISP 1.9.1R");
        await page.ShouldPassAxeAsync();
        await page.GotoAsync("/data-protection?find=COMP-BERA-1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Log an erasure request for COMP-BERA-1" }).ClickAsync();
        await page.GetByLabel("Grounds (e.g. consent withdrawn)").FillAsync("Consent withdrawn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log erasure request" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("erasure-assessment")).ToContainTextAsync("Contacts");
        await page.ShouldPassAxeAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Carry out the erasure" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("erasure-status")).ToContainTextAsync("Completed");
        await Assertions.Expect(page.GetByTestId("erasure-outcome")).ToContainTextAsync("Customer record");
        await page.ShouldPassAxeAsync();
        (await app.WithDbAsync(db => Task.FromResult(db.Set<Customer>().Single(c => c.Id == customers.Item2).Email))).ShouldBeNull();
        officerId.ShouldNotBe(Guid.Empty);
    }

    private static async Task RecordStageAsync(IPage page, string stage, string notes)
    {
        await page.GetByTestId("stage-form").Locator("textarea#stageNotes").FillAsync(notes);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Record {stage}" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("procedure")).ToContainTextAsync(stage, new() { IgnoreCase = true });
    }
}
