using System.Globalization;

namespace Frontline.Domain.Performance;

/// <summary>The three kinds of check on monitoring data (CCTC9 3.3).</summary>
public enum CheckKind
{
    Completeness,
    Accuracy,
    Suitability,
}

/// <summary>One contact as the validation run sees it (UTC instants).</summary>
public sealed record ValidationContact(Guid Id, Guid? AgentId, Guid? TeamId, string? Queue, DateTime? OfferedAt, DateTime? QueuedAt, DateTime? AnsweredAt,
    DateTime? EndedAt, DateTime? WrapEndedAt, string? ExternalReference, DateOnly Day);

/// <summary>One problem found: its kind and code, a sentence for people, and the records (contacts) or subject behind it.</summary>
public sealed record DataProblem(CheckKind Kind, string Code, string Description, IReadOnlyList<Guid> ContactIds, Guid? Subject = null, DateOnly? Day = null);

/// <summary>Settings of a validation run.</summary>
/// <param name="MaxDurationSeconds">Longer waits or handling times are implausible (default 4 hours).</param>
/// <param name="MinimumContacts">An individual figure from fewer contacts is not reliable (default 30).</param>
public sealed record ValidationSettings(int MaxDurationSeconds = 4 * 3600, int MinimumContacts = Suitability.DefaultMinimumContacts);

/// <summary>
/// The checks run on a period's data before its results are published: completeness (days with no data, import gaps),
/// accuracy (impossible or implausible timings, duplicates by external reference, answered contacts with no agent) and
/// suitability (individual figures from too few contacts). Pure: the caller supplies the contacts and the period's days.
/// </summary>
public static class DataValidation
{
    /// <summary>At most this many contact ids are listed per problem (the count in the description is the whole).</summary>
    public const int MaxIdsPerProblem = 500;

    public static List<DataProblem> Run(IReadOnlyCollection<ValidationContact> contacts, DateOnly from, DateOnly to, ValidationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(settings);
        var problems = new List<DataProblem>();

        // Completeness: a day of the period with no contacts at all, when other days have some (an import gap or an outage).
        if (contacts.Count > 0)
        {
            var days = contacts.Select(c => c.Day).ToHashSet();
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                if (!days.Contains(day))
                {
                    problems.Add(new(CheckKind.Completeness, "no-data-day", $"No contacts on {day.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}: an import gap or an outage?",
                        [], Day: day));
                }
            }

            // Queues seen on some days but not on others of the period (weekdays only: many queues close at weekends).
            foreach (var queue in contacts.Where(c => c.Queue is not null).GroupBy(c => c.Queue!))
            {
                var queueDays = queue.Select(c => c.Day).ToHashSet();
                var missing = days.Where(d => !queueDays.Contains(d) && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Order().ToList();
                if (missing.Count > 0 && queueDays.Count >= 3)
                {
                    problems.Add(new(CheckKind.Completeness, "no-data-queue", $"Queue {queue.Key} has no contacts on {missing.Count} weekday(s) when others do: {string.Join(", ", missing.Take(5).Select(d => d.ToString("d MMM", CultureInfo.GetCultureInfo("en-GB"))))}.", []));
                }
            }
        }

        Add(problems, CheckKind.Accuracy, "answered-before-offered", "answered before they were offered",
            contacts.Where(c => c.AnsweredAt < c.OfferedAt));
        Add(problems, CheckKind.Accuracy, "answered-before-queued", "answered before they entered the queue",
            contacts.Where(c => c.AnsweredAt < c.QueuedAt));
        Add(problems, CheckKind.Accuracy, "ended-before-answered", "ended before they were answered",
            contacts.Where(c => c.EndedAt < c.AnsweredAt));
        Add(problems, CheckKind.Accuracy, "wrap-before-end", "finished wrap-up before the contact ended",
            contacts.Where(c => c.WrapEndedAt < c.EndedAt));
        var max = settings.MaxDurationSeconds;
        Add(problems, CheckKind.Accuracy, "implausible-duration", $"waited or were handled for more than {max / 3600.0:0.#} hours",
            contacts.Where(c => Seconds(c.QueuedAt, c.AnsweredAt) > max || Seconds(c.AnsweredAt, c.EndedAt) > max || Seconds(c.EndedAt, c.WrapEndedAt) > max));
        Add(problems, CheckKind.Accuracy, "answered-without-agent", "were answered but name no agent", contacts.Where(c => c.AnsweredAt is not null && c.AgentId is null));
        var duplicates = contacts.Where(c => c.ExternalReference is not null).GroupBy(c => c.ExternalReference!, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        if (duplicates.Count > 0)
        {
            // The first of each reference is kept; the copies are the records to exclude.
            var copies = duplicates.SelectMany(g => g.OrderBy(c => c.Id).Skip(1)).Select(c => c.Id).ToList();
            problems.Add(new(CheckKind.Accuracy, "duplicate-reference",
                $"{copies.Count} contact(s) repeat the external reference of another ({duplicates.Count} reference(s)): a file imported twice?", [.. copies.Take(MaxIdsPerProblem)]));
        }

        foreach (var agent in contacts.Where(c => c.AgentId is not null).GroupBy(c => c.AgentId!.Value))
        {
            var count = agent.Count();
            if (!Suitability.IsReliable(count, settings.MinimumContacts))
            {
                problems.Add(new(CheckKind.Suitability, "too-few-contacts",
                    $"{count} contact(s), fewer than {settings.MinimumContacts}: the individual figure is not reliable and is left out of rankings.", [], agent.Key));
            }
        }

        return problems;
    }

    private static double Seconds(DateTime? from, DateTime? to) => from is { } f && to is { } t ? (t - f).TotalSeconds : 0;

    private static void Add(List<DataProblem> problems, CheckKind kind, string code, string what, IEnumerable<ValidationContact> matches)
    {
        var ids = matches.Select(c => c.Id).ToList();
        if (ids.Count > 0)
        {
            problems.Add(new(kind, code, $"{ids.Count} contact(s) {what}.", [.. ids.Take(MaxIdsPerProblem)]));
        }
    }
}
