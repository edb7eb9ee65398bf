using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;

namespace Frontline.Domain.Compliance.DataProtection;

public enum ErasureStatus
{
    Open,
    Completed,
}

/// <summary>
/// A request to erase a customer's personal data (UK GDPR Art 17), due within one month as Art 12(3) sets (the same clock
/// as subject access). Carrying it out records, per class of data, what was erased and what retention keeps restricted.
/// </summary>
public sealed class ErasureRequest : IVersioned
{
    public const int MaxTextLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CustomerId { get; init; }

    /// <summary>The customer's reference when the request came in (the organisation's own key, kept to find the request later).</summary>
    public string CustomerReference { get; init; } = "";

    public DateOnly ReceivedOn { get; init; }

    public CalendarDivision Division { get; init; }

    public string? Grounds { get; init; }

    public DateOnly DueDate { get; init; }

    public ErasureStatus Status { get; private set; } = ErasureStatus.Open;

    public DateOnly? CompletedOn { get; private set; }

    /// <summary>What was done, per class of data (filled when carried out).</summary>
    public List<ErasureLine> Outcome { get; private set; } = [];

    public Guid? HandlerId { get; init; }

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }

    public static ErasureRequest Receive(Guid customerId, string customerReference, DateOnly receivedOn, CalendarDivision division, string? grounds,
        BusinessCalendar calendar, DateOnly today, Guid? handlerId, DateTime now)
    {
        if (receivedOn > today)
        {
            throw new DomainException("erasure.received-future", "A request cannot be received in the future.", DomainErrorKind.Invalid, "receivedAt");
        }

        if (grounds?.Length > MaxTextLength)
        {
            throw new DomainException("erasure.too-long", "Keep the grounds to 2,000 characters.", DomainErrorKind.Invalid, "grounds");
        }

        return new ErasureRequest
        {
            CustomerId = customerId, CustomerReference = customerReference, ReceivedOn = receivedOn, Division = division,
            Grounds = string.IsNullOrWhiteSpace(grounds) ? null : grounds.Trim(),
            DueDate = SubjectAccessClock.Compute(receivedOn, calendar).DueDate, HandlerId = handlerId, CreatedAt = now,
        };
    }

    public void Complete(IReadOnlyList<ErasureLine> outcome, DateOnly today)
    {
        if (Status == ErasureStatus.Completed)
        {
            throw new DomainException("erasure.done", "This request was already carried out.", DomainErrorKind.Conflict);
        }

        Outcome = [.. outcome];
        Status = ErasureStatus.Completed;
        CompletedOn = today;
    }
}
