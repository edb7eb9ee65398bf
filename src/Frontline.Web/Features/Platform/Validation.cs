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
        // Handlers also take services (use cases, the DbContext) as arguments: only request data is validated, never a
        // service (walking a DbContext's properties would query every table).
        var services = context.HttpContext.RequestServices.GetService<IServiceProviderIsService>();
        foreach (var argument in context.Arguments)
        {
            if (argument is null || !IsRequestBody(argument.GetType()) || services?.IsService(argument.GetType()) == true)
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
        var errors = new List<(string Field, string Message)>();
        Collect(model, "", errors, depth: 0);
        return errors
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The annotations of <paramref name="model"/>, then its lists: a null element is an error (never a 500 further on),
    /// and request types inside lists or properties are validated too, named by path (<c>rules[2].level</c>).
    /// </summary>
    private static void Collect(object model, string prefix, List<(string Field, string Message)> errors, int depth)
    {
        // Null list elements first: a type's own Validate (IValidatableObject) may assume there are none.
        var nulls = Properties(model.GetType())
            .Select(p => (Field: prefix + JsonNamingPolicy.CamelCase.ConvertName(p.Name), Value: p.GetValue(model)))
            .Where(p => p.Value is System.Collections.IEnumerable and not string)
            .SelectMany(p => ((System.Collections.IEnumerable)p.Value!).Cast<object?>().Select((e, i) => (p.Field, Element: e, Index: i)))
            .Where(x => x.Element is null)
            .Select(x => ($"{x.Field}[{x.Index}]", "A list element cannot be null."))
            .ToList();
        if (nulls.Count > 0)
        {
            errors.AddRange(nulls);
            return;
        }

        var results = new List<ValidationResult>();
        try
        {
            Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true);
        }
        catch (Exception error) when (error is OverflowException or InvalidCastException or FormatException or ArgumentException)
        {
            // [Range(int, int)] on a long or decimal converts the value to int first, which throws beyond int: find the property.
            results.Clear();
            foreach (var property in Properties(model.GetType()))
            {
                try
                {
                    Validator.TryValidateProperty(property.GetValue(model), new ValidationContext(model) { MemberName = property.Name }, results);
                }
                catch (Exception inner) when (inner is OverflowException or InvalidCastException or FormatException or ArgumentException)
                {
                    results.Add(new ValidationResult("The value is outside the allowed range.", [property.Name]));
                }
            }
        }

        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                errors.Add((prefix + JsonNamingPolicy.CamelCase.ConvertName(member), result.ErrorMessage ?? "Invalid value."));
            }
        }

        if (depth >= 4)
        {
            return;
        }

        foreach (var property in Properties(model.GetType()))
        {
            var field = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            switch (property.GetValue(model))
            {
                case string or null:
                    break;
                case System.Collections.IEnumerable list:
                    var index = 0;
                    foreach (var element in list)
                    {
                        if (element is not null && IsRequestBody(element.GetType()))
                        {
                            Collect(element, $"{field}[{index}].", errors, depth + 1);
                        }

                        index++;
                    }

                    break;
                case { } value when IsRequestBody(value.GetType()):
                    Collect(value, field + ".", errors, depth + 1);
                    break;
            }
        }
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanRead);

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
        && !typeof(Microsoft.EntityFrameworkCore.DbContext).IsAssignableFrom(type)
        && type.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null
        && !type.IsEnum;
}
