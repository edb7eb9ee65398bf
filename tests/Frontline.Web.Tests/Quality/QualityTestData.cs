using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Domain.Cases;
using Frontline.Web.Tests.Cases;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Quality;

/// <summary>Set-up for the Quality tests: contacts inserted directly (Cases owns their API), scorecards through the API.</summary>
public static class QualityTestData
{
    /// <summary>Main (weight 2): greeting yes/no w1, rapport scale 0..4 w1 (n/a allowed). Compliance (weight 1): card number yes/no, compliance critical.</summary>
    public static object Card(string name = "Test phone card") => new
    {
        name,
        channels = new[] { "phone" },
        sections = new object[]
        {
            new
            {
                name = "Main", weight = 2,
                criteria = new object[]
                {
                    new { text = "Greeting", kind = "yes-no", weight = 1, allowNa = false, critical = (string?)null },
                    new { text = "Rapport", guidance = "Uses the customer's name, empathy statements, checks understanding", kind = "scale", maxPoints = 4, weight = 1, allowNa = true, critical = (string?)null },
                },
            },
            new
            {
                name = "Compliance", weight = 1,
                criteria = new object[] { new { text = "No card number repeated", kind = "yes-no", weight = 1, allowNa = false, critical = "compliance", requirement = "PCI DSS" } },
            },
        },
    };

    public sealed record PublishedCard(Guid Id, Guid Greeting, Guid Rapport, Guid CardNumber);

    public static async Task<PublishedCard> PublishedCardAsync(this HttpClient analyst, string name = "Test phone card")
    {
        var created = await (await analyst.PostAsJsonAsync("/api/v1/quality/scorecards", Card(name))).ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        (await analyst.PostAsync($"/api/v1/quality/scorecards/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var criteria = created.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("criteria").EnumerateArray())
            .Select(c => c.GetProperty("id").GetGuid()).ToList();
        return new PublishedCard(id, criteria[0], criteria[1], criteria[2]);
    }

    public static Task<Guid> ContactAsync(this FrontlineAppFactory app, Guid agentId, Guid? teamId, string channel = "phone") =>
        app.WithDbAsync(async db =>
        {
            var at = new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);
            var contact = new Contact
            {
                AgentId = agentId, TeamId = teamId, Channel = channel, OfferedAt = at, AnsweredAt = at.AddSeconds(20), EndedAt = at.AddMinutes(6),
                Outcome = "resolved", Notes = "Customer asked about a duplicate charge.", ExternalReference = "REC-0042", CreatedAt = at,
            };
            db.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });

    public static object Evaluation(PublishedCard card, Guid contactId, string greeting = "yes", object? rapport = null, string cardNumber = "yes",
        bool submit = true) => new
    {
        scorecardId = card.Id,
        contactId,
        answers = new object[]
        {
            new { criterionId = card.Greeting, value = greeting, comment = "Opening at 00:03" },
            new { criterionId = card.Rapport, value = rapport ?? 2, evidence = "02:15" },
            new { criterionId = card.CardNumber, value = cardNumber },
        },
        strengths = "Clear explanation of the charge.",
        developmentAreas = new[] { "rapport-empathy", "Listening" },
        submit,
    };

    /// <summary>Two teams with a leader and an agent each, one analyst and one trainer; usernames prefixed per test class.</summary>
    public sealed record People(Guid TeamA, Guid LeaderA, Guid AgentA, Guid TeamB, Guid LeaderB, Guid AgentB, Guid Analyst, Guid Trainer, string Prefix);

    public static async Task<People> PeopleAsync(this FrontlineAppFactory app, string prefix)
    {
        var (teamA, leaderA, agentA) = await app.TeamAsync($"{prefix}a");
        var (teamB, leaderB, agentB) = await app.TeamAsync($"{prefix}b");
        var analyst = await app.CreateStaffAsync($"{prefix}.qa", ["QualityAnalyst"], null, 4);
        var trainer = await app.CreateStaffAsync($"{prefix}.trainer", ["Trainer"], null, 4);
        return new People(teamA, leaderA, agentA, teamB, leaderB, agentB, analyst, trainer, prefix);
    }

    public static decimal? Score(this JsonElement json, string property = "score") =>
        json.GetProperty(property).ValueKind == JsonValueKind.Null ? null : json.GetProperty(property).GetDecimal();

    /// <summary>Adds ended contacts for <paramref name="agentId"/> recorded at <paramref name="at"/>; returns their ids.</summary>
    public static Task<List<Guid>> ContactsAsync(this FrontlineAppFactory app, Guid agentId, Guid? teamId, DateTimeOffset at, int count,
        string channel = "phone", string outcome = "resolved", int durationSeconds = 300, Guid? customerId = null, string? queue = null) =>
        app.WithDbAsync(async db =>
        {
            var ids = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var answered = at.UtcDateTime.AddMinutes(i);
                var contact = new Contact
                {
                    AgentId = agentId,
                    TeamId = teamId,
                    CustomerId = customerId,
                    Channel = channel,
                    Queue = queue,
                    OfferedAt = answered.AddSeconds(-20),
                    AnsweredAt = answered,
                    EndedAt = answered.AddSeconds(durationSeconds),
                    Outcome = outcome,
                    CreatedAt = answered,
                };
                db.Add(contact);
                ids.Add(contact.Id);
            }

            await db.SaveChangesAsync();
            return ids;
        });
}
