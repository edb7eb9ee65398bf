using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Domain.Cases;
using Frontline.Domain.Customers;
using Frontline.Domain.Quality.Feedback;
using Frontline.Web.Tests.Complaints;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Communications;

/// <summary>The channel catalogue: the API contract, figures computed from the centre's own data, configured costs and evaluations (SQLite and PostgreSQL).</summary>
public sealed class ChannelApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private static readonly DateTime Day = new(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc);

    private Task<Guid> ContactAsync(string channel, Guid? customerId, DateTime offeredAt, int handledSeconds, int wrapSeconds = 0) => app.WithDbAsync(async db =>
    {
        var contact = new Contact
        {
            Channel = channel, CustomerId = customerId, OfferedAt = offeredAt, QueuedAt = offeredAt, AnsweredAt = offeredAt.AddSeconds(10),
            EndedAt = offeredAt.AddSeconds(10 + handledSeconds), WrapEndedAt = wrapSeconds > 0 ? offeredAt.AddSeconds(10 + handledSeconds + wrapSeconds) : null,
            Outcome = "resolved", CreatedAt = offeredAt,
        };
        db.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    });

    private static JsonElement Item(JsonElement figures, string channel) =>
        figures.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("channel").GetString() == channel);

    [Fact]
    public async Task Figures_FollowTheContract_FromTheCentresOwnData_WithTheCostFormulaShown()
    {
        var manager = await app.CreateStaffAsync("comms.chan.mgr", ["Manager"]);
        await app.CreateStaffAsync("comms.chan.handler", ["ComplaintsHandler"]);
        using var client = await app.ClientForAsync("comms.chan.mgr");
        using var handler = await app.ClientForAsync("comms.chan.handler");
        var customer = await app.CustomerAsync("C-channels");
        await app.WithDbAsync(async db =>
        {
            db.Add(new CustomerVulnerability { CustomerId = customer, NeedsAndAdjustments = "Large print, speak slowly.", ReviewDate = new DateOnly(2027, 1, 1) });
            return await db.SaveChangesAsync();
        });
        // Two calls from the same customer three days apart (the first is not resolved first time), 5 min + 1 min wrap each; one e-mail.
        var firstCall = await ContactAsync("phone", customer, Day, 300, 60);
        await ContactAsync("phone", customer, Day.AddDays(3), 300, 60);
        await ContactAsync("email", null, Day, 600);
        await ContactAsync("phone", customer, Day.AddDays(-30), 100); // outside the period
        (await handler.CreateComplaintAsync(customer)).GetProperty("id").GetGuid(); // received on the phone, 9 March
        await app.WithDbAsync(async db =>
        {
            var survey = new Survey { Name = "Channel CSAT", CreatedAt = Day };
            db.Add(survey);
            db.Add(new SurveyResponse { SurveyId = survey.Id, ContactId = firstCall, Csat = 5, RespondedAt = Day.AddHours(1) });
            return await db.SaveChangesAsync();
        });

        await (await client.PutAsJsonAsync("/api/v1/communications/channels/phone", new { offered = true, staffPencePerHour = -1 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var saved = await (await client.PutAsJsonAsync("/api/v1/communications/channels/phone",
            new { offered = true, staffPencePerHour = 1700, technologyPencePerMonth = 0, technologyPencePerContact = 5, postagePencePerContact = 0 }))
            .ReadJsonAsync(HttpStatusCode.OK);
        var costs = new { offered = true, staffPencePerHour = 1800, technologyPencePerMonth = 0, technologyPencePerContact = 5, postagePencePerContact = 0,
            revision = saved.GetProperty("revision").GetInt32() };
        var again = await (await client.PutAsJsonAsync("/api/v1/communications/channels/phone", costs)).ReadJsonAsync(HttpStatusCode.OK);
        again.GetProperty("revision").GetInt32().ShouldBe(costs.revision + 1);
        await (await client.PutAsJsonAsync("/api/v1/communications/channels/phone", costs with { staffPencePerHour = 2000 })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await client.PutAsJsonAsync("/api/v1/communications/channels/pigeon", new { offered = true })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var figures = await (await client.GetAsync("/api/v1/communications/channels?from=2026-03-02&to=2026-03-09")).ReadJsonAsync(HttpStatusCode.OK);
        figures.GetProperty("items").GetArrayLength().ShouldBe(9);
        var phone = Item(figures, "phone");
        phone.GetProperty("contacts").GetInt64().ShouldBe(2);
        phone.GetProperty("averageHandlingSeconds").GetDouble().ShouldBe(360);
        phone.GetProperty("costPerContactPence").GetInt64().ShouldBe(185); // 360 s at 1,800p/hour = 180p, + 5p per contact
        phone.GetProperty("costFormula").GetString().ShouldNotBeNull().ShouldContain("= 185p");
        phone.GetProperty("firstContactResolution").GetDouble().ShouldBe(0.5);
        phone.GetProperty("complaintsPer1000").GetDouble().ShouldBe(500);
        phone.GetProperty("csat").GetDouble().ShouldBe(1);
        phone.GetProperty("supportNeedsShare").GetDouble().ShouldBe(1);
        phone.GetProperty("strengths").GetArrayLength().ShouldBeGreaterThan(0);
        var email = Item(figures, "email");
        email.GetProperty("contacts").GetInt64().ShouldBe(1);
        email.GetProperty("costPerContactPence").GetInt64().ShouldBe(0); // no costs configured
        email.GetProperty("firstContactResolution").ValueKind.ShouldBe(JsonValueKind.Null);
        email.GetProperty("supportNeedsShare").GetDouble().ShouldBe(0);
        Item(figures, "video").GetProperty("costPerContactPence").ValueKind.ShouldBe(JsonValueKind.Null);

        await (await client.GetAsync("/api/v1/communications/channels?from=2026-03-09&to=2026-03-02")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync("/api/v1/communications/channels")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        _ = manager;
    }

    [Fact]
    public async Task Evaluations_WeightedScoresWithRecommendations_KeptAsHistory_BadWeightsRefused_ManagersOnly()
    {
        await app.CreateStaffAsync("comms.cev.mgr", ["Manager"]);
        await app.CreateStaffAsync("comms.cev.agent", ["Agent"]);
        using var client = await app.ClientForAsync("comms.cev.mgr");
        using var agent = await app.ClientForAsync("comms.cev.agent");
        object Body(int weight) => new
        {
            title = "Annual channel review", from = "2026-01-01", to = "2026-12-31",
            weights = new { cost = weight, preference = weight, accessibility = weight, resolution = weight, risk = 0 },
            channels = new object[]
            {
                new { channel = "chat", cost = 4, preference = 5, accessibility = 3, resolution = 4, risk = 4, recommendation = "expand", reasons = "Cheap and liked." },
                new { channel = "letter", cost = 1, preference = 2, accessibility = 4, resolution = 2, risk = 3, recommendation = "reduce", reasons = "Slow and costly." },
            },
        };

        var bad = await (await client.PostAsJsonAsync("/api/v1/communications/channels/evaluations", Body(0))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        bad.GetProperty("errors").TryGetProperty("weights", out _).ShouldBeTrue();
        await (await agent.PostAsJsonAsync("/api/v1/communications/channels/evaluations", Body(1))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var made = await (await client.PostAsJsonAsync("/api/v1/communications/channels/evaluations", Body(1))).ReadJsonAsync(HttpStatusCode.Created);
        made.GetProperty("evaluatorName").GetString().ShouldBe("Test comms.cev.mgr");
        var rows = made.GetProperty("channels").EnumerateArray().ToList();
        rows[0].GetProperty("channel").GetString().ShouldBe("chat");
        rows[0].GetProperty("score").GetDouble().ShouldBe(4); // (4 + 5 + 3 + 4) / 4
        rows[1].GetProperty("recommendation").GetString().ShouldBe("reduce");
        var list = await (await agent.GetAsync("/api/v1/communications/channels/evaluations")).ReadJsonAsync(HttpStatusCode.OK);
        list.EnumerateArray().ShouldContain(e => e.GetProperty("id").GetGuid() == made.GetProperty("id").GetGuid());
    }
}
