using Frontline.Web;
using Frontline.Web.Features.Platform;
using Serilog;
using Serilog.Formatting.Json;

// `dotnet run --project src/Frontline.Web -- audit verify` and `-- schema sqlite|postgres` are maintenance
// commands; anything else starts the web application.
if (args.Length > 0 && Cli.IsCommand(args[0]))
{
    return await Cli.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, builder.Configuration["urls"] ?? builder.Configuration["ASPNETCORE_URLS"] ?? "http://localhost:5080");

var logger = new LoggerConfiguration()
    .MinimumLevel.Information()
    .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning)
    .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
    .Enrich.FromLogContext()
    .Enrich.With<CardNumberLogEnricher>()
    .WriteTo.Console(builder.Configuration.GetValue("Logging:Json", false)
        ? new JsonFormatter(renderMessage: true)
        : new Serilog.Formatting.Display.MessageTemplateTextFormatter(
            "[{Timestamp:HH:mm:ss} {Level:u3}] {RequestId} {Message:lj}{NewLine}{Exception}", System.Globalization.CultureInfo.InvariantCulture))
    .CreateLogger();
builder.Logging.ClearProviders();
builder.Logging.AddSerilog(logger, dispose: true);

builder.Services.AddFrontline(builder.Configuration);

var app = builder.Build();
app.UseFrontline();
await PlatformModule.PrepareDatabaseAsync(app.Services);
await app.RunAsync();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
