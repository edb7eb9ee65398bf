using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;

namespace Frontline.Domain.Compliance.DataProtection;

public enum SarRequester
{
    Customer,
    AuthorisedThirdParty,
}

public enum SarStatus
{
    Open,
    Paused,
    Completed,
}

/// <summary>
/// A subject access request (UK GDPR Art 15) on the ICO clock: received, the requester and how they were verified,
/// pauses while awaiting ID, clarification or a fee (each recorded with its reason), an extension notified within the
/// first month, completion.
/// </summary>
public sealed class SubjectAccessRequest : IVersioned
{
    public const int MaxTextLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CustomerId { get; init; }

    public DateOnly ReceivedOn { get; init; }

    public CalendarDivision Division { get; init; }

    public SarRequester Requester { get; set; }

    public string? RequesterName { get; set; }

    public string? VerifiedHow { get; set; }

    public List<ClockPause> Pauses { get; set; } = [];

    public bool Extended { get; set; }

    public string? ExtensionReason { get; set; }

    public DateOnly? ExtensionNotifiedOn { get; set; }

    /// <summary>The deadline in force (one month, or three when extended), kept for lists and reminders.</summary>
    public DateOnly DueDate { get; set; }

    public SarStatus Status { get; set; } = SarStatus.Open;

    public DateOnly? CompletedOn { get; set; }

    public Guid? HandlerId { get; init; }

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }

    public ClockPause? OpenPause => Pauses.LastOrDefault(p => p.To is null);

    public static SubjectAccessRequest Receive(Guid customerId, DateOnly receivedOn, CalendarDivision division, SarRequester requester, string? requesterName,
        string? verifiedHow, BusinessCalendar calendar, DateOnly today, Guid? handlerId, DateTime now)
    {
        if (receivedOn > today)
        {
            throw new DomainException("sar.received-future", "A request cannot be received in the future.", DomainErrorKind.Invalid, "receivedAt");
        }

        if (requester == SarRequester.AuthorisedThirdParty && string.IsNullOrWhiteSpace(requesterName))
        {
            throw new DomainException("sar.requester-name", "Name the third party acting for the customer.", DomainErrorKind.Invalid, "requesterName");
        }

        if (requesterName?.Length > 200 || verifiedHow?.Length > MaxTextLength)
        {
            throw new DomainException("sar.too-long", "Keep the requester to 200 characters and the verification to 2,000.", DomainErrorKind.Invalid, "verifiedHow");
        }

        var request = new SubjectAccessRequest
        {
            CustomerId = customerId,
            ReceivedOn = receivedOn,
            Division = division,
            Requester = requester,
            RequesterName = string.IsNullOrWhiteSpace(requesterName) ? null : requesterName.Trim(),
            VerifiedHow = string.IsNullOrWhiteSpace(verifiedHow) ? null : verifiedHow.Trim(),
            HandlerId = handlerId,
            CreatedAt = now,
        };
        request.Recompute(calendar);
        return request;
    }

    public SarDeadlines Deadlines(BusinessCalendar calendar) => SubjectAccessClock.Compute(ReceivedOn, calendar, Pauses);

    /// <summary>The clock stops from <paramref name="from"/> while the information is awaited.</summary>
    public void Pause(SarPauseReason reason, DateOnly from, DateOnly today)
    {
        RequireOpen();
        if (OpenPause is not null)
        {
            throw new DomainException("sar.already-paused", "The clock is already paused; resume it first.", DomainErrorKind.Conflict);
        }

        if (from < ReceivedOn || from > today || (Pauses.Count > 0 && from < Pauses[^1].To))
        {
            throw new DomainException("sar.pause-date", "A pause starts on or after the request was received (and the last pause ended), and not in the future.",
                DomainErrorKind.Invalid, "from");
        }

        Pauses.Add(new ClockPause(reason, from, null));
        Status = SarStatus.Paused;
    }

    /// <summary>The information arrived on <paramref name="on"/>: the deadline moves later by the days paused.</summary>
    public void Resume(DateOnly on, BusinessCalendar calendar, DateOnly today)
    {
        if (OpenPause is not { } open)
        {
            throw new DomainException("sar.not-paused", "The clock is not paused.", DomainErrorKind.Conflict);
        }

        if (on < open.From || on > today)
        {
            throw new DomainException("sar.resume-date", "The clock resumes on or after the day it was paused, and not in the future.", DomainErrorKind.Invalid, "on");
        }

        Pauses[^1] = open with { To = on };
        Status = SarStatus.Open;
        Recompute(calendar);
    }

    /// <summary>Extends by two further months (complex or numerous requests), notified with reasons within the first month.</summary>
    public void Extend(string? reason, DateOnly notifiedOn, BusinessCalendar calendar)
    {
        RequireOpen();
        if (Extended)
        {
            throw new DomainException("sar.already-extended", "The request is already extended.", DomainErrorKind.Conflict);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("sar.extension-reason", "Give the reason for the extension (it is told to the requester).", DomainErrorKind.Invalid, "reason");
        }

        if (notifiedOn > Deadlines(calendar).DueDate || notifiedOn < ReceivedOn)
        {
            throw new DomainException("sar.extension-late", "An extension must be notified within the first month.", DomainErrorKind.Invalid, "notifiedOn");
        }

        Extended = true;
        ExtensionReason = reason.Trim();
        ExtensionNotifiedOn = notifiedOn;
        Recompute(calendar);
    }

    public void Complete(DateOnly on)
    {
        RequireOpen();
        if (OpenPause is not null || on < ReceivedOn)
        {
            throw new DomainException("sar.complete", "Resume the clock before completing, on or after the day received.", DomainErrorKind.Conflict);
        }

        Status = SarStatus.Completed;
        CompletedOn = on;
    }

    private void RequireOpen()
    {
        if (Status == SarStatus.Completed)
        {
            throw new DomainException("sar.completed", "The request is completed.", DomainErrorKind.Conflict);
        }
    }

    private void Recompute(BusinessCalendar calendar)
    {
        var d = Deadlines(calendar);
        DueDate = Extended ? d.ExtendedDueDate : d.DueDate;
    }
}
