using Frontline.Domain.Platform;

namespace Frontline.Domain.Communications;

/// <summary>A channel as the centre configures it: whether it is offered, and its costs (all in pence).</summary>
public sealed class ChannelSettings : IVersioned
{
    /// <summary>The catalogue key (<see cref="MediaChannels"/>).</summary>
    public required string Channel { get; init; }

    public bool Offered { get; set; }

    public long StaffPencePerHour { get; set; }

    public long TechnologyPencePerMonth { get; set; }

    public long TechnologyPencePerContact { get; set; }

    public long PostagePencePerContact { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Guid? UpdatedById { get; set; }

    public int Version { get; set; }

    public ChannelCosts Costs => new(StaffPencePerHour, TechnologyPencePerMonth, TechnologyPencePerContact, PostagePencePerContact);

    public static ChannelSettings Configure(ChannelSettings? existing, string channel, bool offered, ChannelCosts costs, Guid byId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(costs);
        if (MediaChannels.Find(channel) is null)
        {
            throw DomainException.NotFound("channel");
        }

        costs.Validate();
        var settings = existing ?? new ChannelSettings { Channel = channel };
        settings.Offered = offered;
        settings.StaffPencePerHour = costs.StaffPencePerHour;
        settings.TechnologyPencePerMonth = costs.TechnologyPencePerMonth;
        settings.TechnologyPencePerContact = costs.TechnologyPencePerContact;
        settings.PostagePencePerContact = costs.PostagePencePerContact;
        settings.UpdatedAt = now;
        settings.UpdatedById = byId;
        return settings;
    }
}

/// <summary>
/// What the centre's own data says about one channel over a period, gathered from the modules that hold it: contacts
/// and their handling time (Cases), first-contact resolution (Cases), complaints received (Complaints), satisfaction
/// responses (Quality), contacts from customers with recorded support needs (Cases with Customers).
/// </summary>
public sealed record ChannelActivity(string Channel, long Contacts, long HandlingSeconds, long FirstContactResolved, long FirstContactBase, long Complaints,
    long CsatSatisfied, long CsatResponses, long SupportNeedsContacts);

/// <summary>A channel's figures for a period: each ratio null when there is nothing to divide by.</summary>
public sealed record ChannelFigure(MediaChannel Channel, bool Offered, ChannelCosts Costs, long Contacts, double? AverageHandlingSeconds, long? CostPerContactPence,
    string CostFormula, double? FirstContactResolution, double? ComplaintsPer1000, double? Csat, long CsatResponses, double? SupportNeedsShare);

/// <summary>Per-channel figures for a period (CC26 1.1, CCTC9 4.3), with the cost-per-contact formula written out.</summary>
public static class ChannelFigures
{
    /// <summary>Average days in a month (365.25 ÷ 12): a period's months for spreading the monthly technology cost.</summary>
    public const decimal DaysPerMonth = 30.4375m;

    /// <summary>The months in the inclusive date range <paramref name="from"/>..<paramref name="to"/>.</summary>
    public static decimal Months(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber + 1) / DaysPerMonth;

    public static ChannelFigure For(MediaChannel channel, ChannelSettings? settings, ChannelActivity activity, decimal months)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(activity);
        var costs = settings?.Costs ?? new ChannelCosts(0, 0, 0, 0);
        var cost = ChannelCost.CostPerContactPence(costs, activity.Contacts, activity.HandlingSeconds, months);
        double? aht = activity.Contacts == 0 ? null : (double)activity.HandlingSeconds / activity.Contacts;
        return new ChannelFigure(channel, settings?.Offered ?? false, costs, activity.Contacts, aht, cost, Formula(costs, activity, months, aht, cost),
            Ratio(activity.FirstContactResolved, activity.FirstContactBase), Ratio(activity.Complaints * 1000, activity.Contacts),
            Ratio(activity.CsatSatisfied, activity.CsatResponses), activity.CsatResponses, Ratio(activity.SupportNeedsContacts, activity.Contacts));
    }

    private static double? Ratio(long part, long whole) => whole == 0 ? null : (double)part / whole;

    private static string Formula(ChannelCosts costs, ChannelActivity activity, decimal months, double? aht, long? cost)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (cost is null)
        {
            return "No contacts in the period: no cost per contact.";
        }

        return string.Create(inv,
            $"{aht:0} s handling \u00f7 3600 \u00d7 {costs.StaffPencePerHour}p/hour + {costs.TechnologyPencePerContact}p technology + {costs.PostagePencePerContact}p postage + {months:0.##} months \u00d7 {costs.TechnologyPencePerMonth}p/month \u00f7 {activity.Contacts} contacts = {cost}p");
    }
}

/// <summary>What an evaluation recommends for a channel.</summary>
public enum ChannelRecommendation
{
    Introduce,
    Expand,
    Maintain,
    Reduce,
    Withdraw,
}

/// <summary>The weights of the five criteria (whole numbers, none negative, summing to something positive).</summary>
public sealed record EvaluationWeights(int Cost, int Preference, int Accessibility, int Resolution, int Risk)
{
    public int Total => Cost + Preference + Accessibility + Resolution + Risk;

