using System.Text.RegularExpressions;

namespace Frontline.Domain.Cases;

/// <summary>One problem with one field of a contact (or a CSV row).</summary>
public sealed record FieldError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}

/// <summary>
/// The rules every contact obeys, however it arrives (agent, API, batch, CSV): known channel and direction,
/// timings in order (offered ≤ answered ≤ ended ≤ wrap-up end) and not in the future, a well-formed outcome code.
/// Pure and allocation-light so a batch of 10,000 is checked in memory before anything is saved.
/// </summary>
public static partial class ContactRules
{
    /// <summary>Clock skew tolerated between telephony and the centre before a time counts as "in the future".</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    public static List<FieldError> Check(string? channel, string? direction, DateTime? offeredAt, DateTime? answeredAt,
        DateTime? endedAt, DateTime? wrapEndedAt, string? outcome, DateTime now, DateTime? queuedAt = null)
    {
        var errors = new List<FieldError>();
        if (!ContactChannels.IsKnown(channel))
        {
            errors.Add(new("channel", $"Channel must be one of {string.Join(", ", ContactChannels.All)}."));
        }

        if (direction is not (ContactDirections.Inbound or ContactDirections.Outbound))
        {
            errors.Add(new("direction", "Direction must be inbound or outbound."));
        }

        if (outcome is not null && !OutcomeCode().IsMatch(outcome))
        {
            errors.Add(new("outcome", "An outcome code is 1–40 lower-case letters, digits and dashes, e.g. 'resolved'."));
        }

        var latest = now + FutureTolerance;
        CheckNotFuture(errors, "offeredAt", offeredAt, latest);
        CheckNotFuture(errors, "answeredAt", answeredAt, latest);
        CheckNotFuture(errors, "endedAt", endedAt, latest);
        CheckNotFuture(errors, "wrapEndedAt", wrapEndedAt, latest);
        CheckNotFuture(errors, "queuedAt", queuedAt, latest);
        CheckOrder(errors, "queuedAt", queuedAt, "offeredAt", offeredAt);
        CheckOrder(errors, "answeredAt", answeredAt, "offeredAt", offeredAt);
        CheckOrder(errors, "endedAt", endedAt, "answeredAt", answeredAt ?? offeredAt);
        CheckOrder(errors, "wrapEndedAt", wrapEndedAt, "endedAt", endedAt);
        return errors;
    }

    private static void CheckNotFuture(List<FieldError> errors, string field, DateTime? value, DateTime latest)
    {
        if (value > latest)
        {
            errors.Add(new(field, "This time is in the future."));
        }
    }

    private static void CheckOrder(List<FieldError> errors, string field, DateTime? value, string earlierField, DateTime? earlier)
    {
        if (value is { } v && earlier is { } e && v < e)
        {
            errors.Add(new(field, $"{field} cannot be before {earlierField}."));
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex OutcomeCode();
}
