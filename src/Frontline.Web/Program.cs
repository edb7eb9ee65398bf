using Frontline.Web;
using Frontline.Web.Features.Platform;

// `dotnet run --project src/Frontline.Web -- audit verify` and `-- schema sqlite|postgres` are maintenance
// commands; anything else starts the web application.
if (args.Length > 0 && Cli.IsCommand(args[0]))
{
    return await Cli.RunAsync(args);
}

// The launch profile (`dotnet run`) asks for Development through FRONTLINE_DEFAULT_ENVIRONMENT rather than
// ASPNETCORE_ENVIRONMENT, so an environment named on the command line or in the environment (the README's production
// command) always wins over it.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is null
        && Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is null
        && !args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase))
            ? Environment.GetEnvironmentVariable("FRONTLINE_DEFAULT_ENVIRONMENT")
            : null,
});
builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, builder.Configuration["urls"] ?? builder.Configuration["ASPNETCORE_URLS"] ?? "http://localhost:5080");

builder.AddFrontlineLogging();
builder.Services.AddFrontline(builder.Configuration);

var app = builder.Build();
app.UseFrontline();
await PlatformModule.PrepareDatabaseAsync(app.Services);
await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