    public void Validate()
    {
        if (Cost < 0 || Preference < 0 || Accessibility < 0 || Resolution < 0 || Risk < 0 || Cost + Preference + Accessibility + Resolution + Risk > 1000)
        {
            throw new DomainException("channel-evaluation.weights", "Weights are whole numbers from 0 to 1000.", DomainErrorKind.Invalid, "weights");
        }

        if (Total <= 0)
        {
            throw new DomainException("channel-evaluation.weights", "The weights must add up to more than zero.", DomainErrorKind.Invalid, "weights");
        }
    }
}

/// <summary>One channel's scores (1 to 5, higher is better: cheaper, preferred, more accessible, resolves more, less risk) and recommendation.</summary>
public sealed record ChannelScoreInput(string Channel, int Cost, int Preference, int Accessibility, int Resolution, int Risk, ChannelRecommendation Recommendation,
    string Reasons);

/// <summary>
/// A dated evaluation of the channels by a named person (CCTC9 4.3): scores against weighted criteria, a weighted
/// score per channel, and a recommendation with reasons. Evaluations are kept as history, never edited.
/// </summary>
public sealed class ChannelEvaluation
{
    public const int MaxReasonsLength = 2000;
    public const int MaxTitleLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; init; }

    public DateOnly EvaluatedOn { get; init; }

    public Guid EvaluatorId { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateOnly PeriodFrom { get; init; }

    public DateOnly PeriodTo { get; init; }

    public int CostWeight { get; init; }

    public int PreferenceWeight { get; init; }

    public int AccessibilityWeight { get; init; }

    public int ResolutionWeight { get; init; }

    public int RiskWeight { get; init; }

    public List<ChannelEvaluationEntry> Entries { get; init; } = [];

    public static ChannelEvaluation Record(string title, DateOnly from, DateOnly to, EvaluationWeights weights, IReadOnlyList<ChannelScoreInput> scores, Guid evaluatorId,
        DateTime now)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(scores);
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > MaxTitleLength)
        {
            throw new DomainException("channel-evaluation.title", $"Give the evaluation a title of up to {MaxTitleLength} characters.", DomainErrorKind.Invalid, "title");
        }

        if (to < from)
        {
            throw new DomainException("channel-evaluation.period", "The period ends before it starts.", DomainErrorKind.Invalid, "to");
        }

        weights.Validate();
        if (scores.Count == 0)
        {
            throw new DomainException("channel-evaluation.scores", "Score at least one channel.", DomainErrorKind.Invalid, "channels");
        }

        var evaluation = new ChannelEvaluation
        {
            Title = title.Trim(), EvaluatedOn = DateOnly.FromDateTime(now), EvaluatorId = evaluatorId, CreatedAt = now, PeriodFrom = from, PeriodTo = to,
            CostWeight = weights.Cost, PreferenceWeight = weights.Preference, AccessibilityWeight = weights.Accessibility, ResolutionWeight = weights.Resolution,
            RiskWeight = weights.Risk,
        };
        for (var i = 0; i < scores.Count; i++)
        {
            var s = scores[i];
            if (MediaChannels.Find(s.Channel) is null || scores.Take(i).Any(o => o.Channel == s.Channel))
            {
                throw new DomainException("channel-evaluation.channel", $"Row {i + 1}: choose each channel from the catalogue once.", DomainErrorKind.Invalid,
                    $"channels[{i}].channel");
            }

            if (new[] { s.Cost, s.Preference, s.Accessibility, s.Resolution, s.Risk }.Any(v => v is < 1 or > 5))
            {
                throw new DomainException("channel-evaluation.score", $"Row {i + 1}: score each criterion from 1 to 5.", DomainErrorKind.Invalid, $"channels[{i}]");
            }

            if (!Enum.IsDefined(s.Recommendation))
            {
                throw new DomainException("channel-evaluation.recommendation", $"Row {i + 1}: recommend introduce, expand, maintain, reduce or withdraw.",
                    DomainErrorKind.Invalid, $"channels[{i}].recommendation");
            }

            if (string.IsNullOrWhiteSpace(s.Reasons) || s.Reasons.Length > MaxReasonsLength)
            {
                throw new DomainException("channel-evaluation.reasons", $"Row {i + 1}: give the reasons for the recommendation.", DomainErrorKind.Invalid,
                    $"channels[{i}].reasons");
            }

            evaluation.Entries.Add(new ChannelEvaluationEntry
            {
                EvaluationId = evaluation.Id, Channel = s.Channel, Cost = s.Cost, Preference = s.Preference, Accessibility = s.Accessibility,
                Resolution = s.Resolution, Risk = s.Risk, Score = Weighted(weights, s), Recommendation = s.Recommendation, Reasons = s.Reasons.Trim(),
            });
        }

        return evaluation;
    }

    /// <summary>The weighted mean of the five scores (1 to 5), to two decimals.</summary>
    public static double Weighted(EvaluationWeights weights, ChannelScoreInput s)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(s);
        var sum = (double)(weights.Cost * s.Cost + weights.Preference * s.Preference + weights.Accessibility * s.Accessibility + weights.Resolution * s.Resolution
            + weights.Risk * s.Risk);
        return Math.Round(sum / weights.Total, 2, MidpointRounding.AwayFromZero);
    }
}

public sealed class ChannelEvaluationEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid EvaluationId { get; init; }

    public required string Channel { get; init; }

    public int Cost { get; init; }

    public int Preference { get; init; }

    public int Accessibility { get; init; }

    public int Resolution { get; init; }

    public int Risk { get; init; }

    public double Score { get; init; }

    public ChannelRecommendation Recommendation { get; init; }

    public required string Reasons { get; init; }
}
