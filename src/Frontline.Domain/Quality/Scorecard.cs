using Frontline.Domain.Platform;

namespace Frontline.Domain.Quality;

/// <summary>Draft → published → retired. A published version never changes; editing makes a new draft version.</summary>
public enum ScorecardStatus
{
    Draft,
    Published,
    Retired,
}

/// <summary>How a criterion is answered: yes/no (1 or 0 points) or a scale from 0 to its maximum points.</summary>
public enum CriterionKind
{
    YesNo,
    Scale,
}

/// <summary>What a failed critical criterion puts at risk; a failure scores the whole evaluation 0 (band <c>fail</c>).</summary>
public enum Criticality
{
    Customer,
    Business,
    Compliance,
}

/// <summary>
/// A scorecard: the family of versions that share a name. Evaluations name the version they were scored on, so
/// history never changes when the scorecard does. <see cref="Name"/> and <see cref="Channels"/> mirror the latest
/// version for lists.
/// </summary>
public sealed class Scorecard : IVersioned
{
    public const int MaxNameLength = 120;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public List<string> Channels { get; set; } = [];

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<ScorecardVersion> Versions { get; init; } = [];

    public ScorecardVersion? Draft => Versions.SingleOrDefault(v => v.Status == ScorecardStatus.Draft);

    /// <summary>The version new evaluations are scored on.</summary>
    public ScorecardVersion? Published => Versions.SingleOrDefault(v => v.Status == ScorecardStatus.Published);

    public ScorecardVersion Latest => Versions.MaxBy(v => v.Number) ?? throw new InvalidOperationException("A scorecard has at least one version.");

    /// <summary>A new scorecard with its first draft version (validated).</summary>
    public static Scorecard Create(ScorecardDefinition definition, Guid authorId, DateTime now)
    {
        var scorecard = new Scorecard { Name = definition.Name.Trim(), Channels = [.. definition.Channels], CreatedAt = now, UpdatedAt = now };
        scorecard.Versions.Add(ScorecardVersion.From(scorecard.Id, 1, definition, authorId, now, null));
        return scorecard;
    }

    /// <summary>
    /// Saves <paramref name="definition"/> as the draft: replaces the current draft's content, or starts a new draft
    /// version from it when only published or retired versions exist (those never change).
    /// </summary>
    public ScorecardVersion SaveDraft(ScorecardDefinition definition, Guid authorId, DateTime now)
    {
        var keys = Latest.Criteria.ToDictionary(c => c.Id, c => c.Key);
        ScorecardVersion version;
        if (Draft is { } draft)
        {
            Versions.Remove(draft);
            version = ScorecardVersion.From(Id, draft.Number, definition, authorId, now, keys);
        }
        else
        {
            version = ScorecardVersion.From(Id, Latest.Number + 1, definition, authorId, now, keys);
        }

        Versions.Add(version);
        Name = version.Name;
        Channels = [.. version.Channels];
        UpdatedAt = now;
        return version;
    }

    /// <summary>Starts a new draft as a copy of the latest version (criteria keep their keys, so trends follow them).</summary>
    public ScorecardVersion NewDraft(Guid authorId, DateTime now)
    {
        if (Draft is not null)
        {
            throw new DomainException("scorecard.draft-exists", $"Version {Draft.Number} is already a draft: edit it instead.", DomainErrorKind.Conflict);
        }

        return SaveDraft(Latest.ToDefinition(), authorId, now);
    }

    /// <summary>Publishes the draft; the version published before it is retired (its evaluations keep it).</summary>
    public ScorecardVersion Publish(Guid publisherId, DateTime now)
    {
        var draft = Draft ?? throw new DomainException("scorecard.no-draft",
            "There is no draft version to publish. Start a new version to change a published scorecard.", DomainErrorKind.Conflict);
        Published?.Retire(now);
        draft.Status = ScorecardStatus.Published;
        draft.PublishedAt = now;
        draft.PublishedById = publisherId;
        UpdatedAt = now;
        return draft;
    }

    /// <summary>Retires the published version: no new evaluations are scored on it.</summary>
    public void Retire(DateTime now)
    {
        var published = Published ?? throw new DomainException("scorecard.not-published", "This scorecard has no published version to retire.",
            DomainErrorKind.Conflict);
        published.Retire(now);
        UpdatedAt = now;
    }
}

