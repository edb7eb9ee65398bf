using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Platform.Notifications;
using Frontline.Web.Features.People.Development;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Web.Tests.People.Development;

/// <summary>Ask for help: asked, answered once, scope, and the unanswered escalation to the team leader (SQLite and PostgreSQL).</summary>
public sealed class HelpRequestsApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private Task<int> EscalateAsync() => app.WithDbAsync(async _ =>
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UnansweredHelpEscalation>().RunAsync(default);
    });

    private Task<int> NoticesAsync(Guid to, string kind) => app.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.RecipientId == to && n.Kind == kind));

    [Fact]
    public async Task Ask_Answer_Once_OthersSee404_Unanswered_EscalatesToTeamLeader_OnceAfterFourHours()
    {
        var c = await app.CastAsync("help");
        var expert = await app.CreateStaffAsync($"{c.P}.expert", ["Agent"], c.TeamA, 3, c.LeaderA);
        using var agent = await app.ClientForAsync($"{c.P}a.agent");
        using var expertClient = await app.ClientForAsync($"{c.P}.expert");
        using var outsider = await app.ClientForAsync($"{c.P}b.agent");
        await (await agent.PostAsJsonAsync("/api/v1/people/help-requests", new { toId = c.AgentA, topic = "products", question = "x" })).ShouldBeValidationProblemAsync("toId");
        await (await agent.PostAsJsonAsync("/api/v1/people/help-requests", new { toId = expert, topic = "products", question = " " })).ShouldBeValidationProblemAsync("question");

        var t0 = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
        app.Clock.Set(t0);
        try
        {
            var answered = await (await agent.PostAsJsonAsync("/api/v1/people/help-requests",
                new { toId = expert, topic = "identity-security", question = "Can I confirm the balance to a caller who failed one question?" })).ReadJsonAsync(HttpStatusCode.Created);
            var waiting = await (await agent.PostAsJsonAsync("/api/v1/people/help-requests",
                new { toId = expert, topic = "regulation", question = "Is this a complaint under DISP?" })).ReadJsonAsync(HttpStatusCode.Created);
            var answeredId = answered.GetProperty("id").GetGuid();
            (await NoticesAsync(expert, "help-asked")).ShouldBe(2);

            (await outsider.GetAsync($"/api/v1/people/help-requests/{answeredId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            await (await agent.PostAsJsonAsync($"/api/v1/people/help-requests/{answeredId}/answer", new { answer = "Me" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            var reply = await (await expertClient.PostAsJsonAsync($"/api/v1/people/help-requests/{answeredId}/answer",
                new { answer = "No: pass ID&V to the level the request needs first.", suggestArticle = true })).ReadJsonAsync(HttpStatusCode.OK);
            reply.GetProperty("suggestArticle").GetBoolean().ShouldBeTrue();
            await (await expertClient.PostAsJsonAsync($"/api/v1/people/help-requests/{answeredId}/answer", new { answer = "Again" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
            (await (await agent.GetAsync($"/api/v1/people/help-requests/{answeredId}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("answer").GetString()!.ShouldStartWith("No: pass");

            // Just under four hours: nothing; at four hours: the team leader is told about the unanswered one only, once.
            app.Clock.Set(t0.AddHours(4).AddMinutes(-1));
            await EscalateAsync();
            (await NoticesAsync(c.LeaderA, "help-unanswered")).ShouldBe(0);
            app.Clock.Set(t0.AddHours(4));
            await EscalateAsync();
            await EscalateAsync();
            (await NoticesAsync(c.LeaderA, "help-unanswered")).ShouldBe(1);
            using var leader = await app.ClientForAsync($"{c.P}a.tl");
            var escalated = await (await leader.GetAsync($"/api/v1/people/help-requests/{waiting.GetProperty("id").GetGuid()}")).ReadJsonAsync(HttpStatusCode.OK);
            escalated.GetProperty("escalatedAt").GetDateTime().ShouldBe(t0.AddHours(4).UtcDateTime);
        }
        finally
        {
            app.Clock.Reset();
        }
    }
}
