using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Frontline.Domain.Platform;

namespace Frontline.Web.Features.Platform;

/// <summary>
/// Validates API request bodies with their data annotations (<c>[Required]</c>, <c>[StringLength]</c>,
/// <c>[Range]</c>, <c>[EmailAddress]</c> and <see cref="IValidatableObject"/>) before the handler runs, and
/// answers 400 validation problem details with camelCase field names.
/// </summary>
public sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var argument in context.Arguments)
        {
            if (argument is null || !IsRequestBody(argument.GetType()))
            {
                continue;
            }

            var errors = Validate(argument);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors, title: "The request is not valid",
                    type: ProblemResponses.TypeFor(400));
            }
        }

        return await next(context);
    }

    public static Dictionary<string, string[]> Validate(object model)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true);
        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Member: m, r.ErrorMessage)))
            .GroupBy(x => JsonNamingPolicy.CamelCase.ConvertName(x.Member), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.ErrorMessage ?? "Invalid value.").ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Throws a <see cref="DomainException"/> for the first error; for pages and use cases.</summary>
    public static void ThrowIfInvalid(object model)
    {
        var errors = Validate(model);
        if (errors.Count > 0)
        {
            var (field, messages) = errors.First();
            throw new DomainException("validation", messages[0], DomainErrorKind.Invalid, field);
        }
    }

    private static bool IsRequestBody(Type type) =>
        type.Namespace?.StartsWith("Frontline.", StringComparison.Ordinal) == true
        && type.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null
        && !type.IsEnum;
}
