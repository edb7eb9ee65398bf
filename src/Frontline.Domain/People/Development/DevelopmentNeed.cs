using Frontline.Domain.Platform;

namespace Frontline.Domain.People.Development;

/// <summary>Where evidence of a development need came from (the API's <c>kind</c>).</summary>
public enum NeedSource
{
    QaEvaluation,
    Feedback,
    Breach,
    Kpi,
    SelfAssessment,
    Observation,
    KnowledgeCheck,
}

public enum NeedStatus
{
    /// <summary>Found, not yet in a plan.</summary>
    Open,

    /// <summary>A plan addresses it.</summary>
    Planned,

    /// <summary>Met (or withdrawn) and closed with a note.</summary>
    Closed,
}

/// <summary>One piece of evidence behind a need: its source, the record it came from, what it shows and when.</summary>
public sealed record NeedEvidence(NeedSource Kind, Guid? RecordId, string Summary, string? Link, DateTime At, Guid? RaisedById);

/// <summary>
/// What one colleague needs to develop in one skill, with the evidence behind it (CC26 3.1). Needs merge by skill: new
/// evidence for a skill with a need that is not closed is added to it (<see cref="Merge"/>); the same record is never
/// counted twice. A closed need stays as history and new evidence opens a new one.
/// </summary>
public sealed class DevelopmentNeed : IVersioned
{
    public const int MaxSummaryLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid StaffId { get; init; }

    public Guid SkillId { get; init; }

    public NeedStatus Status { get; set; } = NeedStatus.Open;

    public DateTime RaisedAt { get; init; }

    public DateTime LastEvidenceAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public string? ClosingNote { get; private set; }

    public List<NeedEvidence> Evidence { get; init; } = [];

    public int Version { get; set; }

    public bool IsCurrent => Status != NeedStatus.Closed;

    public static DevelopmentNeed Raise(Guid staffId, Guid skillId, NeedEvidence evidence)
    {
        var need = new DevelopmentNeed { StaffId = staffId, SkillId = skillId, RaisedAt = evidence.At };
        need.AddEvidence(evidence);
        return need;
    }

    /// <summary>Adds evidence unless the same record (kind and record id) is already listed; returns whether it was added.</summary>
    public bool AddEvidence(NeedEvidence evidence)
    {
        if (Status == NeedStatus.Closed)
        {
            throw new DomainException("need.closed", "This need is closed; new evidence opens a new need.", DomainErrorKind.Conflict);
        }

        if (evidence.RecordId is { } record && Evidence.Exists(e => e.Kind == evidence.Kind && e.RecordId == record))
        {
            return false;
        }

        Evidence.Add(evidence);
        if (evidence.At > LastEvidenceAt)
        {
            LastEvidenceAt = evidence.At;
        }

        return true;
    }

    public void Close(string? note, DateTime at)
    {
        if (Status == NeedStatus.Closed)
        {
            throw new DomainException("need.closed", "This need is already closed.", DomainErrorKind.Conflict);
        }

        Status = NeedStatus.Closed;
        ClosedAt = at;
        ClosingNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>
    /// Merges evidence for <paramref name="skillId"/> into the person's needs: added to the current need in that skill,
    /// or a new need when there is none. Returns the need that holds the evidence and whether it is new.
    /// </summary>
    public static (DevelopmentNeed Need, bool Created) Merge(IEnumerable<DevelopmentNeed> personsNeeds, Guid staffId, Guid skillId, NeedEvidence evidence)
    {
        var current = personsNeeds.FirstOrDefault(n => n.StaffId == staffId && n.SkillId == skillId && n.IsCurrent);
        if (current is not null)
        {
            current.AddEvidence(evidence);
            return (current, false);
        }

        return (Raise(staffId, skillId, evidence), true);
    }
}
