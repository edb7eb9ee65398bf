namespace Frontline.Web.Features.Cases;

/// <summary>
/// The timings of contacts, for measures computed elsewhere (Performance's KPIs, validation and day plans): owned by
/// Cases, so that no other module reads the contacts table. Not scoped to the caller: measures run for a whole centre,
/// often on a schedule; the asking module applies its own scope to what it shows.
/// </summary>
public interface IContactMeasures
{
    /// <summary>
    /// Contacts that happened in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) — offered then, or recorded then when
    /// they have no offered time — matching <paramref name="filter"/>, in no particular order, streamed.
    /// </summary>
    IAsyncEnumerable<ContactTiming> TimingsAsync(DateTime fromUtc, DateTime toUtc, ContactMeasureFilter filter, CancellationToken cancellationToken);

    /// <summary>
    /// The totals the queue and handling measures need (service level at <paramref name="thresholdSeconds"/>, speed of answer,
    /// abandonment, handling time), counted in the database over the same contacts <see cref="TimingsAsync"/> gives, per group.
    /// </summary>
    Task<IReadOnlyList<ContactGroupTotals>> TotalsAsync(DateTime fromUtc, DateTime toUtc, ContactMeasureFilter filter, ContactGrouping grouping, int thresholdSeconds,
        CancellationToken cancellationToken);

    /// <summary>The queues contacts have been offered on (for checking that a filter names a real one).</summary>
    Task<IReadOnlyList<string>> QueuesAsync(CancellationToken cancellationToken);
}

/// <summary>Filters on the contact; null means any.</summary>
public sealed record ContactMeasureFilter(string? Channel = null, string? Queue = null, Guid? TeamId = null, Guid? AgentId = null,
    IReadOnlyCollection<Guid>? ContactIds = null);

/// <summary>
/// What measures need of one contact: who handled it, where it came from, and its instants (UTC). <c>QueuedAt</c> is when
/// it entered the queue (null: it never reached one, e.g. hung up in the IVR).
/// </summary>
public sealed record ContactTiming(Guid Id, Guid? AgentId, Guid? TeamId, Guid? CustomerId, string Channel, string Direction, string? Queue,
    DateTime? OfferedAt, DateTime? QueuedAt, DateTime? AnsweredAt, DateTime? EndedAt, DateTime? WrapEndedAt, string? Outcome, string? ExternalReference,
    DateTime CreatedAt);
