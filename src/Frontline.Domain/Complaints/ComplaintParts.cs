namespace Frontline.Domain.Complaints;

/// <summary>A way of putting things right, weighed before one is agreed with the customer.</summary>
public sealed class ComplaintOption
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ComplaintId { get; init; }

    public required string Description { get; set; }

    public string? Advantages { get; set; }

    public string? Disadvantages { get; set; }

    /// <summary>Cost to the organisation in pence (GBP).</summary>
    public long CostPence { get; set; }

    public string? BenefitToCustomer { get; set; }

    /// <summary>True/false from the authority matrix; null when the matrix could not be asked.</summary>
    public bool? WithinAuthority { get; set; }

    public DateTime CreatedAt { get; init; }
}

public enum RedressType
{
    FinancialLoss,
    Interest,
    DistressAndInconvenience,
    Goodwill,
}

/// <summary>How the authority matrix answered for a redress amount.</summary>
public enum AuthorityStatus
{
    WithinAuthority,
    ReferredAboveAuthority,
    Unknown,
}

/// <summary>Money paid or offered to put a complaint right, in pence sterling only.</summary>
public sealed class ComplaintRedress
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ComplaintId { get; init; }

    public RedressType Type { get; init; }

    public long AmountPence { get; init; }

    public AuthorityStatus Authority { get; set; }

    public Guid RecordedBy { get; init; }

    public DateTime RecordedAt { get; init; }
}

/// <summary>A step in the referral chain: who the complaint (or a decision on it) was passed to, and how long they took.</summary>
public sealed class ComplaintReferral
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ComplaintId { get; init; }

    public Guid FromStaffId { get; init; }

    /// <summary>The role or person referred to, e.g. "Manager" (above authority).</summary>
    public required string ReferredTo { get; init; }

    public required string Reason { get; init; }

    public DateTime ReferredAt { get; init; }

    public DateTime? RespondedAt { get; set; }
}

public enum LetterKind
{
    Acknowledgement,
    SummaryResolution,
    Holding,
    FinalResponse,
}

/// <summary>A letter issued to the complainant, kept as the PDF that was sent.</summary>
public sealed class ComplaintLetter
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ComplaintId { get; init; }

    public LetterKind Kind { get; init; }

    [Platform.PersonalData]
    public required string Body { get; set; }

    /// <summary>Erasure once the complaint's retention has ended: the letter's text and PDF go, the fact it was sent stays.</summary>
    public void Erase()
    {
        Body = "";
        Pdf = [];
    }

    /// <summary>The PDF as issued. Left out of the audit trail: <see cref="Body"/> already records what it says.</summary>
    [Platform.Secret]
    public required byte[] Pdf { get; set; }

    public Guid IssuedBy { get; init; }

    public DateTime IssuedAt { get; init; }
}
