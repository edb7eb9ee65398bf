using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Frontline.Web.Features.Customers;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Frontline.Web.Tests.Customers.CustomerTestData;

namespace Frontline.Web.Tests.Customers;

public sealed class IdvPolicyApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task Policy_ManagersReadAndChangeIt_AgentsAre403_StaleIs409_InvalidIs400_AndOneTimeCodesWork()
    {
        await app.CreateStaffAsync("idv.manager", ["Manager"]);
        await app.CreateStaffAsync("idv.agent", ["Agent"]);
        using var manager = await app.ClientForAsync("idv.manager");
        using var agent = await app.ClientForAsync("idv.agent");
        await (await agent.GetAsync("/api/v1/idv-policy")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var policy = await (await manager.GetAsync("/api/v1/idv-policy")).ReadJsonAsync(HttpStatusCode.OK);
        var requirements = policy.GetProperty("requirements").EnumerateArray()
            .ToDictionary(r => r.GetProperty("action").GetString()!, r => r.GetProperty("level").GetString());
        requirements["general-enquiry"].ShouldBe("none");
        requirements["balance"].ShouldBe("standard");
        requirements["case-details"].ShouldBe("standard");
        requirements["change-of-address"].ShouldBe("high");
        requirements["refund"].ShouldBe("high");
        policy.GetProperty("rules")[1].GetProperty("description").GetString()!.ShouldContain("one of which must be passcode characters");

        var body = JsonNode.Parse(policy.GetRawText())!.AsObject();
        foreach (var rule in body["rules"]!.AsArray())
        {
            rule!.AsObject().Remove("description");
        }

        // High becomes "a one-time code and the date of birth"; two failures lock.
        body["rules"]![1] = JsonNode.Parse("""{"level":"high","minimumFactors":2,"factors":["one-time-code","date-of-birth"],"mustInclude":"one-time-code"}""");
        body["maxFailures"] = 2;
        var invalid = body.DeepClone().AsObject();
        invalid["rules"]![1]!["mustInclude"] = "postcode";
        await (await manager.PutAsJsonAsync("/api/v1/idv-policy", invalid)).ShouldBeValidationProblemAsync("mustInclude");
        var badChannel = body.DeepClone().AsObject();
        badChannel["requirements"]![0]!["channel"] = "carrier-pigeon";
        await (await manager.PutAsJsonAsync("/api/v1/idv-policy", badChannel)).ShouldBeValidationProblemAsync("channel");
        await (await agent.PutAsJsonAsync("/api/v1/idv-policy", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var updated = await (await manager.PutAsJsonAsync("/api/v1/idv-policy", body)).ReadJsonAsync(HttpStatusCode.OK);
        updated.GetProperty("version").GetInt32().ShouldBe(policy.GetProperty("version").GetInt32() + 1);
        await (await manager.PutAsJsonAsync("/api/v1/idv-policy", body)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var id = await CreateCustomerAsync(agent, "Otc", phone: "07700 900111");
        var started = await StartAsync(agent, id);
        started.GetProperty("challenge").EnumerateArray().Select(c => c.GetProperty("factor").GetString()).ShouldBe(["one-time-code", "date-of-birth"]);
        var verificationId = started.GetProperty("verificationId").GetGuid();
        var code = app.Services.GetRequiredService<InMemoryOneTimeCodeSender>().LastCodeFor(verificationId)!;
        code.ShouldMatch("^[0-9]{6}$");
        var result = await (await agent.PostAsJsonAsync($"/api/v1/verifications/{verificationId}/answers", new
        {
            answers = new[] { new { factor = "one-time-code", value = code }, new { factor = "date-of-birth", value = "14/03/1985" } },
        })).ReadJsonAsync(HttpStatusCode.OK);
        result.GetProperty("outcome").GetString().ShouldBe("passed");
        result.GetProperty("level").GetString().ShouldBe("high");
        (await app.WithDbAsync(db => Task.FromResult(db.Set<Frontline.Domain.Customers.IdentityVerification>().Single(v => v.Id == verificationId).OneTimeCodeHash)))
            .ShouldNotBe(code);

        // Two failures now lock.
        await AnswerAsync(agent, await StartAsync(agent, id), wrong: true);
        var second = await StartAsync(agent, id);
        var locked = await (await agent.PostAsJsonAsync($"/api/v1/verifications/{second.GetProperty("verificationId").GetGuid()}/answers", new
        {
            answers = new[] { new { factor = "one-time-code", value = "000000" } },
        })).ReadJsonAsync(HttpStatusCode.OK);
        locked.GetProperty("outcome").GetString().ShouldBe("locked");
        JsonSerializer.Serialize(locked).ShouldNotContain("000000");
    }
}
