using System.Globalization;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Display;
using Serilog.Formatting.Json;

namespace Frontline.Web.Features.Platform;

/// <summary>
/// The log stream: Serilog to the console (text, or JSON with <c>Logging:Json=true</c>), every sink behind
/// <see cref="CardNumberLogRedaction"/>. Sinks registered as <see cref="ILogEventSink"/> services (the tests capture the
/// stream this way) get the same masked events.
/// </summary>
public static class FrontlineLogging
{
    public static void AddFrontlineLogging(this WebApplicationBuilder builder)
    {
        var json = builder.Configuration.GetValue("Logging:Json", false);
        builder.Logging.ClearProviders();
        // Levels are Serilog's (below); MEL passes everything on, as Serilog's own AddSerilog sets up.
        builder.Logging.AddFilter<SerilogLoggerProvider>(null, LogLevel.Trace);
        builder.Services.AddSingleton<ILoggerProvider>(services => new SerilogLoggerProvider(Create(json, services.GetServices<ILogEventSink>()), dispose: true));
    }

    private static Logger Create(bool json, IEnumerable<ILogEventSink> extraSinks)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .Enrich.FromLogContext();
        return LoggerSinkConfiguration.Wrap(configuration.WriteTo, sink => new CardNumberLogRedaction(sink), sinks =>
        {
            sinks.Console(json
                ? new JsonFormatter(renderMessage: true)
                : new MessageTemplateTextFormatter("[{Timestamp:HH:mm:ss} {Level:u3}] {RequestId} {Message:lj}{NewLine}{Exception}", CultureInfo.InvariantCulture));
            foreach (var sink in extraSinks)
            {
                sinks.Sink(sink);
            }
        }).CreateLogger();
    }
}
