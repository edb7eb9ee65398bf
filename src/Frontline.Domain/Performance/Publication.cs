using Frontline.Domain.Platform;

namespace Frontline.Domain.Performance;

public enum ValidationStatus
{
    Open,
    Accepted,
    Published,
}

/// <summary>Who a distribution rule tells about a result.</summary>
public enum Audience
{
    /// <summary>The agent the individual figure is about.</summary>
    Person,

    /// <summary>The leader of the team the figure is about (or of the agent's team).</summary>
    TeamLeader,

    /// <summary>The members of the team the figure is about.</summary>
    TeamMembers,

    /// <summary>Every manager.</summary>
    Managers,
}

/// <summary>A distribution rule of a KPI: at a level, who is told, and why (the reason goes into every message).</summary>
public sealed record DistributionRule(KpiLevel Level, Audience Audience, string Reason)
{
    /// <summary>Audiences that fit a level: individual figures go to the person and their team leader only; team figures to its members, leader and managers; the centre's to managers and team leaders.</summary>
    public bool Fits => (Level, Audience) switch
    {
        (KpiLevel.Individual, Audience.Person or Audience.TeamLeader) => true,
        (KpiLevel.Team, Audience.TeamMembers or Audience.TeamLeader or Audience.Managers) => true,
        (KpiLevel.Centre, Audience.Managers or Audience.TeamLeader) => true,
        _ => false,
    };
}

/// <summary>
/// A validation run of a KPI's data for one period: the problems found, the records the analyst excluded (each with a
/// reason) and, where problems remain, the analyst's acceptance with a comment. Results are published from it once.
/// </summary>
public sealed class ValidationRun : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid KpiId { get; init; }

    public DateOnly PeriodStart { get; init; }

    public DateOnly PeriodEnd { get; init; }

    public int ContactCount { get; init; }

    public List<DataProblem> Problems { get; init; } = [];

    public List<Exclusion> Exclusions { get; init; } = [];

    public ValidationStatus Status { get; set; } = ValidationStatus.Open;

    public string? Comment { get; set; }

    public Guid RunById { get; init; }

    public DateTime RunAt { get; init; }

    public Guid? AcceptedById { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public int Version { get; set; }

    /// <summary>Problems that still stand: completeness gaps, and accuracy problems with a record not excluded (suitability never blocks).</summary>
    public IEnumerable<DataProblem> OpenProblems()
    {
        var excluded = Exclusions.Select(e => e.ContactId).ToHashSet();
        return Problems.Where(p => p.Kind == CheckKind.Completeness || (p.Kind == CheckKind.Accuracy && p.ContactIds.Any(id => !excluded.Contains(id))));
    }

    /// <summary>Ready when accepted, or when no problem stands.</summary>
    public bool ReadyToPublish => Status == ValidationStatus.Accepted || (Status == ValidationStatus.Open && !OpenProblems().Any());

    public List<Exclusion> Exclude(IReadOnlyCollection<Guid> contactIds, string? reason, Guid by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(contactIds);
        EnsureNotPublished();
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 3 || reason.Length > 1000)
        {
            throw new DomainException("validation.exclusion-reason", "Say why the records are excluded (3 to 1,000 characters): it is shown beside the published figures.",
                DomainErrorKind.Invalid, "reason");
        }

        if (contactIds.Count == 0)
        {
            throw new DomainException("validation.exclusion-records", "Name the contacts to exclude.", DomainErrorKind.Invalid, "contactIds");
        }

        var already = Exclusions.Select(e => e.ContactId).ToHashSet();
        var added = contactIds.Distinct().Where(id => !already.Contains(id))
            .Select(id => new Exclusion { RunId = Id, ContactId = id, Reason = reason.Trim(), ExcludedById = by, ExcludedAt = at })
            .ToList();
        Exclusions.AddRange(added);
        return added;
    }

    public void Accept(string? comment, Guid by, DateTime at)
    {
        EnsureNotPublished();
        if (string.IsNullOrWhiteSpace(comment) || comment.Trim().Length < 3 || comment.Length > 2000)
        {
            throw new DomainException("validation.accept-comment", "Accepting the data needs a comment (3 to 2,000 characters): it is shown beside the published figures.",
                DomainErrorKind.Invalid, "comment");
        }

        Status = ValidationStatus.Accepted;
        Comment = comment.Trim();
        AcceptedById = by;
        AcceptedAt = at;
    }

    public void MarkPublished()
    {
        if (!ReadyToPublish)
        {
            throw new DomainException("validation.not-ready",
                $"{OpenProblems().Count()} problem(s) stand in the data: exclude the records behind them (with a reason) or accept the data with a comment before publishing.",
                DomainErrorKind.Conflict);
        }

        Status = ValidationStatus.Published;
    }

    private void EnsureNotPublished()
    {
        if (Status == ValidationStatus.Published)
        {
            throw new DomainException("validation.published", "These results are already published: run a new validation to correct them.", DomainErrorKind.Conflict);
        }
    }
}

/// <summary>A contact left out of a period's figures by the analyst, with the reason (audited, shown beside the published figures).</summary>
public sealed class Exclusion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RunId { get; init; }

    public Guid ContactId { get; init; }

    public required string Reason { get; init; }

    public Guid ExcludedById { get; init; }

    public DateTime ExcludedAt { get; init; }
}

/// <summary>A figure as published.</summary>
public sealed record PublishedResult(KpiLevel Level, Guid? Subject, string? SubjectName, double Value, Band? Band, int Count, double? Target, bool Reliable);

/// <summary>A period's published results of a KPI, under the version in effect, with the validation behind them.</summary>
public sealed class Publication
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid KpiId { get; init; }

    public DateOnly PeriodStart { get; init; }

    public DateOnly PeriodEnd { get; init; }

    public Guid RunId { get; init; }

    public int KpiVersion { get; init; }

    public List<PublishedResult> Results { get; init; } = [];

    public int Excluded { get; init; }

    public string? Comment { get; init; }

    public Guid PublishedById { get; init; }

    public DateTime PublishedAt { get; init; }
}

/// <summary>One person told about one published figure, why, and when they acknowledged it.</summary>
public sealed class Distribution
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PublicationId { get; init; }

    public Guid KpiId { get; init; }

    public Guid RecipientId { get; init; }

    public KpiLevel Level { get; init; }

    public Guid? Subject { get; init; }

    public required string What { get; init; }

    public required string Reason { get; init; }

    public DateTime SentAt { get; init; }

    public DateTime? AcknowledgedAt { get; set; }
}
