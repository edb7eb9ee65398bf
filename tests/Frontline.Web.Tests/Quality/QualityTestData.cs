using Frontline.Domain.Cases;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Quality;

/// <summary>Test data for quality operations: contacts written straight to the database (setup, not the code under test).</summary>
public static class QualityTestData
{
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
