using Frontline.Data;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Quality;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People.Development;

/// <summary>The before/after windows (<c>windowDays</c>, default 30) and the fewest observations a side needs to be judged (default 3).</summary>
public sealed record EffectivenessQuery(int? WindowDays = null, int? MinObservations = null, Guid? TeamId = null, Guid? StaffId = null, DevelopmentMethod? Method = null);

/// <summary>A measure before and after a plan: <c>measure</c> is <c>qa-score</c>, <c>qa:&lt;skill&gt;</c>, <c>csat</c> or <c>knowledge-checks</c>.</summary>
public sealed record MeasureResult(string Measure, string Label, int BeforeCount, decimal? BeforeMean, int AfterCount, decimal? AfterMean, decimal? Change,
    decimal? TargetChange, EffectivenessVerdict Verdict);

/// <summary>An objective of the plan and the measure that judges it.</summary>
public sealed record ObjectiveResult(string Text, string? PolicyObjective, MeasureResult Result);

public sealed record PlanEffectiveness(Guid PlanId, Guid StaffId, string StaffName, Guid? TeamId, string Title, IReadOnlyList<DevelopmentMethod> Methods,
    DateOnly StartsOn, DateOnly? EndsOn, DayWindow Before, DayWindow? After, int WindowDays, int MinObservations, IReadOnlyList<MeasureResult> Measures,
    IReadOnlyList<ObjectiveResult> Objectives);

/// <summary>The plan's headline (its first objective's measure, else the QA score) in a report row.</summary>
public sealed record PlanEffectivenessRow(Guid PlanId, Guid StaffId, string StaffName, string Title, IReadOnlyList<DevelopmentMethod> Methods, DateOnly StartsOn,
    DateOnly? EndsOn, MeasureResult Headline);

/// <summary>Which methods produced improvement, and for whom: plans using the method, those judged, those met, the mean change of those judged.</summary>
public sealed record MethodEffectiveness(DevelopmentMethod Method, int Plans, int Judged, int Met, decimal? MeanChange, IReadOnlyList<string> ImprovedFor);

public sealed record EffectivenessReportView(int WindowDays, int MinObservations, IReadOnlyList<PlanEffectivenessRow> Plans, IReadOnlyList<MethodEffectiveness> Methods);

/// <summary>
/// Whether development worked, against the policy's objectives (CC26 3.3): each plan's measures in the window before it
/// started and the window after its activities ended (<see cref="EffectivenessRule"/>), from Quality's scores and
/// feedback (<see cref="IQualityScores"/>) and People's own knowledge checks; per plan, and as a report over the plans
/// in the caller's sight by person, team and method.
/// </summary>
public sealed class EffectivenessReport(FrontlineDbContext db, DevelopmentScope scope, IQualityScores quality, SkillsFramework skills, TimeProvider clock)
{
    public const string QaScore = "qa-score";
    public const string Csat = "csat";
    public const string KnowledgeChecks = "knowledge-checks";

    public async Task<PlanEffectiveness> ForPlanAsync(Guid staffId, Guid planId, EffectivenessQuery query, CancellationToken cancellationToken)
    {
        var person = await scope.PersonAsync(staffId, cancellationToken);
        var plan = await db.Set<DevelopmentPlan>().AsNoTracking().Include(p => p.Activities).SingleOrDefaultAsync(p => p.Id == planId && p.StaffId == staffId,
            cancellationToken) ?? throw DomainException.NotFound("plan");
        var rule = Rule(query);
        var measures = new List<(string Code, string Label, IReadOnlyList<string>? Criteria)> { (QaScore, "QA score", null) };
        foreach (var code in plan.Objectives.Select(o => o.Skill).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await skills.FindAsync(code, cancellationToken) is { LinkedCriteria.Count: > 0 } skill)
            {
                measures.Add(($"qa:{skill.Code}", $"QA score on the {skill.Name} criteria", skill.LinkedCriteria));
            }
        }

        measures.Add((Csat, "Customer feedback (CSAT, 1–5)", null));
        measures.Add((KnowledgeChecks, "Knowledge checks (%)", null));
        var results = new List<MeasureResult>();
        foreach (var (code, label, criteria) in measures)
        {
            results.Add((await MeasureAsync([plan], code, label, criteria, rule, null, cancellationToken))[0]);
        }

