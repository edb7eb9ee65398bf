using Frontline.Domain.Platform;

namespace Frontline.Domain.Cases;

/// <summary>
/// One interaction with a customer (or an unidentified caller) on any channel. Owned by the Cases module;
/// other modules refer to it by id.
/// </summary>
public sealed class Contact : IVersioned
{
    public const int MaxNotesLength = 4000;
    public const int MaxQueueLength = 60;
    public const int MaxOutcomeLength = 40;
    public const int MaxExternalReferenceLength = 80;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid? CustomerId { get; set; }

    public Guid? AgentId { get; set; }

    /// <summary>The agent's team when the contact was recorded: team leaders see their team's contacts.</summary>
    public Guid? TeamId { get; set; }

    public Guid? CaseId { get; set; }

    /// <summary>Channel code, one of <see cref="ContactChannels.All"/>.</summary>
    public string Channel { get; set; } = ContactChannels.Phone;

    /// <summary><c>inbound</c> or <c>outbound</c>.</summary>
    public string Direction { get; set; } = ContactDirections.Inbound;

    /// <summary>The queue or service type the contact was offered on (e.g. the 1999 log's <c>PS</c>).</summary>
    public string? Queue { get; set; }

    /// <summary>When the contact was offered to the centre (reached it, e.g. entered the IVR).</summary>
    public DateTime? OfferedAt { get; set; }

    /// <summary>
    /// When the contact entered the queue (after any IVR), so that waiting is measured from here; equal to
    /// <see cref="AnsweredAt"/> for a contact answered without queueing; null when it never reached a queue.
    /// </summary>
    public DateTime? QueuedAt { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public DateTime? EndedAt { get; set; }

    /// <summary>When after-contact work (wrap-up) finished.</summary>
    public DateTime? WrapEndedAt { get; set; }

    /// <summary>Outcome code, e.g. <c>resolved</c>, <c>case-opened</c>, <c>abandoned</c>.</summary>
    public string? Outcome { get; set; }

    /// <summary>Free text, card numbers redacted before it is stored; personal (the audit trail masks it).</summary>
    [PersonalData]
    public string? Notes { get; set; }

    /// <summary>The id in the system it came from (telephony, a CSV log), so imports can be traced.</summary>
    public string? ExternalReference { get; set; }

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }

    /// <summary>
    /// Set when an erasure request left records that retention keeps (UK GDPR Art 17(3)): until this day only compliance
    /// officers see the record, with <see cref="RestrictionReason"/>; the retention job erases it then.
    /// </summary>
    public DateOnly? RestrictedUntil { get; set; }

    public string? RestrictionReason { get; set; }

    /// <summary>Erasure: the notes and the recording reference go; the contact's timings stay for the centre's figures.</summary>
    public void Anonymise()
    {
        Notes = null;
        ExternalReference = null;
    }
}

public static class ContactChannels
{
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Chat = "chat";
    public const string Letter = "letter";
    public const string Social = "social";
    public const string FaceToFace = "face-to-face";

    public static readonly IReadOnlyList<string> All = [Phone, Email, Chat, Letter, Social, FaceToFace];

    public static bool IsKnown(string? channel) => channel is not null && All.Contains(channel, StringComparer.Ordinal);
}

public static class ContactDirections
{
    public const string Inbound = "inbound";
    public const string Outbound = "outbound";

    public static readonly IReadOnlyList<string> All = [Inbound, Outbound];
}
