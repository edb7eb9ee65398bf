using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Frontline.Domain.Platform;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Platform;

/// <summary>
/// RFC 9457 problem details for every API error: domain refusals, bad JSON, stale versions. Internal
/// exception messages are never echoed; only messages written for people (domain errors, JSON paths).
/// </summary>
public static class ProblemResponses
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail,
        IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = TypeFor(status) };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>(StringComparer.Ordinal))
        {
            problem.Extensions[key] = value;
        }

        return WriteAsync(context, problem);
    }

    public static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? 500;
        problem.Extensions["traceId"] = context.TraceIdentifier;
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    public static string TypeFor(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        412 => "https://tools.ietf.org/html/rfc9110#section-15.5.13",
        423 => "https://tools.ietf.org/html/rfc4918#section-11.3",
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        _ => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
    };

    public static int StatusFor(DomainErrorKind kind) => kind switch
    {
        DomainErrorKind.Invalid => StatusCodes.Status400BadRequest,
        DomainErrorKind.NotFound => StatusCodes.Status404NotFound,
        DomainErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        DomainErrorKind.Conflict => StatusCodes.Status409Conflict,
        DomainErrorKind.Locked => StatusCodes.Status423Locked,
    };

    /// <summary>The problem a <see cref="DomainException"/> becomes.</summary>
    public static ProblemDetails From(DomainException error)
    {
        var status = StatusFor(error.Kind);
        var problem = error.Field is null
            ? new ProblemDetails()
            : new ValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal) { [error.Field] = [error.Message] });
        problem.Status = status;
        problem.Type = TypeFor(status);
        problem.Title = status switch
        {
            400 => "The request is not valid",
            403 => "Not allowed",
            404 => "Not found",
            409 => "Conflict",
            423 => "Locked",
            _ => "Error",
        };
        problem.Detail = error.Message;
        problem.Extensions["code"] = error.Code;
        return problem;
    }

    /// <summary>Maps exceptions that reach the top of the pipeline to problem details.</summary>
    public static async Task HandleExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var problem = error switch
        {
            DomainException domain => From(domain),
            BadHttpRequestException bad => BadRequest(bad),
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = 409,
                Title = "Conflict",
                Detail = "The record was changed by someone else since you loaded it. Reload it and apply your change again.",
                Extensions = { ["code"] = "version.stale" },
            },
            ValidationException validation => new ProblemDetails { Status = 400, Title = "The request is not valid", Detail = validation.Message },
            OperationCanceledException => new ProblemDetails { Status = 499, Title = "Request cancelled" },
            _ => new ProblemDetails
            {
                Status = 500,
                Title = "Unexpected error",
                Detail = "Something went wrong on our side. The error has been logged with the trace id below.",
            },
        };
        problem.Type ??= TypeFor(problem.Status ?? 500);
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !context.Response.HasStarted)
        {
            await WritePageAsync(context, problem);
            return;
        }

        await WriteAsync(context, problem);
    }

    /// <summary>A page request that fails gets a readable page, not JSON.</summary>
    private static async Task WritePageAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? 500;
        context.Response.ContentType = "text/html; charset=utf-8";
        var title = System.Net.WebUtility.HtmlEncode(problem.Title ?? "Error");
        var detail = System.Net.WebUtility.HtmlEncode(problem.Detail ?? "");
        await context.Response.WriteAsync($"""
            <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title} · Frontline</title>
            <link rel="stylesheet" href="/lib/npm/bootstrap/bootstrap.min.css"></head>
            <body class="container py-5"><main><h1 class="h3">{title}</h1><p>{detail}</p>
            <p class="small text-body-secondary">Reference: {System.Net.WebUtility.HtmlEncode(context.TraceIdentifier)}</p>
            <p><a href="/">Go to your home page</a></p></main></body></html>
            """);
    }

    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        // JSON that cannot be read: name the field (JSON path) so the caller can fix it.
        if (bad.InnerException is JsonException json)
        {
            var path = string.IsNullOrEmpty(json.Path) ? "$" : json.Path;
            var message = json.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "This field is not part of the request."
                : json.Message.Split(". Path:", 2)[0].Split(" Path:", 2)[0];
            return new ValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal) { [path] = [message] })
            {
                Status = 400,
                Title = "The request body is not valid JSON for this operation",
                Detail = $"{path}: {message}",
            };
        }

        return new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = "The request is not valid",
            Detail = CardNumberRedactor.Redact(bad.Message),
        };
    }
}
