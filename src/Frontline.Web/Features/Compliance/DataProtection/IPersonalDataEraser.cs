using Frontline.Domain.Compliance.DataProtection;

namespace Frontline.Web.Features.Compliance.DataProtection;

/// <summary>
/// Erasure of what a module holds about one customer (UK GDPR Art 17), against the retention schedule. Each module that
/// keeps personal data implements this in its own folder, changing only its own tables: what may go is anonymised (or
/// deleted), what retention keeps is restricted until the day it can go. Changes are tracked, not saved: the desk saves
/// every module's changes together, so an erasure is never half done.
/// </summary>
public interface IPersonalDataEraser
{
    /// <summary>Runs after the others when it holds the person's identity, which retained records elsewhere still need.</summary>
    bool HoldsIdentity => false;

    /// <summary>Why erasure must wait (e.g. an open complaint), or null.</summary>
    Task<string?> RefusalAsync(Guid customerId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <summary>What would happen to each class, without changing anything.</summary>
    Task<IReadOnlyList<ErasureLine>> AssessAsync(ErasureContext context, CancellationToken cancellationToken);

    /// <summary>Anonymises or restricts (tracked, unsaved) and says what it did.</summary>
    Task<IReadOnlyList<ErasureLine>> EraseAsync(ErasureContext context, CancellationToken cancellationToken);

    /// <summary>The scheduled retention job: erases this module's restricted records whose retention has ended (tracked, unsaved).</summary>
    Task<int> EraseExpiredAsync(DateOnly today, CancellationToken cancellationToken);
}

/// <summary>
/// One erasure: whose data, the schedule, today, and (for the module holding the identity) the last day any other module
/// keeps restricted records about the person.
/// </summary>
public sealed record ErasureContext(Guid CustomerId, RetentionSchedule Schedule, DateOnly Today, DateOnly? OthersKeepUntil = null, string? Reason = null)
{
    /// <summary>The reason shown on a restricted record (the rule's basis).</summary>
    public string RestrictionReason(string dataClass) =>
        $"Kept under retention ({dataClass}: {Schedule.For(dataClass).Months} months from {Schedule.For(dataClass).StartsFrom}; {Schedule.For(dataClass).Basis}) despite an erasure request.";
}

/// <summary>How a module's records of one class divide between erased now and restricted until their retention ends.</summary>
public static class ErasurePlan
{
    /// <summary>
    /// Splits records by the date retention keeps each until (null: may go now) and, when <paramref name="apply"/>, erases or
    /// restricts each; returns one line per action taken (nothing for a class with no records).
    /// </summary>
    public static IReadOnlyList<ErasureLine> Apply<T>(string dataClass, IEnumerable<T> records, Func<T, DateOnly?> keepUntil, ErasureContext context,
        bool apply, Action<T> erase, Action<T, DateOnly, string> restrict)
    {
        var erased = 0;
        var restricted = 0;
        DateOnly? latest = null;
        var reason = context.RestrictionReason(dataClass);
        foreach (var record in records)
        {
            if (keepUntil(record) is { } until)
            {
                restricted++;
                latest = latest is null || until > latest ? until : latest;
                if (apply)
                {
                    restrict(record, until, reason);
                }
            }
            else
            {
                erased++;
                if (apply)
                {
                    erase(record);
                }
            }
        }

        var lines = new List<ErasureLine>();
        if (erased > 0)
        {
            lines.Add(new ErasureLine(dataClass, erased, ErasureAction.Erased, "No retention rule keeps these: personal fields blanked."));
        }

        if (restricted > 0)
        {
            lines.Add(new ErasureLine(dataClass, restricted, ErasureAction.Restricted, reason, latest));
        }

        return lines;
    }
}
