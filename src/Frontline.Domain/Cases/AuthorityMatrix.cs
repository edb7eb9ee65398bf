using System.Globalization;
using System.Text.RegularExpressions;

namespace Frontline.Domain.Cases;

/// <summary>One cell of the matrix: may staff of <paramref name="Grade"/> take <paramref name="Action"/>, and up to how many pence.</summary>
public sealed record AuthorityRule(int Grade, string Action, bool Allowed, long LimitPence);

/// <summary>What the matrix says about one attempt; <see cref="GradeNeeded"/> is the lowest grade that could do it (null: none).</summary>
public sealed record AuthorityVerdict(bool Allowed, string Reason, int? GradeNeeded, long? LimitPence);

/// <summary>
/// The authority matrix: per grade, which actions are allowed and up to what amount. A grade with no rule for an
/// action may not take it. The check is a pure function of (grade, action, amount) so it is tested without a database.
/// </summary>
public sealed partial class AuthorityMatrix
{
    public const int MinGrade = 1;
    public const int MaxGrade = 9;

    /// <summary>The centre's actions; administrators may add more (any lower-case code).</summary>
    public static readonly IReadOnlyList<string> StandardActions =
        ["goodwill-payment", "refund", "fee-waiver", "payment-arrangement", "account-closure", "data-correction", "complaint-redress"];

    public AuthorityMatrix(IEnumerable<AuthorityRule> rules)
    {
        Rules = [.. rules.OrderBy(r => r.Action, StringComparer.Ordinal).ThenBy(r => r.Grade)];
    }

    public IReadOnlyList<AuthorityRule> Rules { get; }

    public IReadOnlyList<string> Actions =>
        [.. StandardActions.Concat(Rules.Select(r => r.Action)).Distinct(StringComparer.Ordinal)];

    /// <summary>A sensible starting matrix: agents by grade 1–3, team leaders 4, managers 5+.</summary>
    public static AuthorityMatrix Default { get; } = new(DefaultRules());

    public AuthorityVerdict Check(int grade, string action, long amountPence)
    {
        var rule = Rules.FirstOrDefault(r => r.Grade == grade && string.Equals(r.Action, action, StringComparison.Ordinal));
        var needed = Rules.Where(r => string.Equals(r.Action, action, StringComparison.Ordinal) && r.Allowed && r.LimitPence >= amountPence)
            .OrderBy(r => r.Grade).FirstOrDefault();
        if (rule is { Allowed: true } && rule.LimitPence >= amountPence)
        {
            return new AuthorityVerdict(true, $"Within your authority (grade {grade}: {action} up to {Money(rule.LimitPence)}).", grade, rule.LimitPence);
        }

        var yours = rule is { Allowed: true }
            ? $"Your grade ({grade}) may take {action} up to {Money(rule.LimitPence)}; {Money(amountPence)} is beyond it."
            : $"Your grade ({grade}) may not take {action}.";
        var who = needed is null
            ? " No grade has authority for this: it needs a change to the authority matrix."
            : $" It needs grade {needed.Grade} or above (limit {Money(needed.LimitPence)}): refer it.";
        return new AuthorityVerdict(false, yours + who, needed?.Grade, needed?.LimitPence);
    }

    /// <summary>Problems with a proposed matrix (unknown grades, malformed action codes, negative limits, duplicates).</summary>
    public static List<FieldError> Validate(IReadOnlyList<AuthorityRule> rules)
    {
        var errors = new List<FieldError>();
        for (var i = 0; i < rules.Count; i++)
        {
            var r = rules[i];
            if (r.Grade is < MinGrade or > MaxGrade)
            {
                errors.Add(new($"rules[{i}].grade", $"Grade must be between {MinGrade} and {MaxGrade}."));
            }

            if (!ActionCode().IsMatch(r.Action ?? ""))
            {
                errors.Add(new($"rules[{i}].action", "An action code is lower-case letters, digits and dashes, e.g. 'fee-waiver'."));
            }

            if (r.LimitPence is < 0 or > MaxLimitPence)
            {
                errors.Add(new($"rules[{i}].limitPence", $"A limit is between 0 and {MaxLimitPence} pence."));
            }
        }

        foreach (var duplicate in rules.GroupBy(r => (r.Grade, r.Action)).Where(g => g.Count() > 1))
        {
            errors.Add(new("rules", $"Grade {duplicate.Key.Grade} has more than one rule for {duplicate.Key.Action}."));
        }

        return errors;
    }

    /// <summary>£10m: anything above is a typing error, not an authority.</summary>
    public const long MaxLimitPence = 1_000_000_000;

    public static bool IsActionCode(string? action) => action is not null && ActionCode().IsMatch(action);

    public static string Money(long pence) => (pence / 100m).ToString("£#,##0.00", CultureInfo.GetCultureInfo("en-GB"));

    private static IEnumerable<AuthorityRule> DefaultRules()
    {
        // (goodwill, refund, fee waiver) limits in pounds by grade; arrangements from grade 2, closures from 3.
        var money = new Dictionary<int, (long Goodwill, long Refund, long FeeWaiver)>
        {
            [1] = (25, 50, 25), [2] = (50, 100, 50), [3] = (100, 250, 100), [4] = (500, 1000, 500),
            [5] = (1000, 5000, 1000), [6] = (5000, 25000, 5000), [7] = (5000, 25000, 5000), [8] = (5000, 25000, 5000), [9] = (10000, 50000, 10000),
        };
        foreach (var (grade, limits) in money)
        {
            yield return new AuthorityRule(grade, "goodwill-payment", true, limits.Goodwill * 100);
            yield return new AuthorityRule(grade, "refund", true, limits.Refund * 100);
            // Redress on a complaint (financial loss, interest, distress): asked by the Complaints module.
            yield return new AuthorityRule(grade, "complaint-redress", true, limits.Refund * 100);
            yield return new AuthorityRule(grade, "fee-waiver", true, limits.FeeWaiver * 100);
            yield return new AuthorityRule(grade, "payment-arrangement", grade >= 2, 0);
            yield return new AuthorityRule(grade, "account-closure", grade >= 3, 0);
            yield return new AuthorityRule(grade, "data-correction", true, 0);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex ActionCode();
}
