namespace Frontline.Web.Features.Cases;

/// <summary>
/// Contacts that qualify for a quality sample (CC32 2.1): owned by Cases, asked by Quality's sampling draw, so that
/// Quality never reads the contacts table itself. Not scoped to the caller: the draw runs for a plan, often on a
/// schedule with nobody signed in.
/// </summary>
public interface ISamplingContacts
{
    /// <summary>
    /// Contacts handled by <paramref name="agentIds"/> and recorded in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>)
    /// that match <paramref name="criteria"/>, in no particular order.
    /// </summary>
    Task<IReadOnlyList<SamplingCandidate>> QualifyingAsync(IReadOnlyCollection<Guid> agentIds, DateTime fromUtc, DateTime toUtc, ContactCriteria criteria,
        CancellationToken cancellationToken);
}

/// <summary>Filters on the contact itself; null or empty means any. Duration is answered to ended, in seconds.</summary>
public sealed record ContactCriteria(IReadOnlyList<string>? Channels, IReadOnlyList<string>? Queues, IReadOnlyList<string>? Outcomes,
    int? MinDurationSeconds, int? MaxDurationSeconds);

/// <summary>A qualifying contact: enough for the other modules' filters (customer) and the draw (agent).</summary>
public sealed record SamplingCandidate(Guid ContactId, Guid AgentId, Guid? CustomerId);
