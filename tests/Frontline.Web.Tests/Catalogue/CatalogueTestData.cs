using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Domain.Cases;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Catalogue;

/// <summary>Builders for catalogue tests: product bodies, products created through the API, contacts.</summary>
internal static class CatalogueTestData
{
    public static object ProductBody(string code, int? version = null, long monthlyFeePence = 300, string? changeNote = null) => new
    {
        code,
        name = $"Everyday account {code}",
        category = "Current account",
        overview = "A current account for everyday banking.",
        approvedWording = "This is our everyday current account. It has a monthly fee and comes with a debit card.",
        features = new[] { new { feature = "Contactless debit card", benefit = "Pay quickly in shops without cash." } },
        eligibility = new { minimumAge = 18, ukResidentRequired = true, excludedProducts = new[] { code } },
        fees = new[] { new { name = "Monthly account fee", amountPence = monthlyFeePence, frequency = "monthly" } },
        disclosures = new[]
        {
            new { code = "cancellation-14-days", title = "Your right to cancel", text = "You can cancel within 14 days of opening the account without giving a reason." },
            new { code = "fscs", title = "FSCS protection", text = "Eligible deposits are protected up to £120,000 by the FSCS." },
        },
        comparisons = new[] { new { competitor = "High Street Bank", aspect = "Monthly fee", ours = "£3", theirs = "£5" } },
        sources = new[] { new { title = "Terms and conditions", reference = "https://example.test/terms" } },
        version,
        changeNote,
    };

    public static async Task<JsonElement> CreateProductAsync(FrontlineAppFactory app, string code)
    {
        using var admin = await app.AdminAsync();
        return await (await admin.PostAsJsonAsync("/api/v1/products", ProductBody(code))).ReadJsonAsync(HttpStatusCode.Created);
    }

    /// <summary>
    /// A contact to confirm disclosures in: through the Cases API (as <paramref name="client"/>) when it is there,
    /// otherwise straight into the table (the Contact record belongs to the Cases module).
    /// </summary>
    public static async Task<Guid> CreateContactAsync(FrontlineAppFactory app, HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/contacts", new { channel = "phone", direction = "inbound" });
        if (response.StatusCode == HttpStatusCode.Created)
        {
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        return await app.WithDbAsync(async db =>
        {
            var contact = Activator.CreateInstance<Contact>();
            db.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });
    }

    public static async Task<Guid> PostForIdAsync(HttpClient client, string url, object body) =>
        (await (await client.PostAsJsonAsync(url, body)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static Task<Guid> CreateStaffAsync(HttpClient admin, string username, string role, Guid? teamId = null) =>
        PostForIdAsync(admin, "/api/v1/staff", new
        {
            username, displayName = $"Test {username}", email = $"{username}@example.test", password = FrontlineAppFactory.StaffPassword,
            roles = new[] { role }, teamId, grade = 1,
        });
}