        var objectives = plan.Objectives.Select(o =>
        {
            var code = MeasureOf(o, results);
            var shown = results.First(r => r.Measure == code);
            return new ObjectiveResult(o.Text, o.PolicyObjective, Rejudge(rule, shown, o.TargetChange, plan.EndsOn));
        }).ToList();
        return new PlanEffectiveness(plan.Id, person.Id, person.DisplayName, person.TeamId, plan.Title, Methods(plan), plan.StartsOn, plan.EndsOn,
            rule.Before(plan.StartsOn), plan.EndsOn is { } end ? rule.After(end) : null, rule.WindowDays, rule.MinObservations, results, objectives);
    }

    /// <summary>
    /// The plans of the colleagues in the caller's sight (filtered by team, person, method), each with its headline measure,
    /// and per method how many plans were judged and met.
    /// </summary>
    public async Task<EffectivenessReportView> ReportAsync(EffectivenessQuery query, CancellationToken cancellationToken)
    {
        var rule = Rule(query);
        var staff = await scope.VisibleStaffAsync(cancellationToken);
        if (query.TeamId is { } team)
        {
            staff = staff.Where(s => s.TeamId == team);
        }

        if (query.StaffId is { } only)
        {
            staff = staff.Where(s => s.Id == only);
        }

        var people = await staff.Select(s => new { s.Id, s.DisplayName }).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
        var ids = people.Keys.ToList();
        var plans = await db.Set<DevelopmentPlan>().AsNoTracking().Include(p => p.Activities)
            .Where(p => ids.Contains(p.StaffId) && p.Status != PlanStatus.Cancelled).ToListAsync(cancellationToken);
        if (query.Method is { } method)
        {
            plans = plans.Where(p => p.Activities.Exists(a => a.Method == method)).ToList();
        }

        plans = [.. plans.OrderBy(p => people[p.StaffId], StringComparer.Ordinal).ThenBy(p => p.StartsOn)];
        // Headline: the first objective's measure when it names one People can read without a skill lookup, else the QA score.
        var rows = new List<PlanEffectivenessRow>();
        foreach (var group in plans.GroupBy(p => HeadlineOf(p)))
        {
            var list = group.ToList();
            var results = await MeasureAsync(list, group.Key, Label(group.Key), null, rule, null, cancellationToken);
            rows.AddRange(list.Select((p, i) => new PlanEffectivenessRow(p.Id, p.StaffId, people[p.StaffId], p.Title, Methods(p), p.StartsOn, p.EndsOn,
                Rejudge(rule, results[i], p.Objectives.FirstOrDefault()?.TargetChange, p.EndsOn))));
        }

        rows = [.. rows.OrderBy(r => r.StaffName, StringComparer.Ordinal).ThenBy(r => r.StartsOn)];
        var methods = rows.SelectMany(r => r.Methods.Select(m => (Method: m, Row: r))).GroupBy(x => x.Method).OrderBy(g => g.Key).Select(g =>
        {
            var judged = g.Where(x => x.Row.Headline.Verdict is EffectivenessVerdict.Met or EffectivenessVerdict.NotMet).ToList();
            var met = judged.Where(x => x.Row.Headline.Verdict == EffectivenessVerdict.Met).ToList();
            return new MethodEffectiveness(g.Key, g.Count(), judged.Count, met.Count,
                judged.Count == 0 ? null : Math.Round(judged.Average(x => x.Row.Headline.Change!.Value), 2),
                [.. met.Select(x => x.Row.StaffName).Distinct().Order(StringComparer.Ordinal)]);
        }).ToList();
        return new EffectivenessReportView(rule.WindowDays, rule.MinObservations, rows, methods);
    }

    private static string HeadlineOf(DevelopmentPlan plan) =>
        plan.Objectives.FirstOrDefault() is { } first && Named(first.Measure) is { } code && !code.StartsWith("qa:", StringComparison.Ordinal) ? code : QaScore;

    private static string Label(string code) => code switch
    {
        Csat => "Customer feedback (CSAT, 1–5)",
        KnowledgeChecks => "Knowledge checks (%)",
        _ => "QA score",
    };

    /// <summary>Measures the plans' before and after windows in one batch per source.</summary>
    private async Task<List<MeasureResult>> MeasureAsync(IReadOnlyList<DevelopmentPlan> plans, string code, string label, IReadOnlyList<string>? criteria,
        EffectivenessRule rule, decimal? target, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var windows = new List<AgentWindow>();
        foreach (var plan in plans)
        {
            var before = rule.Before(plan.StartsOn);
            // Without an end there is no after window: an empty one keeps the pairs aligned.
            var after = plan.EndsOn is { } end ? rule.After(end) : new DayWindow(today, today.AddDays(-1));
            windows.Add(new AgentWindow(plan.StaffId, before.Start, before.End));
            windows.Add(new AgentWindow(plan.StaffId, after.Start, after.End));
        }

        var samples = code switch
        {
            Csat => await quality.FeedbackCsatAsync(windows, cancellationToken),
            KnowledgeChecks => await KnowledgeCheckScoresAsync(windows, cancellationToken),
            _ => await quality.EvaluationScoresAsync(windows, criteria, cancellationToken),
        };
        return [.. plans.Select((plan, i) =>
        {
            var judged = rule.Judge(new Observations(samples[2 * i].Count, samples[2 * i].Mean), new Observations(samples[(2 * i) + 1].Count, samples[(2 * i) + 1].Mean),
                target, plan.EndsOn, today);
            return new MeasureResult(code, label, judged.Before.Count, judged.Before.Mean, judged.After.Count, judged.After.Mean, judged.Change, target, judged.Verdict);
        })];
    }

    private MeasureResult Rejudge(EffectivenessRule rule, MeasureResult r, decimal? target, DateOnly? endsOn)
    {
        var judged = rule.Judge(new Observations(r.BeforeCount, r.BeforeMean), new Observations(r.AfterCount, r.AfterMean), target, endsOn,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return r with { TargetChange = target, Change = judged.Change, Verdict = judged.Verdict };
    }

    /// <summary>People's own knowledge-check results: submitted attempts' percentages in each window.</summary>
    private async Task<IReadOnlyList<ScoreSample>> KnowledgeCheckScoresAsync(IReadOnlyList<AgentWindow> windows, CancellationToken cancellationToken)
    {
        var result = new List<ScoreSample>(windows.Count);
        foreach (var w in windows)
        {
            var (staff, from, to) = (w.AgentId, w.From, w.To);
            var s = await db.Set<KnowledgeCheckAttempt>().AsNoTracking()
                .Where(a => a.StaffId == staff && a.SubmittedAt >= from && a.SubmittedAt < to && a.Percent != null)
                .GroupBy(a => 1).Select(g => new { Count = g.Count(), Mean = g.Average(a => (double)a.Percent!.Value) }).SingleOrDefaultAsync(cancellationToken);
            result.Add(s is null ? new ScoreSample(0, null) : new ScoreSample(s.Count, Math.Round((decimal)s.Mean, 2)));
        }

        return result;
    }

    /// <summary>The measure an objective names (<c>qa-score</c>, <c>qa:&lt;skill&gt;</c>, <c>csat</c>, <c>knowledge-checks</c>, or words that say so), else its skill's QA criteria, else the QA score.</summary>
    private static string MeasureOf(PlanObjective objective, List<MeasureResult> available)
    {
        if (Named(objective.Measure) is { } named && available.Exists(r => r.Measure == named))
        {
            return named;
        }

        var bySkill = objective.Skill is { } skill ? available.Find(r => string.Equals(r.Measure, $"qa:{skill}", StringComparison.OrdinalIgnoreCase)) : null;
        return bySkill?.Measure ?? QaScore;
    }

    private static string? Named(string? measure)
    {
        var text = measure?.Trim().ToLowerInvariant();
        return text switch
        {
            null or "" => null,
            QaScore or Csat or KnowledgeChecks => text,
            _ when text.StartsWith("qa:", StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal) => text,
            _ when text.Contains("csat", StringComparison.Ordinal) || text.Contains("feedback", StringComparison.Ordinal) => Csat,
            _ when text.Contains("knowledge", StringComparison.Ordinal) => KnowledgeChecks,
            _ => null,
        };
    }

    private static List<DevelopmentMethod> Methods(DevelopmentPlan plan) => [.. plan.Activities.Select(a => a.Method).Distinct().Order()];

    private static EffectivenessRule Rule(EffectivenessQuery query)
    {
        var days = query.WindowDays ?? 30;
        var min = query.MinObservations ?? 3;
        if (days is < 1 or > EffectivenessRule.MaxWindowDays)
        {
            throw new DomainException("effectiveness.window", $"The window is 1 to {EffectivenessRule.MaxWindowDays} days.", DomainErrorKind.Invalid, "windowDays");
        }

        return min is < 1 or > 1000
            ? throw new DomainException("effectiveness.min", "The fewest observations is 1 to 1000.", DomainErrorKind.Invalid, "minObservations")
            : new EffectivenessRule(days, min);
    }
}