/// <summary>One version of a scorecard: what an evaluation is scored on.</summary>
public sealed class ScorecardVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ScorecardId { get; init; }

    public int Number { get; init; }

    public required string Name { get; init; }

    public List<string> Channels { get; init; } = [];

    public ScoreBands Bands { get; init; } = ScoreBands.Default;

    public ScorecardStatus Status { get; set; } = ScorecardStatus.Draft;

    public Guid CreatedById { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? PublishedAt { get; set; }

    public Guid? PublishedById { get; set; }

    public DateTime? RetiredAt { get; set; }

    public List<ScorecardSection> Sections { get; init; } = [];

    public IEnumerable<ScorecardCriterion> Criteria => Sections.OrderBy(s => s.Position).SelectMany(s => s.Criteria.OrderBy(c => c.Position));

    public static ScorecardVersion From(Guid scorecardId, int number, ScorecardDefinition definition, Guid authorId, DateTime now,
        IReadOnlyDictionary<Guid, Guid>? keysOfCriteria)
    {
        definition.Validate();
        var version = new ScorecardVersion
        {
            ScorecardId = scorecardId, Number = number, Name = definition.Name.Trim(), Channels = [.. definition.Channels.Distinct(StringComparer.Ordinal)],
            Bands = definition.Bands ?? ScoreBands.Default, CreatedById = authorId, CreatedAt = now,
        };
        for (var s = 0; s < definition.Sections.Count; s++)
        {
            var sectionDefinition = definition.Sections[s];
            var section = new ScorecardSection { VersionId = version.Id, Position = s, Name = sectionDefinition.Name.Trim(), Weight = sectionDefinition.Weight };
            for (var c = 0; c < sectionDefinition.Criteria.Count; c++)
            {
                var d = sectionDefinition.Criteria[c];
                // A criterion carried over from the previous version keeps its key, so a trend follows it across versions.
                var key = d.FromCriterionId is { } from && keysOfCriteria?.GetValueOrDefault(from) is { } known && known != Guid.Empty ? known : Guid.CreateVersion7();
                section.Criteria.Add(new ScorecardCriterion
                {
                    SectionId = section.Id, Key = key, Position = c, Text = d.Text.Trim(), Guidance = Blank(d.Guidance), Kind = d.Kind,
                    MaxPoints = d.Kind == CriterionKind.YesNo ? 1 : d.MaxPoints ?? 0, Weight = d.Weight, AllowNa = d.AllowNa, Critical = d.Critical,
                    Requirement = Blank(d.Requirement),
                });
            }

            version.Sections.Add(section);
        }

        return version;
    }

    public ScorecardDefinition ToDefinition() => new(Name, Channels, Bands,
        [.. Sections.OrderBy(s => s.Position).Select(s => new SectionDefinition(s.Name, s.Weight,
            [.. s.Criteria.OrderBy(c => c.Position).Select(c => new CriterionDefinition(c.Text, c.Guidance, c.Kind, c.MaxPoints, c.Weight, c.AllowNa, c.Critical,
                c.Requirement, c.Id))]))]);

    internal void Retire(DateTime now)
    {
        Status = ScorecardStatus.Retired;
        RetiredAt = now;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class ScorecardSection
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid VersionId { get; init; }

    public int Position { get; init; }

    public required string Name { get; init; }

    public decimal Weight { get; init; }

    public List<ScorecardCriterion> Criteria { get; init; } = [];
}

public sealed class ScorecardCriterion
{
    public const int MaxTextLength = 500;
    public const int MaxGuidanceLength = 2000;
    public const int MaxRequirementLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SectionId { get; init; }

    /// <summary>The same criterion across versions (copied when a new version is made from this one).</summary>
    public Guid Key { get; init; }

    public int Position { get; init; }

    public required string Text { get; init; }

    /// <summary>What good looks like, for the evaluator (e.g. rapport: the customer's name, empathy statements, checking understanding).</summary>
    public string? Guidance { get; init; }

    public CriterionKind Kind { get; init; }

    /// <summary>1 for yes/no; the top of the scale otherwise.</summary>
    public int MaxPoints { get; init; }

    public decimal Weight { get; init; }

    public bool AllowNa { get; init; }

    public Criticality? Critical { get; init; }

    /// <summary>The compliance requirement a compliance-critical criterion protects (free text until the Compliance register exists).</summary>
    public string? Requirement { get; init; }
}

/// <summary>Band thresholds (inclusive lower bounds, in score points out of 100).</summary>
public sealed record ScoreBands(decimal Excellent, decimal Good, decimal NeedsImprovement)
{
    public const string ExcellentBand = "excellent";
    public const string GoodBand = "good";
    public const string NeedsImprovementBand = "needs-improvement";
    public const string UnsatisfactoryBand = "unsatisfactory";
    public const string FailBand = "fail";

    public static readonly ScoreBands Default = new(90, 75, 60);

    public static readonly IReadOnlyList<string> All = [ExcellentBand, GoodBand, NeedsImprovementBand, UnsatisfactoryBand, FailBand];

    /// <summary>The band of a score; <c>fail</c> after a critical failure whatever the thresholds.</summary>
    public string BandOf(decimal score, bool criticalFailed) =>
        criticalFailed ? FailBand
        : score >= Excellent ? ExcellentBand
        : score >= Good ? GoodBand
        : score >= NeedsImprovement ? NeedsImprovementBand
        : UnsatisfactoryBand;

    public static string Display(string band) => band switch
    {
        ExcellentBand => "Excellent",
        GoodBand => "Good",
        NeedsImprovementBand => "Needs improvement",
        UnsatisfactoryBand => "Unsatisfactory",
        FailBand => "Fail (critical)",
        _ => band,
    };
}
