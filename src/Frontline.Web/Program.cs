using Frontline.Web;
using Frontline.Web.Features.Platform;

// `dotnet run --project src/Frontline.Web -- audit verify` and `-- schema sqlite|postgres` are maintenance
// commands; anything else starts the web application.
if (args.Length > 0 && Cli.IsCommand(args[0]))
{
    return await Cli.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
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
