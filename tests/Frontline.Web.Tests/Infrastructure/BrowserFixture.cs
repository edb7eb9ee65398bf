using Microsoft.Playwright;

namespace Frontline.Web.Tests.Infrastructure;

/// <summary>
/// Headless Debian Chromium driven by Playwright, against the app on a real loopback port. A missing
/// browser is a failure with a clear message, never a skip (test.sh installs it).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public BrowserAppFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => App.ServerAddress;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("FRONTLINE_CHROMIUM") ?? ChromiumPath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium was not found at {executable}. Install it with 'apt-get install -y chromium' (./test.sh does this).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context and page, signed in as <paramref name="username"/>.</summary>
    public async Task<IPage> SignedInPageAsync(string username, string password, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        try
        {
            // The address is what tells a sign-in from a refusal; waiting for the whole page's load event as well only
            // adds a way to time out on a busy machine (the next steps wait for what they use).
            await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException ex)
        {
            // Say what the page showed instead (a refused sign-in, an error page), so a failure can be diagnosed from the log.
            var error = page.GetByTestId("sign-in-error");
            var shown = await error.CountAsync() > 0 ? await error.InnerTextAsync() : await page.Locator("body").InnerTextAsync();
            shown = shown.Length > 300 ? shown[..300] : shown;
            throw new InvalidOperationException($"Signing in as {username} stayed on {page.Url}; the page showed: {shown}", ex);
        }

        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
