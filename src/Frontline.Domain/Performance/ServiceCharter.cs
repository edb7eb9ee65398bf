using Frontline.Domain.Platform;

namespace Frontline.Domain.Performance;

/// <summary>What a line of the service charter is: an aim (what the centre sets out to do), a measurable objective, or a
/// service offer made to customers ("we answer 80 % of calls within 20 seconds").</summary>
public enum CharterKind
{
    Aim,
    Objective,
    Offer,
}

/// <summary>What a manager writes for one line of the charter.</summary>
public sealed record CharterDefinition(CharterKind Kind, string Title, string Statement, IReadOnlyList<Guid> KpiIds, Guid? PolicyId)
{
    public const int MaxTitleLength = 200;
    public const int MaxStatementLength = 2000;

    /// <summary>
    /// Every rule a charter line obeys. An objective is measurable, so it names at least one KPI that measures it; an offer
    /// may name the KPIs that show it is kept; an aim is a direction, measured through its objectives (it names none).
    /// </summary>
    public CharterDefinition Validated()
    {
        if (!Enum.IsDefined(Kind))
        {
            throw Invalid("charter.kind", "Say whether this is an aim, an objective or an offer.", "kind");
        }

        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > MaxTitleLength)
        {
            throw Invalid("charter.title", $"Give a title of 1 to {MaxTitleLength} characters.", "title");
        }

        if (string.IsNullOrWhiteSpace(Statement) || Statement.Trim().Length > MaxStatementLength)
        {
            throw Invalid("charter.statement", $"Write the statement as customers or colleagues will read it (1 to {MaxStatementLength:N0} characters).", "statement");
        }

        var kpis = (KpiIds ?? []).Distinct().ToList();
        if (Kind == CharterKind.Objective && kpis.Count == 0)
        {
            throw Invalid("charter.measurable", "An objective is measurable: link at least one KPI that measures it.", "kpiIds");
        }

        if (Kind == CharterKind.Aim && kpis.Count > 0)
        {
            throw Invalid("charter.aim-kpis", "An aim is measured through its objectives: link the KPIs to an objective or an offer instead.", "kpiIds");
        }

        return this with { Title = Title.Trim(), Statement = Statement.Trim(), KpiIds = kpis };
    }

    private static DomainException Invalid(string code, string message, string field) => new(code, message, DomainErrorKind.Invalid, field);
}

/// <summary>One line of the centre's service charter (CCTC9 1.3, CC33 4.3), linked to the KPIs that measure it and the
/// communication policy it serves.</summary>
public sealed class CharterEntry : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public CharterKind Kind { get; set; }

    public required string Title { get; set; }

    public required string Statement { get; set; }

    /// <summary>The KPIs that measure it (stored with the line: a KPI never changes identity).</summary>
    public List<Guid> KpiIds { get; set; } = [];

    /// <summary>The communication policy it serves (owned by Communications), if any.</summary>
    public Guid? PolicyId { get; set; }

    public bool IsRetired { get; set; }

    public Guid CreatedById { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public static CharterEntry Create(CharterDefinition definition, Guid by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var valid = definition.Validated();
        return new CharterEntry
        {
            Kind = valid.Kind, Title = valid.Title, Statement = valid.Statement, KpiIds = [.. valid.KpiIds], PolicyId = valid.PolicyId, CreatedById = by,
            CreatedAt = at, UpdatedAt = at,
        };
    }

    public void Revise(CharterDefinition definition, bool retired, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var valid = definition.Validated();
        (Kind, Title, Statement, KpiIds, PolicyId, IsRetired, UpdatedAt) = (valid.Kind, valid.Title, valid.Statement, [.. valid.KpiIds], valid.PolicyId, retired, at);
    }
}
