namespace Frontline.Web.Features.Platform;

/// <summary>
/// The headers every answer carries, pages, API, static files and errors alike: scripts and everything else only from
/// this site (no inline script anywhere: charts and htmx read data attributes), never framed, no MIME sniffing, the
/// referrer kept to this site, and API answers (personal data) never stored by browsers or proxies.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    // Inline style attributes remain allowed (Bootstrap utilities and htmx's indicator style); inline script is not.
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/ui"))
            {
                headers.CacheControl = "no-store";
            }

            headers.Remove("Server");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
