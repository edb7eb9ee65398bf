using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Customers;

/// <summary>Customers and verifications made through the API for the tests of this module.</summary>
public static class CustomerTestData
{
    public const string Passcode = "rover7gx";
    public const string SecurityAnswer = "Mrs Smith";
    private static int _next;

    public static string Unique(string prefix) => $"{prefix}{Interlocked.Increment(ref _next)}";

    public static async Task<Guid> CreateCustomerAsync(HttpClient client, string lastName = "Testcase", string postcode = "SW1A 1AA",
        string phone = "07700 900123", string? email = null, string? reference = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/customers", new
        {
            firstName = "Sarah",
            lastName,
            dateOfBirth = "1985-03-14",
            postcode,
            addressLines = new[] { "1 High Street", "Exampletown" },
            phones = new[] { phone },
            email = email ?? $"{lastName.ToLowerInvariant()}@example.test",
            reference,
        });
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>Sets the demo passcode and security answer as an administrator (back office).</summary>
    public static async Task SetSecretsAsync(FrontlineAppFactory app, Guid customerId, Guid? thirdPartyId = null)
    {
        using var admin = await app.AdminAsync();
        await SetSecretsAsync(admin, customerId, thirdPartyId);
    }

    public static async Task SetSecretsAsync(HttpClient admin, Guid customerId, Guid? thirdPartyId = null)
    {
        var response = await admin.PutAsJsonAsync($"/api/v1/customers/{customerId}/secrets", new
        {
            securityQuestion = "Your first teacher's name?",
            securityAnswer = SecurityAnswer,
            passcode = Passcode,
            thirdPartyId,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> StartAsync(HttpClient client, Guid customerId, Guid? contactId = null, HttpStatusCode expected = HttpStatusCode.Created,
        Guid? thirdPartyId = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/customers/{customerId}/verifications", new { contactId, channel = "phone", thirdPartyId });
        return await response.ReadJsonAsync(expected);
    }

    /// <summary>Answers every factor of a challenge correctly (or, with <paramref name="wrong"/>, the date of birth wrongly).</summary>
    public static object Answers(JsonElement started, bool wrong = false, string dateOfBirth = "1985-03-14", string postcode = "sw1a1aa") => new
    {
        answers = started.GetProperty("challenge").EnumerateArray().Select(c =>
        {
            var factor = c.GetProperty("factor").GetString()!;
            var value = factor switch
            {
                "passcode-characters" => string.Concat(c.GetProperty("positions").EnumerateArray().Select(p => Passcode[p.GetInt32() - 1])),
                "date-of-birth" => wrong ? "01/01/1990" : dateOfBirth,
                "postcode" => wrong ? "M1 1AE" : postcode,
                "security-answer" => wrong ? "nobody" : SecurityAnswer,
                _ => "unknown",
            };
            return new { factor, value };
        }).ToArray(),
    };

    public static async Task<JsonElement> AnswerAsync(HttpClient client, JsonElement started, bool wrong = false, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var id = started.GetProperty("verificationId").GetGuid();
        var response = await client.PostAsJsonAsync($"/api/v1/verifications/{id}/answers", Answers(started, wrong));
        return await response.ReadJsonAsync(expected);
    }
}
