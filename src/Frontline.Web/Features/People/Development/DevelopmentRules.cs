using Frontline.Domain.Platform;

namespace Frontline.Web.Features.People.Development;

/// <summary>Input checks shared by the development use cases.</summary>
internal static class DevelopmentRules
{
    public static void EnsureVersion(int? sent, int current, string what)
    {
        if (sent is null)
        {
            throw new DomainException("version.required", "Send the version you read.", DomainErrorKind.Invalid, "version");
        }

        if (sent != current)
        {
            throw new DomainException("version.stale", $"This {what} was changed by someone else. Reload and apply your change again.", DomainErrorKind.Conflict);
        }
    }

    public static string? Text(string? value, int max, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length > max
            ? throw new DomainException("text.too-long", $"This is longer than {max} characters.", DomainErrorKind.Invalid, field)
            : trimmed;
    }
}
