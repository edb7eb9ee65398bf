using Frontline.Domain.Platform;

namespace Frontline.Domain.People.Development;

/// <summary>What a briefing explains: a requirement of the compliance register, a procedure, a knowledge article (by id or citation).</summary>
public sealed record BriefingReference(string Kind, string Reference)
{
    public static readonly string[] Kinds = ["requirement", "procedure", "article"];
}

/// <summary>
/// A briefing that raises colleagues' understanding of requirements (CC32 3.2): to a team or a group, linked to the
/// requirements or procedures it explains, held on a day by a presenter; attendance is recorded and each colleague who
/// attended acknowledges that they understood, once.
/// </summary>
public sealed class Briefing : IVersioned
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxAudience = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; init; }

    /// <summary>What the colleagues are told: the requirement in plain words and what it means for their work.</summary>
    public required string Content { get; init; }

    public List<BriefingReference> References { get; init; } = [];

    /// <summary>The team briefed (its members at the time are the audience), when it is to a team.</summary>
    public Guid? TeamId { get; init; }

    public DateOnly HeldOn { get; init; }

    public Guid PresenterId { get; init; }

    public Guid CreatedById { get; init; }

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }

    public List<BriefingAttendee> Audience { get; init; } = [];

    public static Briefing Plan(string? title, string? content, IReadOnlyList<BriefingReference> references, Guid? teamId, IReadOnlyCollection<Guid> audience,
        DateOnly heldOn, Guid presenterId, Guid by, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("briefing.title-required", "Give the briefing a title.", DomainErrorKind.Invalid, "title");
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            throw new DomainException("briefing.content-required", "Say what the briefing explains.", DomainErrorKind.Invalid, "content");
        }

        if (references.Count == 0)
        {
            throw new DomainException("briefing.references", "Link the requirements or procedures it explains.", DomainErrorKind.Invalid, "references");
        }

        for (var i = 0; i < references.Count; i++)
        {
            if (!BriefingReference.Kinds.Contains(references[i].Kind) || string.IsNullOrWhiteSpace(references[i].Reference))
            {
                throw new DomainException("briefing.reference", "A reference is a requirement, procedure or article with its id or citation.", DomainErrorKind.Invalid,
                    $"references[{i}]");
            }
        }

        var people = audience.Distinct().ToList();
        if (people.Count is 0 or > MaxAudience)
        {
            throw new DomainException("briefing.audience", $"Brief a team or a group of 1 to {MaxAudience} colleagues.", DomainErrorKind.Invalid, "staffIds");
        }

        var briefing = new Briefing
        {
            Title = title.Trim(), Content = content.Trim(), References = [.. references.Select(r => r with { Reference = r.Reference.Trim() })], TeamId = teamId,
            HeldOn = heldOn, PresenterId = presenterId, CreatedById = by, CreatedAt = now,
        };
        briefing.Audience.AddRange(people.Select(p => new BriefingAttendee { BriefingId = briefing.Id, StaffId = p }));
        return briefing;
    }

    /// <summary>Records who attended (everyone else in the audience did not); a colleague who has acknowledged cannot be marked absent.</summary>
    public void RecordAttendance(IReadOnlyCollection<Guid> attended, DateOnly today)
    {
        if (HeldOn > today)
        {
            throw new DomainException("briefing.not-held", "Attendance is recorded once the briefing is held.", DomainErrorKind.Invalid, "attended");
        }

        if (attended.FirstOrDefault(id => !Audience.Exists(a => a.StaffId == id)) is var stranger && stranger != Guid.Empty)
        {
            throw new DomainException("briefing.not-in-audience", "Someone marked present is not in the briefing's audience.", DomainErrorKind.Invalid, "attended");
        }

        if (Audience.Exists(a => a.AcknowledgedAt is not null && !attended.Contains(a.StaffId)))
        {
            throw new DomainException("briefing.acknowledged-absent", "A colleague who acknowledged the briefing attended it.", DomainErrorKind.Invalid, "attended");
        }

        foreach (var person in Audience)
        {
            person.Attended = attended.Contains(person.StaffId);
        }
    }

    /// <summary>The colleague confirms they attended and understood, once (again → 409); only someone in the audience (others 404).</summary>
    public BriefingAttendee Acknowledge(Guid by, string? comment, DateTime now)
    {
        var me = Audience.Find(a => a.StaffId == by) ?? throw DomainException.NotFound("briefing");
        if (HeldOn > DateOnly.FromDateTime(now))
        {
            throw new DomainException("briefing.not-held", "Acknowledge the briefing once it is held.", DomainErrorKind.Conflict);
        }

        if (me.AcknowledgedAt is not null)
        {
            throw new DomainException("briefing.acknowledged", "You have already acknowledged this briefing.", DomainErrorKind.Conflict);
        }

        me.Attended = true;
        me.AcknowledgedAt = now;
        me.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        return me;
    }
}

/// <summary>A colleague a briefing is for: whether they attended (null until recorded) and when they acknowledged it.</summary>
public sealed class BriefingAttendee
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid BriefingId { get; init; }

    public Guid StaffId { get; init; }

    public bool? Attended { get; set; }

    public DateTime? AcknowledgedAt { get; set; }

    public string? Comment { get; set; }
}
