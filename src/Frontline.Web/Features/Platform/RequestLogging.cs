using System.Diagnostics;
using System.Globalization;
using Serilog.Context;

namespace Frontline.Web.Features.Platform;

/// <summary>
/// One structured log line per request with its request id. Only the path is logged, never the query
/// string, headers or body: searches carry personal data and headers carry tokens.
/// </summary>
public sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        using (LogContext.PushProperty("RequestId", context.TraceIdentifier))
        {
            var started = Stopwatch.GetTimestamp();
            // Server-side time for benchmarks and browser dev tools, measured up to the first byte of the response.
            context.Response.OnStarting(() =>
            {
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                context.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"app;dur={ms:0.00}");
                return Task.CompletedTask;
            });
            try
            {
                await next(context);
            }
            finally
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var level = context.Response.StatusCode >= 500 ? LogLevel.Error : LogLevel.Information;
                if (!context.Request.Path.StartsWithSegments("/_content", StringComparison.Ordinal)
                    && !context.Request.Path.StartsWithSegments("/lib", StringComparison.Ordinal))
                {
                    logger.Log(level, "{Method} {Path} answered {StatusCode} in {ElapsedMs:0.0} ms",
                        context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsed);
                }
            }
        }
    }
}
