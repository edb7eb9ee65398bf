namespace Frontline.Domain.Platform;

/// <summary>
/// A rule of the domain refused an operation. The web layer maps <see cref="Kind"/> to an HTTP status
/// (problem details) and shows <see cref="Exception.Message"/> to the user, so messages are written for people.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string code, string message, DomainErrorKind kind = DomainErrorKind.Invalid, string? field = null)
        : base(message)
    {
        Code = code;
        Kind = kind;
        Field = field;
    }

    public DomainException()
        : this("error", "The operation was refused.")
    {
    }

    public DomainException(string message)
        : this("error", message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "error";
    }

    /// <summary>A stable machine-readable code, e.g. <c>complaint.closed</c>.</summary>
    public string Code { get; }

    public DomainErrorKind Kind { get; }

    /// <summary>The input field the error is about, when there is one.</summary>
    public string? Field { get; }

    public static DomainException NotFound(string what) => new($"{what}.not-found", $"The {what} was not found.", DomainErrorKind.NotFound);
}

public enum DomainErrorKind
{
    /// <summary>The input breaks a rule (400).</summary>
    Invalid,

    /// <summary>The record does not exist or is outside the caller's scope (404).</summary>
    NotFound,

    /// <summary>The caller may not do this (403), e.g. beyond their authority.</summary>
    Forbidden,

    /// <summary>The record's state does not allow it, or it changed meanwhile (409).</summary>
    Conflict,

    /// <summary>The record is locked for a period (423).</summary>
    Locked,
}
