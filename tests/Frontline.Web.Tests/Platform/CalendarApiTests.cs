using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Platform;

public sealed class CalendarApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Theory]
    [InlineData("england-and-wales", "2026-01-05", 3, "2026-01-08")]
    [InlineData("england-and-wales", "2026-04-02", 3, "2026-04-09")]
    [InlineData("scotland", "2026-04-02", 3, "2026-04-08")]       // no Easter Monday in Scotland
    [InlineData("scotland", "2026-11-27", 1, "2026-12-01")]       // St Andrew's Day, Monday 30 November
    [InlineData("northern-ireland", "2026-03-16", 1, "2026-03-18")] // St Patrick's Day
    public async Task BusinessDays_AnswersTheContractShape(string division, string from, int add, string expected)
    {
        using var client = await app.AdminAsync();
        var body = await (await client.GetAsync($"/api/v1/calendar/{division}/business-days?from={from}&add={add}")).ReadJsonAsync(HttpStatusCode.OK);
        body.GetProperty("date").GetString().ShouldBe(expected);
        body.EnumerateObject().Count().ShouldBe(1);
    }

    [Fact]
    public async Task BusinessDays_BadInput_AnswersProblems()
    {
        using var client = await app.AdminAsync();
        await (await client.GetAsync("/api/v1/calendar/wales/business-days?from=2026-01-05&add=3")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/v1/calendar/scotland/business-days?from=2026-02-30&add=3")).ShouldBeValidationProblemAsync("from");
        await (await client.GetAsync("/api/v1/calendar/scotland/business-days?from=2026-01-05")).ShouldBeValidationProblemAsync("add");
        await (await client.GetAsync("/api/v1/calendar/scotland/business-days?from=2026-01-05&add=99999")).ShouldBeValidationProblemAsync("add");
    }

    [Fact]
    public async Task Override_Closure_ChangesTheAnswer_AndOnlyAdministratorsMayAddOne()
    {
        using var admin = await app.AdminAsync();
        var before = await (await admin.GetAsync("/api/v1/calendar/northern-ireland/business-days?from=2026-06-01&add=1")).ReadJsonAsync(HttpStatusCode.OK);
        before.GetProperty("date").GetString().ShouldBe("2026-06-02");

        var added = await admin.PostAsJsonAsync("/api/v1/calendar/northern-ireland/overrides", new { date = "2026-06-02", kind = "closure", description = "Belfast office move" });
        var view = await added.ReadJsonAsync(HttpStatusCode.Created);
        var after = await (await admin.GetAsync("/api/v1/calendar/northern-ireland/business-days?from=2026-06-01&add=1")).ReadJsonAsync(HttpStatusCode.OK);
        after.GetProperty("date").GetString().ShouldBe("2026-06-03");

        await (await admin.PostAsJsonAsync("/api/v1/calendar/northern-ireland/overrides", new { date = "2026-06-02", kind = "closure", description = "again" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostAsJsonAsync("/api/v1/calendar/northern-ireland/overrides", new { date = "2026-06-09", kind = "party", description = "x" }))
            .ShouldBeValidationProblemAsync("kind");

        await app.CreateStaffAsync("cal.agent", ["Agent"]);
        using var agent = await app.ClientForAsync("cal.agent");
        await (await agent.PostAsJsonAsync("/api/v1/calendar/northern-ireland/overrides", new { date = "2026-06-10", kind = "closure", description = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await admin.DeleteAsync($"/api/v1/calendar/northern-ireland/overrides/{view.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var restored = await (await admin.GetAsync("/api/v1/calendar/northern-ireland/business-days?from=2026-06-01&add=1")).ReadJsonAsync(HttpStatusCode.OK);
        restored.GetProperty("date").GetString().ShouldBe("2026-06-02");
    }

    [Fact]
    public async Task Days_ListsHolidaysWithReasons()
    {
        using var client = await app.AdminAsync();
        var days = await (await client.GetAsync("/api/v1/calendar/england-and-wales/days?from=2026-12-24&to=2026-12-29")).ReadJsonAsync(HttpStatusCode.OK);
        var byDate = days.EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!, d => d);
        byDate["2026-12-25"].GetProperty("isBusinessDay").GetBoolean().ShouldBeFalse();
        byDate["2026-12-25"].GetProperty("reason").GetString().ShouldBe("Christmas Day");
        byDate["2026-12-28"].GetProperty("reason").GetString().ShouldBe("Boxing Day");
        byDate["2026-12-29"].GetProperty("isBusinessDay").GetBoolean().ShouldBeTrue();
    }
}

public sealed class CalendarBusinessMinutesTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task BusinessMinutes_CountsOpeningHoursAcrossAWeekend()
    {
        using var client = await app.AdminAsync();
        // Friday 16:30 to Monday 10:00 (GMT): 60 minutes on Friday, 60 on Monday.
        var body = await (await client.GetAsync("/api/v1/calendar/england-and-wales/business-minutes?from=2026-01-09T16:30:00Z&to=2026-01-12T10:00:00Z"))
            .ReadJsonAsync(System.Net.HttpStatusCode.OK);
        body.GetProperty("minutes").GetInt64().ShouldBe(120);
        body.GetProperty("opens").GetString().ShouldBe("09:00");
        await (await client.GetAsync("/api/v1/calendar/england-and-wales/business-minutes?from=2026-01-12T10:00:00Z&to=2026-01-09T10:00:00Z"))
            .ShouldBeValidationProblemAsync("to");
    }
}
