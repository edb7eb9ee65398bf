using Frontline.Domain.Cases;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Performance;

/// <summary>Set-up for the Performance tests: contacts inserted directly (Cases owns their API), KPIs through the API.</summary>
public static class PerformanceTestData
{
    /// <summary>A service-level KPI (80 % in 20 s, offered) with targets at every level.</summary>
    public static object ServiceLevelKpi(string name = "Service level 80/20", string? queue = null, double centreTarget = 0.8, double tolerance = 0.05,
        string? effectiveFrom = null) => new
    {
        name,
        effectiveFrom,
        purpose = "Callers who wait long give up, call again or complain: answering promptly is the first thing a caller notices.",
        measure = "service-level",
        parameters = new { thresholdSeconds = 20, denominator = "offered" },
        filters = new { queue, channel = "phone" },
        direction = "higher-is-better",
        frequency = "daily",
        targets = new object[]
        {
            new { level = "centre", target = centreTarget, tolerance },
            new { level = "team", target = 0.8, tolerance = 0.05 },
            new { level = "individual", target = 0.8, tolerance = 0.1 },
        },
        reviewActions = new object[]
        {
            new { band = "red", action = "Compare the day plan with actual volumes and staffing; move breaks.", by = "Resource planner" },
            new { band = "amber", action = "Watch the next period.", by = "Team leader" },
        },
    };

    /// <summary>Inserts a phone contact queued at <paramref name="queuedAt"/>: answered after <paramref name="waitSeconds"/> (talk 200 s), or abandoned (null agent) when null.</summary>
    public static Task<Guid> ContactAsync(this FrontlineAppFactory app, Guid? agentId, Guid? teamId, DateTime queuedAt, double? waitSeconds, string queue = "perf-q",
        string? externalReference = null, DateTime? endedAt = null) =>
        app.WithDbAsync(async db =>
        {
            var answered = waitSeconds is { } w ? queuedAt.AddSeconds(w) : (DateTime?)null;
            var contact = new Contact
            {
                AgentId = waitSeconds is null ? null : agentId, TeamId = waitSeconds is null ? null : teamId, Channel = "phone", Queue = queue,
                OfferedAt = queuedAt.AddSeconds(-10), QueuedAt = queuedAt, AnsweredAt = answered, EndedAt = endedAt ?? (answered ?? queuedAt).AddSeconds(waitSeconds is null ? 30 : 200),
                Outcome = waitSeconds is null ? "abandoned-in-queue" : "resolved", ExternalReference = externalReference, CreatedAt = queuedAt,
            };
            db.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });
}
