using System.Net;
using System.Net.Http.Json;
using System.Text;
using Frontline.Domain.Complaints;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.Complaints;

public sealed class ComplaintsApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private async Task<(HttpClient Handler, Guid CustomerId)> HandlerAsync(string name)
    {
        await app.CreateStaffAsync(name, ["ComplaintsHandler"], grade: 4);
        var client = await app.ClientForAsync(name);
        return (client, await app.CustomerAsync("C-" + name));
    }

    [Fact]
    public async Task CreateComplaint_Returns201WithVersionAndClocks_AndGetAnswersTheSameDates()
    {
        var (handler, customerId) = await HandlerAsync("h.create");
        var created = await handler.CreateComplaintAsync(customerId, "2026-01-05T10:00:00Z");
        created.Str("summaryResolutionBy").ShouldBe("2026-01-08");
        created.Str("finalResponseDue").ShouldBe("2026-03-02");
        created.Str("finalResponseAlertDate").ShouldBe("2026-03-02");
        created.Str("paymentServicesDay15").ShouldBe("");
        created.Version().ShouldBeGreaterThanOrEqualTo(0);
        created.Str("description").ShouldNotContain("4111 1111 1111 1111");
        created.Str("status").ShouldBe("received");

        var id = created.GetProperty("id").GetGuid();
        var got = await (await handler.GetAsync($"/api/v1/complaints/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        got.Str("finalResponseDue").ShouldBe("2026-03-02");
        got.Str("rulePack").ShouldBe("fca-disp");

        var psd = await handler.CreateComplaintAsync(customerId, "2026-01-05T10:00:00Z", "fca-payment-services");
        psd.Str("paymentServicesDay15").ShouldBe("2026-01-26");
        psd.Str("paymentServicesDay35").ShouldBe("2026-02-23");
        psd.Str("finalResponseDue").ShouldBe("2026-01-26");
    }

    [Fact]
    public async Task RulePacks_ListStableIds_AndClocksAnswerForAnyDate()
    {
        var (handler, _) = await HandlerAsync("h.packs");
        var packs = await (await handler.GetAsync("/api/v1/rule-packs")).ReadJsonAsync(HttpStatusCode.OK);
        packs.EnumerateArray().Select(p => p.Str("id")).ShouldBe(["fca-disp", "fca-payment-services", "ofcom", "ofgem", "organisation"]);
        packs[0].GetProperty("rules").EnumerateArray().ShouldAllBe(r => r.GetProperty("citation").GetString()!.Length > 0);
        packs[0].GetProperty("settings").Str("receiptOnNonBusinessDay").ShouldBe("strict");

        var v3 = await (await handler.GetAsync("/api/v1/rule-packs/fca-payment-services/clocks?receivedAt=2025-12-24T10:00:00Z&division=england-and-wales&receiptOnNonBusinessDay=strict"))
            .ReadJsonAsync(HttpStatusCode.OK);
        v3.Str("summaryResolutionBy").ShouldBe("2025-12-31");
        v3.Str("paymentServicesDay15").ShouldBe("2026-01-19");
        v3.Str("paymentServicesDay35").ShouldBe("2026-02-16");

        // Saturday receipt: deemed counts from Monday.
        var strict = await (await handler.GetAsync("/api/v1/rule-packs/fca-disp/clocks?receivedAt=2026-01-10T10:00:00Z&receiptOnNonBusinessDay=strict")).ReadJsonAsync(HttpStatusCode.OK);
        var deemed = await (await handler.GetAsync("/api/v1/rule-packs/fca-disp/clocks?receivedAt=2026-01-10T10:00:00Z&receiptOnNonBusinessDay=deemed")).ReadJsonAsync(HttpStatusCode.OK);
        strict.Str("summaryResolutionBy").ShouldBe("2026-01-14");
        deemed.Str("summaryResolutionBy").ShouldBe("2026-01-15");

        // Scotland, in the future.
        var scotland = await (await handler.GetAsync("/api/v1/rule-packs/fca-disp/clocks?receivedAt=2027-11-26T10:00:00Z&division=scotland")).ReadJsonAsync(HttpStatusCode.OK);
        scotland.Str("summaryResolutionBy").ShouldBe("2027-12-02"); // Tue 30 Nov 2027 is St Andrew's Day

        await (await handler.GetAsync("/api/v1/rule-packs/fca-disp/clocks?receivedAt=nonsense")).ShouldBeValidationProblemAsync("receivedAt");
        await (await handler.GetAsync("/api/v1/rule-packs/fca-disp/clocks?receivedAt=2026-01-10T10:00:00Z&division=wales")).ShouldBeValidationProblemAsync("division");
        await (await handler.GetAsync("/api/v1/rule-packs/nope/clocks?receivedAt=2026-01-10T10:00:00Z")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateComplaint_BadInput_Answers400WithField_AndSavesNothing()
    {
        var (handler, customerId) = await HandlerAsync("h.bad");
        var before = await app.WithDbAsync(db => db.Set<Complaint>().CountAsync());

        async Task Bad(object body, string field) =>
            await (await handler.PostAsJsonAsync("/api/v1/complaints", body)).ShouldBeValidationProblemAsync(field);

        await Bad(new { customerId, receivedAt = "2026-03-11T12:00:00Z", channel = "phone", description = "Future" }, "receivedAt");
        await Bad(new { customerId, receivedAt = "2026-03-09T12:00:00Z", channel = "phone", description = "x", productGroup = "spaceships" }, "productGroup");
        await Bad(new { customerId, receivedAt = "2026-03-09T12:00:00Z", channel = "phone", description = "x", causeCategory = "nope" }, "causeCategory");
        await Bad(new { customerId, receivedAt = "2026-03-09T12:00:00Z", channel = "carrier-pigeon", description = "x" }, "channel");
        await Bad(new { customerId, receivedAt = "2026-03-09T12:00:00Z", channel = "phone", description = "x", rulePack = "nope" }, "rulePack");
        await Bad(new { customerId = Guid.NewGuid(), receivedAt = "2026-03-09T12:00:00Z", channel = "phone", description = "x" }, "customerId");
        await Bad(new { customerId, receivedAt = "2026-03-09T12:00:00Z", channel = "phone", description = "" }, "description");
        await Bad(new { customerId, receivedAt = "2026-03-09T12:00:00Z", channel = "phone", description = "x", colour = "red" }, "colour");

        (await app.WithDbAsync(db => db.Set<Complaint>().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Patch_WithStaleVersion_Answers409_WithIfMatchWorks_AndWithoutVersionAnswers400()
    {
        var (handler, customerId) = await HandlerAsync("h.patch");
        var created = await handler.CreateComplaintAsync(customerId);
        var id = created.GetProperty("id").GetGuid();
        var version = created.Version();

        var ok = await (await handler.PatchAsJsonAsync($"/api/v1/complaints/{id}", new { version, isVulnerable = true, complainantType = "micro-enterprise" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        ok.Version().ShouldBe(version + 1);
        ok.GetProperty("isVulnerable").GetBoolean().ShouldBeTrue();

        var stale = await (await handler.PatchAsJsonAsync($"/api/v1/complaints/{id}", new { version, description = "Lost update" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        stale.Str("code").ShouldBe("version.stale");

        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/complaints/{id}") { Content = JsonContent.Create(new { causeCategory = "other" }) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{version + 1}\"");
        (await (await handler.SendAsync(request)).ReadJsonAsync(HttpStatusCode.OK)).Str("causeCategory").ShouldBe("other");

        await (await handler.PatchAsJsonAsync($"/api/v1/complaints/{id}", new { description = "No version" })).ShouldBeValidationProblemAsync("version");
        await (await handler.PatchAsJsonAsync($"/api/v1/complaints/{id}", new { version = version + 2, rootCause = "nope" })).ShouldBeValidationProblemAsync("rootCause");

        // Eligibility and time bars.
        var barred = await (await handler.PatchAsJsonAsync($"/api/v1/complaints/{id}", new { version = version + 2, timeBarReasons = new[] { "event-over-six-years-ago" } }))
            .ReadJsonAsync(HttpStatusCode.OK);
        barred.GetProperty("ombudsmanEligible").GetBoolean().ShouldBeFalse();
        await (await handler.PatchAsJsonAsync($"/api/v1/complaints/{id}", new { version = version + 3, timeBarReasons = new[] { "too-late" } }))
            .ShouldBeValidationProblemAsync("timeBarReasons");
    }

    [Fact]
    public async Task FromReceiptToClosure_WithOptionsRedressLetters_AndClosedComplaintCannotBeEdited()
    {
        var (handler, customerId) = await HandlerAsync("h.flow");
        var c = await handler.CreateComplaintAsync(customerId);
        var id = c.GetProperty("id").GetGuid();
        var url = $"/api/v1/complaints/{id}";

        // Letters for the wrong state are refused and change nothing.
        await (await handler.PostAsJsonAsync($"{url}/letters", new { kind = "final-response" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await handler.PostAsJsonAsync($"{url}/letters", new { kind = "summary-resolution" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await handler.PostAsJsonAsync($"{url}/letters", new { kind = "thank-you" })).ShouldBeValidationProblemAsync("kind");

        var ack = await (await handler.PostAsJsonAsync($"{url}/letters", new { kind = "acknowledgement" })).ReadJsonAsync(HttpStatusCode.Created);
        var pdf = await handler.GetAsync(ack.Str("href"));
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdfText = Encoding.Latin1.GetString(await pdf.Content.ReadAsByteArrayAsync());
        pdfText.ShouldStartWith("%PDF-1.4");
        pdfText.ShouldContain("Ada Lovelace");
        await (await handler.PostAsJsonAsync($"{url}/letters", new { kind = "acknowledgement" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        c = await (await handler.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK);
        c.Str("status").ShouldBe("acknowledged");
        c = await (await handler.PostAsJsonAsync($"{url}/lifecycle", new { version = c.Version(), action = "start-investigation" })).ReadJsonAsync(HttpStatusCode.OK);
        await (await handler.PostAsJsonAsync($"{url}/lifecycle", new { version = c.Version(), action = "close" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        c = await (await handler.PostAsJsonAsync($"{url}/options", new
        {
            version = c.Version(), description = "Refund the duplicate charge", advantages = "Fast", disadvantages = "Costs us", costPence = 2500, benefitToCustomer = "Money back",
        })).ReadJsonAsync(HttpStatusCode.Created);
        c = await (await handler.PostAsJsonAsync($"{url}/options", new { version = c.Version(), description = "Explain the charge", costPence = 0 })).ReadJsonAsync(HttpStatusCode.Created);
        var option = c.GetProperty("options")[0];
        option.GetProperty("withinAuthority").GetBoolean().ShouldBeTrue(); // the default matrix: grade 4 may pay redress up to £1,000
        c = await (await handler.PostAsJsonAsync($"{url}/options/{option.Str("id")}/agree", new { version = c.Version(), how = "By phone" })).ReadJsonAsync(HttpStatusCode.OK);
        c.Str("agreedOptionId").ShouldBe(option.Str("id"));

        await (await handler.PostAsJsonAsync($"{url}/redress", new { version = c.Version(), type = "financial-loss", amountPence = 2500, currency = "USD" })).ShouldBeValidationProblemAsync("currency");
        await (await handler.PostAsJsonAsync($"{url}/redress", new { version = c.Version(), type = "financial-loss", amountPence = -1, currency = "GBP" })).ShouldBeValidationProblemAsync("amountPence");
        await (await handler.PostAsJsonAsync($"{url}/redress", new { version = c.Version(), type = "bribe", amountPence = 1, currency = "GBP" })).ShouldBeValidationProblemAsync("type");
        c = await (await handler.PostAsJsonAsync($"{url}/redress", new { version = c.Version(), type = "financial-loss", amountPence = 2500, currency = "GBP" })).ReadJsonAsync(HttpStatusCode.Created);
        c = await (await handler.PostAsJsonAsync($"{url}/redress", new { version = c.Version(), type = "distress-and-inconvenience", amountPence = 5000, currency = "GBP" })).ReadJsonAsync(HttpStatusCode.Created);
        c.GetProperty("redressTotalPence").GetInt64().ShouldBe(7500);
        c.GetProperty("redress")[0].Str("authority").ShouldBe("within-authority");

        await (await handler.PostAsJsonAsync($"{url}/letters", new { kind = "final-response" })).ShouldBeProblemAsync(HttpStatusCode.Conflict); // no outcome yet
        c = await (await handler.PatchAsJsonAsync(url, new { version = c.Version(), outcome = "upheld" })).ReadJsonAsync(HttpStatusCode.OK);
        var final = await (await handler.PostAsJsonAsync($"{url}/letters", new { kind = "final-response", version = c.Version() })).ReadJsonAsync(HttpStatusCode.Created);
        final.Str("complaintStatus").ShouldBe("final-response-issued");
        var finalPdf = Encoding.Latin1.GetString(await (await handler.GetAsync(final.Str("href"))).Content.ReadAsByteArrayAsync());
        finalPdf.ShouldContain("www.financial-ombudsman.org.uk");
        finalPdf.ShouldContain("six months");

        c = await (await handler.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK);
        c.Str("ombudsmanReferralWindowEndsOn").ShouldBe("2026-09-10");
        await (await handler.PostAsJsonAsync($"{url}/lifecycle", new { version = c.Version(), action = "close" })).ShouldBeProblemAsync(HttpStatusCode.Conflict); // no root cause
        c = await (await handler.PatchAsJsonAsync(url, new { version = c.Version(), rootCause = "process-failure", learningPoints = new[] { "Check duplicate postings" } })).ReadJsonAsync(HttpStatusCode.OK);
        c = await (await handler.PostAsJsonAsync($"{url}/remedial-actions", new { version = c.Version(), description = "Fix the posting job", owner = "Payments ops", dueOn = "2026-04-30" })).ReadJsonAsync(HttpStatusCode.Created);
        c = await (await handler.PostAsJsonAsync($"{url}/lifecycle", new { version = c.Version(), action = "close" })).ReadJsonAsync(HttpStatusCode.OK);
        c.Str("status").ShouldBe("closed");

        var closed = await (await handler.PatchAsJsonAsync(url, new { version = c.Version(), description = "Changed after closure" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        closed.Str("code").ShouldBe("complaint.closed");
        await (await handler.PostAsJsonAsync($"{url}/redress", new { version = c.Version(), type = "goodwill", amountPence = 100, currency = "GBP" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // Remedial actions are still tracked to done after closure.
        var action = c.GetProperty("remedialActions")[0].Str("id");
        c = await (await handler.PatchAsJsonAsync($"{url}/remedial-actions/{action}", new { version = c.Version(), done = true })).ReadJsonAsync(HttpStatusCode.OK);
        c.GetProperty("remedialActions")[0].Str("doneAt").ShouldNotBeEmpty();

        // Reopen, then the ombudsman.
        c = await (await handler.PostAsJsonAsync($"{url}/lifecycle", new { version = c.Version(), action = "reopen" })).ReadJsonAsync(HttpStatusCode.OK);
        c.Str("status").ShouldBe("investigating");
        c.GetProperty("reopenedCount").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task SummaryResolution_WithinWindow_ThenSrcLetter_WithMandatoryContent()
    {
        var (handler, customerId) = await HandlerAsync("h.src");
        var c = await handler.CreateComplaintAsync(customerId, "2026-03-09T09:00:00Z");
        var url = $"/api/v1/complaints/{c.Str("id")}";
        c = await (await handler.PostAsJsonAsync($"{url}/lifecycle", new { version = c.Version(), action = "resolve-summary" })).ReadJsonAsync(HttpStatusCode.OK);
        c.Str("status").ShouldBe("resolved-summary");
        var letter = await (await handler.PostAsJsonAsync($"{url}/letters", new { kind = "summary-resolution" })).ReadJsonAsync(HttpStatusCode.Created);
        var text = Encoding.Latin1.GetString(await (await handler.GetAsync(letter.Str("href"))).Content.ReadAsByteArrayAsync());
        text.ShouldContain("Financial Ombudsman Service");
        (await (await handler.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK)).Str("ombudsmanReferralWindowEndsOn").ShouldBe("2026-09-10");

        // Received a fortnight ago: the window has closed.
        var late = await handler.CreateComplaintAsync(customerId, "2026-02-23T09:00:00Z");
        var problem = await (await handler.PostAsJsonAsync($"/api/v1/complaints/{late.Str("id")}/lifecycle", new { version = late.Version(), action = "resolve-summary" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.Str("detail").ShouldContain("final response");
    }

    [Fact]
    public async Task Letter_MissingMandatoryContent_CannotBeIssued_AndNothingIsSaved()
    {
        await app.CreateStaffAsync("c.manager", ["Manager"], grade: 6);
        using var manager = await app.ClientForAsync("c.manager");
        var customerId = await app.CustomerAsync("C-template");
        var saved = await (await manager.PutAsJsonAsync("/api/v1/complaints/letter-templates/holding", new { body = "Dear {{customerName}}, we are still looking." }))
            .ReadJsonAsync(HttpStatusCode.OK);
        saved.GetProperty("missingContent").GetArrayLength().ShouldBeGreaterThan(0);

        var c = await manager.CreateComplaintAsync(customerId);
        var problem = await (await manager.PostAsJsonAsync($"/api/v1/complaints/{c.Str("id")}/letters", new { kind = "holding" })).ShouldBeValidationProblemAsync("template");
        problem.Str("detail").ShouldContain("ombudsman");
        var after = await (await manager.GetAsync($"/api/v1/complaints/{c.Str("id")}")).ReadJsonAsync(HttpStatusCode.OK);
        after.Str("holdingResponseAt").ShouldBeEmpty();
        after.GetProperty("letters").GetArrayLength().ShouldBe(0);
        after.Version().ShouldBe(c.Version());

        await (await manager.PutAsJsonAsync("/api/v1/complaints/letter-templates/holding", new { body = ComplaintLetters.DefaultBody(LetterKind.Holding) })).ReadJsonAsync(HttpStatusCode.OK);
        await (await manager.PostAsJsonAsync($"/api/v1/complaints/{c.Str("id")}/letters", new { kind = "holding" })).ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Roles_AndTeamScope()
    {
        var north = await app.CreateTeamAsync("Complaints north");
        var south = await app.CreateTeamAsync("Complaints south");
        await app.CreateStaffAsync("agent.cn", ["Agent"], north);
        await app.CreateStaffAsync("agent.cs", ["Agent"], south);
        await app.CreateStaffAsync("qa.c", ["QualityAnalyst"]);
        await app.CreateStaffAsync("mgr.c", ["Manager"], grade: 6);
        await app.CreateStaffAsync("handler.c", ["ComplaintsHandler"], grade: 4);
        var customerId = await app.CustomerAsync("C-roles");
        using var agentNorth = await app.ClientForAsync("agent.cn");
        using var agentSouth = await app.ClientForAsync("agent.cs");
        using var qa = await app.ClientForAsync("qa.c");
        using var manager = await app.ClientForAsync("mgr.c");
        using var handler = await app.ClientForAsync("handler.c");

        // An agent records the complaint from the call; only handlers change it.
        var c = await agentNorth.CreateComplaintAsync(customerId);
        var url = $"/api/v1/complaints/{c.Str("id")}";
        c.Str("teamId").ShouldBe(north.ToString());
        await (await agentNorth.PatchAsJsonAsync(url, new { version = c.Version(), isVulnerable = true })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await qa.PostAsJsonAsync("/api/v1/complaints", new { customerId, receivedAt = "2026-03-09T10:00:00Z", channel = "phone", description = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await agentNorth.GetAsync("/api/v1/complaints/analysis?from=2026-01-01&to=2026-12-31")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await agentNorth.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await agentSouth.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await agentSouth.GetAsync("/api/v1/complaints")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ShouldNotContain(x => x.Str("id") == c.Str("id"));
        (await manager.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await qa.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await handler.GetAsync("/api/v1/complaints")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ShouldContain(x => x.Str("id") == c.Str("id"));
        (await (await handler.PatchAsJsonAsync(url, new { version = c.Version(), isVulnerable = true })).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("isVulnerable").GetBoolean().ShouldBeTrue();

        // Settings are for managers and compliance.
        await (await handler.PostAsJsonAsync("/api/v1/complaints/taxonomies", new { kind = "cause", code = "fees", label = "Fees" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.PostAsJsonAsync("/api/v1/complaints/taxonomies", new { kind = "cause", code = "fees", label = "Fees" })).ReadJsonAsync(HttpStatusCode.Created);
        await (await manager.PostAsJsonAsync("/api/v1/complaints/taxonomies", new { kind = "cause", code = "fees", label = "Fees" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var withNewCause = await handler.PostAsJsonAsync("/api/v1/complaints", new { customerId, receivedAt = "2026-03-09T10:00:00Z", channel = "email", description = "Fee", causeCategory = "fees" });
        withNewCause.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Analysis_Return_AndDrillDown_CountClosedComplaints()
    {
        var (handler, customerId) = await HandlerAsync("h.analysis");
        await app.CreateStaffAsync("mgr.analysis", ["Manager"], grade: 6);
        using var manager = await app.ClientForAsync("mgr.analysis");
        var c = await handler.CreateComplaintAsync(customerId, "2026-03-09T09:00:00Z");
        var url = $"/api/v1/complaints/{c.Str("id")}";
        c = await (await handler.PostAsJsonAsync($"{url}/lifecycle", new { version = c.Version(), action = "resolve-summary" })).ReadJsonAsync(HttpStatusCode.OK);
        c = await (await handler.PatchAsJsonAsync(url, new { version = c.Version(), outcome = "partially-upheld", rootCause = "staff-error", learningPoints = new[] { "Explain fees clearly" } }))
            .ReadJsonAsync(HttpStatusCode.OK);
        c = await (await handler.PostAsJsonAsync($"{url}/redress", new { version = c.Version(), type = "goodwill", amountPence = 1000, currency = "GBP" })).ReadJsonAsync(HttpStatusCode.Created);
        await (await handler.PostAsJsonAsync($"{url}/lifecycle", new { version = c.Version(), action = "close" })).ReadJsonAsync(HttpStatusCode.OK);
        await handler.CreateComplaintAsync(customerId, "2026-01-05T09:00:00Z"); // open and overdue by 10 Mar

        var figures = await (await manager.GetAsync("/api/v1/complaints/analysis?from=2026-01-01&to=2026-03-31&productGroup=credit-cards")).ReadJsonAsync(HttpStatusCode.OK);
        var totals = figures.GetProperty("totals");
        totals.GetProperty("received").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        totals.GetProperty("withinThreeBusinessDays").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        totals.GetProperty("overdue").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        totals.GetProperty("redressTotalPence").GetInt64().ShouldBeGreaterThanOrEqualTo(1000);
        figures.GetProperty("topRootCauses").EnumerateArray().ShouldContain(r => r.Str("code") == "staff-error");
        figures.GetProperty("learningThemes").EnumerateArray().ShouldContain(r => r.Str("label") == "Explain fees clearly");
        figures.GetProperty("expected").GetProperty("basis").GetString().ShouldBe("customers");
        await (await manager.GetAsync("/api/v1/complaints/analysis?from=2026-03-31&to=2026-01-01")).ShouldBeValidationProblemAsync("to");

        var drill = await (await manager.GetAsync("/api/v1/complaints/analysis/complaints?from=2026-01-01&to=2026-03-31&figure=overdue")).ReadJsonAsync(HttpStatusCode.OK);
        drill.EnumerateArray().ShouldAllBe(x => x.GetProperty("overdue").GetBoolean());
        var csv = await manager.GetAsync("/api/v1/complaints/analysis/complaints?from=2026-01-01&to=2026-03-31&figure=within-3-days&format=csv");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await csv.Content.ReadAsStringAsync()).ShouldContain(c.Str("id"));
        var xlsx = await manager.GetAsync("/api/v1/complaints/analysis/complaints?from=2026-01-01&to=2026-03-31&figure=received&format=xlsx");
        (await xlsx.Content.ReadAsByteArrayAsync()).Take(2).ShouldBe("PK"u8.ToArray());

        var ret = await manager.GetAsync("/api/v1/complaints/return?periodStart=2026-01-01&periodEnd=2026-06-30");
        ret.StatusCode.ShouldBe(HttpStatusCode.OK);
        ret.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await ret.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Trim().ShouldBe("product_group,cause,outstanding_at_start,opened,closed,closed_within_3_business_days,closed_after_3_days_within_8_weeks,closed_after_8_weeks,upheld,upheld_percent,redress_paid_gbp");
        lines.ShouldContain(l => l.StartsWith("credit-cards,terms-disputed-sums-charges,", StringComparison.Ordinal));
        lines[^1].ShouldStartWith("all,all,");
        await (await manager.GetAsync("/api/v1/complaints/return?periodStart=2026-13-01&periodEnd=2026-06-30")).ShouldBeValidationProblemAsync("periodStart");
    }

    [Fact]
    public async Task TeamLeader_IsAlertedBeforeABreach_ForTheirTeamOnly()
    {
        var leaderId = await app.CreateStaffAsync("tl.alerts", ["TeamLeader"]);
        var team = await app.CreateTeamAsync("Alerts team", leaderId);
        var otherLeaderId = await app.CreateStaffAsync("tl.quiet", ["TeamLeader"]);
        await app.CreateTeamAsync("Quiet team", otherLeaderId);
        await app.CreateStaffAsync("agent.alerts", ["Agent"], team);
        var customerId = await app.CustomerAsync("C-alerts");
        using var agent = await app.ClientForAsync("agent.alerts");
        await agent.CreateComplaintAsync(customerId, "2026-01-13T10:00:00Z"); // due today, 10 Mar
        await agent.CreateComplaintAsync(customerId, "2026-01-05T10:00:00Z"); // due 2 Mar: overdue

        using var leader = await app.ClientForAsync("tl.alerts");
        var alerts = await (await leader.GetAsync("/api/v1/complaints/alerts")).ReadJsonAsync(HttpStatusCode.OK);
        alerts.GetProperty("approaching").GetInt32().ShouldBe(1);
        alerts.GetProperty("overdue").GetInt32().ShouldBe(1);
        var overdue = await (await leader.GetAsync("/api/v1/complaints?due=overdue")).ReadJsonAsync(HttpStatusCode.OK);
        overdue.EnumerateArray().ShouldAllBe(c => c.GetProperty("overdue").GetBoolean());
        overdue.GetArrayLength().ShouldBe(1);

        using var quiet = await app.ClientForAsync("tl.quiet");
        var none = await (await quiet.GetAsync("/api/v1/complaints/alerts")).ReadJsonAsync(HttpStatusCode.OK);
        none.GetProperty("approaching").GetInt32().ShouldBe(0);
        none.GetProperty("overdue").GetInt32().ShouldBe(0);
    }
}
