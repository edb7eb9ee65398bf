using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Frontline.Web.Tests.Notifications;

/// <summary>
/// The real SMTP server test.sh starts on loopback (smtp4dev): <c>FRONTLINE_TEST_SMTP_PORT</c> is its SMTP port and
/// <c>FRONTLINE_TEST_SMTP_API</c> its HTTP API, through which the tests read what it received. Missing variables fail
/// the test with a message saying how to run it (never a skip).
/// </summary>
public static partial class Smtp4Dev
{
    public static int SmtpPort => int.TryParse(Environment.GetEnvironmentVariable("FRONTLINE_TEST_SMTP_PORT"), out var port)
        ? port
        : throw new InvalidOperationException(
            "FRONTLINE_TEST_SMTP_PORT is not set: the notification tests need the real SMTP server (smtp4dev) that ./test.sh starts. " +
            "Run ./test.sh, or start `dotnet tool run smtp4dev -- --smtpport=N --urls=http://127.0.0.1:M --db= --imapport= --pop3port=` and set " +
            "FRONTLINE_TEST_SMTP_PORT=N and FRONTLINE_TEST_SMTP_API=http://127.0.0.1:M.");

    public static Uri Api => Uri.TryCreate(Environment.GetEnvironmentVariable("FRONTLINE_TEST_SMTP_API"), UriKind.Absolute, out var uri)
        ? uri
        : throw new InvalidOperationException(
            "FRONTLINE_TEST_SMTP_API is not set: the notification tests read what the SMTP server received through smtp4dev's HTTP API. Run ./test.sh.");

    /// <summary>A username unique to this test run: the SQLite and PostgreSQL runs share one SMTP server.</summary>
    public static string Unique(string name) => $"{name}.{Run}";

    private static readonly string Run = Guid.NewGuid().ToString("N")[..6];

    public sealed record Received(string Id, string Subject, string To, string MessageId);

    /// <summary>Every message the server received for <paramref name="addresses"/>, with its Message-Id header.</summary>
    public static async Task<IReadOnlyList<Received>> ReceivedForAsync(params string[] addresses)
    {
        using var http = new HttpClient { BaseAddress = Api };
        var page = await http.GetFromJsonAsync<JsonElement>("/api/messages?pageSize=100000");
        var found = new List<Received>();
        foreach (var m in page.GetProperty("results").EnumerateArray())
        {
            var to = m.GetProperty("to").EnumerateArray().Select(t => t.GetString()!).ToList();
            var match = to.FirstOrDefault(t => addresses.Contains(t, StringComparer.OrdinalIgnoreCase));
            if (match is null)
            {
                continue;
            }

            var id = m.GetProperty("id").GetString()!;
            var source = await http.GetStringAsync($"/api/messages/{id}/raw");
            var messageId = MessageIdHeader().Match(source) is { Success: true } header ? header.Groups[1].Value.Trim().Trim('<', '>') : "";
            found.Add(new Received(id, m.GetProperty("subject").GetString() ?? "", match, messageId));
        }

        return found;
    }

    /// <summary>The raw message (headers and body) as the server received it.</summary>
    public static async Task<string> RawAsync(string messageId)
    {
        using var http = new HttpClient { BaseAddress = Api };
        return await http.GetStringAsync($"/api/messages/{messageId}/raw");
    }

    public static async Task<IReadOnlyList<Received>> WaitForAsync(int count, TimeSpan timeout, params string[] addresses)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var received = await ReceivedForAsync(addresses);
            if (received.Count >= count || DateTime.UtcNow > until)
            {
                return received;
            }

            await Task.Delay(250);
        }
    }

    [GeneratedRegex(@"^Message-Id:\s*(.+)$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex MessageIdHeader();
}

/// <summary>The app sending e-mail to the test SMTP server; delivery is driven by the test unless <see cref="Scheduler"/>.</summary>
public class MailAppFactory : FrontlineAppFactory
{
    /// <summary>Run the Quartz scheduler (and its delivery job every second); off by default so tests drive delivery.</summary>
    protected virtual bool Scheduler => false;

    protected virtual int SmtpPort => Smtp4Dev.SmtpPort;

    /// <summary>Another host's database, to start over it as after a restart (null: this host's own).</summary>
    protected virtual string? SharedConnectionString => null;

    /// <summary>The started host, so a test can stop it (as a deploy or crash would) without deleting its database.</summary>
    public IHost? StartedHost { get; private set; }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        StartedHost = base.CreateHost(builder);
        return StartedHost;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:Tls", "none");
        builder.UseSetting("Smtp:From", "Frontline tests <frontline@example.test>");
        builder.UseSetting("Scheduler:Enabled", Scheduler ? "true" : "false");
        builder.UseSetting("Scheduler:IdleWaitSeconds", "1");
        builder.UseSetting("Notifications:DeliveryIntervalSeconds", "1");
        builder.UseSetting("Notifications:MaxAttempts", "3");
        builder.UseSetting("Notifications:FirstRetrySeconds", "60");
        builder.UseSetting("Notifications:LeaseSeconds", "30");
        if (SharedConnectionString is not null)
        {
            builder.UseSetting("ConnectionStrings:Frontline", SharedConnectionString);
        }
    }
}
