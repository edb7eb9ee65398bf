using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Domain.Customers;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Complaints;

/// <summary>Shared set-up for complaint tests: a fixed clock, a customer row, and a complaint created through the API.</summary>
public static class ComplaintTestData
{
    /// <summary>Tue 10 Mar 2026, 12:00 UTC (GMT).</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static async Task<Guid> CustomerAsync(this FrontlineAppFactory app, string reference)
    {
        app.Clock.Set(Now);
        return await app.WithDbAsync(async db =>
        {
            var customer = new Customer { Reference = reference, FirstName = "Ada", LastName = "Lovelace", CreatedAt = Now.UtcDateTime };
            db.Set<Customer>().Add(customer);
            await db.SaveChangesAsync();
            return customer.Id;
        });
    }

    public static async Task<JsonElement> CreateComplaintAsync(this HttpClient client, Guid customerId, string receivedAt = "2026-03-09T10:00:00Z",
        string? rulePack = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/complaints", new
        {
            customerId, receivedAt, channel = "phone", description = "I was charged twice for my card 4111 1111 1111 1111.",
            productGroup = "credit-cards", causeCategory = "terms-disputed-sums-charges", rulePack,
        });
        return await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    public static int Version(this JsonElement complaint) => complaint.GetProperty("version").GetInt32();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? "" : e.GetProperty(name).ToString();
}
