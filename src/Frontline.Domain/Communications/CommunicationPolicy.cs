using Frontline.Domain.Platform;

namespace Frontline.Domain.Communications;

/// <summary>
/// Draft → in review → submitted → agreed → published → superseded. A rejection returns the version to draft with its
/// reasons; "review due" is a published version past its review date (<see cref="PolicyVersion.ReviewDue"/>).
/// </summary>
public enum PolicyStatus
{
    Draft,
    InReview,
    Submitted,
    Agreed,
    Published,
    Superseded,
}

public enum SignOffDecision
{
    Agree,
    Reject,
}

/// <summary>A clause as written: <paramref name="FromClauseId"/> names the clause it edits (it keeps its key across versions).</summary>
public sealed record ClauseDefinition(PolicyComponent Component, string Text, string? Heading = null, Guid? FromClauseId = null);

/// <summary>What an author writes: the clauses, and how the policy is agreed and reviewed.</summary>
public sealed record PolicyDefinition(string Title, IReadOnlyList<ClauseDefinition> Clauses, int RequiredAgreements = 2, bool AuthorMaySign = false,
    int ReviewMonths = 12, double TargetReadingEase = 60)
{
    public const int MaxTitleLength = 200;
    public const int MaxClauseLength = 4000;
    public const int MaxHeadingLength = 200;

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > MaxTitleLength)
        {
            throw new DomainException("policy.title", $"Give the policy a title of up to {MaxTitleLength} characters.", DomainErrorKind.Invalid, "title");
        }

        if (Clauses is null || Clauses.Count == 0)
        {
            throw new DomainException("policy.clauses", "A policy needs at least one clause.", DomainErrorKind.Invalid, "clauses");
        }

        for (var i = 0; i < Clauses.Count; i++)
        {
            var clause = Clauses[i];
            if (!Enum.IsDefined(clause.Component))
            {
                throw new DomainException("policy.clause.component", "Choose one of the standard components.", DomainErrorKind.Invalid, $"clauses[{i}].component");
            }

            if (string.IsNullOrWhiteSpace(clause.Text) || clause.Text.Length > MaxClauseLength)
            {
                throw new DomainException("policy.clause.text", $"Clause {i + 1} needs text of up to {MaxClauseLength} characters.", DomainErrorKind.Invalid,
                    $"clauses[{i}].text");
            }

            if (clause.Heading?.Length > MaxHeadingLength)
            {
                throw new DomainException("policy.clause.heading", $"Clause {i + 1}'s heading is over {MaxHeadingLength} characters.", DomainErrorKind.Invalid,
                    $"clauses[{i}].heading");
            }
        }

        if (RequiredAgreements is < 1 or > 10)
        {
            throw new DomainException("policy.agreements", "Between 1 and 10 management agreements are required.", DomainErrorKind.Invalid, "requiredAgreements");
        }

        if (ReviewMonths is < 1 or > 60)
        {
            throw new DomainException("policy.review", "Review the policy every 1 to 60 months.", DomainErrorKind.Invalid, "reviewMonths");
        }

        if (TargetReadingEase is < 0 or > 100 || double.IsNaN(TargetReadingEase))
        {
            throw new DomainException("policy.readability", "The reading-ease target is between 0 and 100.", DomainErrorKind.Invalid, "targetReadingEase");
        }
    }
}

/// <summary>
/// A communication policy (CC26 1.2, 1.3, 4.3): the family of versions sharing a title. Each version is drafted,
/// reviewed with comments per clause, submitted for management agreement (each sign-off recorded), published for staff
/// to read and acknowledge, and superseded by the next. Records made under a version (procedures, templates) name it.
/// </summary>
public sealed class CommunicationPolicy : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<PolicyVersion> Versions { get; init; } = [];

    /// <summary>The version being worked on (draft, in review, submitted or agreed), if any.</summary>
    public PolicyVersion? Working => Versions.SingleOrDefault(v => v.Status is PolicyStatus.Draft or PolicyStatus.InReview or PolicyStatus.Submitted or PolicyStatus.Agreed);

    /// <summary>The version in force.</summary>
    public PolicyVersion? Published => Versions.SingleOrDefault(v => v.Status == PolicyStatus.Published);

    public PolicyVersion Latest => Versions.MaxBy(v => v.Number) ?? throw new InvalidOperationException("A policy has at least one version.");

    public static CommunicationPolicy Create(PolicyDefinition definition, Guid authorId, DateTime now)
    {
        definition.Validate();
        var policy = new CommunicationPolicy { Title = definition.Title.Trim(), CreatedAt = now, UpdatedAt = now };
        var version = PolicyVersion.Start(policy.Id, 1, definition, authorId, now);
        version.WriteClauses(definition.Clauses);
        policy.Versions.Add(version);
        return policy;
    }

    public PolicyVersion VersionNumbered(int number) =>
        Versions.SingleOrDefault(v => v.Number == number) ?? throw new DomainException("policy.version.not-found", $"Version {number} of this policy does not exist.",
            DomainErrorKind.NotFound);

    private PolicyVersion WorkingOr(string action) => Working ?? throw new DomainException("policy.no-working-version",
        $"There is no version being worked on to {action}. Start a new version of the published policy.", DomainErrorKind.Conflict);

    /// <summary>Edits the draft (or the version in review): clauses that name the clause they edit keep their key and comments.</summary>
    public PolicyVersion SaveDraft(PolicyDefinition definition, DateTime now)
    {
        definition.Validate();
        var version = WorkingOr("edit");
        version.RequireEditable();
        version.Apply(definition);
        version.WriteClauses(definition.Clauses);
        Title = version.Title;
        UpdatedAt = now;
        return version;
    }

    public PolicyVersion StartReview(DateTime now)
    {
        var version = WorkingOr("review");
        version.Require("send for review", PolicyStatus.Draft);
        version.Status = PolicyStatus.InReview;
        UpdatedAt = now;
        return version;
    }

    public ClauseComment Comment(Guid clauseId, Guid reviewerId, string text, DateTime now)
    {
        var version = WorkingOr("comment on");
        version.Require("comment on", PolicyStatus.Draft, PolicyStatus.InReview);
        var clause = version.Clauses.SingleOrDefault(c => c.Id == clauseId) ?? throw DomainException.NotFound("clause");
        var comment = new ClauseComment { VersionId = version.Id, ClauseId = clause.Id, AuthorId = reviewerId, Text = ClauseComment.Checked(text, "text"), CreatedAt = now };
        version.Comments.Add(comment);
        UpdatedAt = now;
        return comment;
    }

    /// <summary>The author (or another editor) answers a comment; <paramref name="resolve"/> closes it.</summary>
    public ClauseComment Answer(Guid commentId, Guid byId, string? reply, bool resolve, DateTime now)
    {
        var version = WorkingOr("answer comments on");
        version.Require("answer comments on", PolicyStatus.Draft, PolicyStatus.InReview);
        var comment = version.Comments.SingleOrDefault(c => c.Id == commentId) ?? throw DomainException.NotFound("comment");
        if (comment.ResolvedAt is not null)
        {
            throw new DomainException("policy.comment.resolved", "This comment is already resolved.", DomainErrorKind.Conflict);
        }

        if (!string.IsNullOrWhiteSpace(reply))
        {
            comment.Reply = ClauseComment.Checked(reply, "reply");
            comment.RepliedById = byId;
            comment.RepliedAt = now;
        }
        else if (!resolve)
        {
            throw new DomainException("policy.comment.reply", "Write a reply or resolve the comment.", DomainErrorKind.Invalid, "reply");
        }

        if (resolve)
        {
            comment.ResolvedAt = now;
            comment.ResolvedById = byId;
        }

        UpdatedAt = now;
        return comment;
    }

    /// <summary>Submits for management agreement: every mandatory component has a clause and every comment is resolved.</summary>
    public PolicyVersion Submit(DateTime now)
    {
        var version = WorkingOr("submit");
        version.Require("submit", PolicyStatus.Draft, PolicyStatus.InReview);
        var missing = version.MissingComponents;
        if (missing.Count > 0)
        {
            throw new DomainException("policy.incomplete",
                $"The policy cannot be submitted: it has no clause for {string.Join(", ", missing.Select(PolicyComponents.Name))}.", DomainErrorKind.Invalid, "clauses");
        }

        var open = version.Comments.Count(c => c.ResolvedAt is null);
        if (open > 0)
        {
            throw new DomainException("policy.open-comments", $"Resolve the {open} open review comment(s) before submitting.", DomainErrorKind.Conflict);
        }

        version.Status = PolicyStatus.Submitted;
        version.SubmittedAt = now;
        version.RejectionReason = null;
        UpdatedAt = now;
        return version;
    }

    /// <summary>
    /// A manager's decision on a submitted version (<paramref name="number"/>: the version meant, default the one being
    /// worked on). Each manager decides once per submission; the author may not sign unless the policy allows it. A
    /// rejection returns the version to draft with its reasons; enough agreements make it agreed.
    /// </summary>
    public PolicySignOff Decide(int? number, Guid signerId, string role, SignOffDecision decision, string? comment, DateTime now)
    {
        var version = number is { } n ? VersionNumbered(n) : WorkingOr("agree");
        if (version.Status == PolicyStatus.Superseded)
        {
            throw new DomainException("policy.superseded", $"Version {version.Number} has been superseded: it can no longer be agreed.", DomainErrorKind.Conflict);
        }

        version.Require("agree or reject", PolicyStatus.Submitted);
        if (signerId == version.AuthorId && !version.AuthorMaySign)
        {
            throw new DomainException("policy.own-signature", "You drafted this version: another manager must agree it.", DomainErrorKind.Forbidden);
        }

        if (version.SignOffs.Any(s => s.Round == version.Round && s.SignerId == signerId))
        {
            throw new DomainException("policy.signed", "You have already recorded your decision on this submission.", DomainErrorKind.Conflict);
        }

        if (decision == SignOffDecision.Reject && string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("policy.reject-reason", "Give the reasons for rejecting the policy.", DomainErrorKind.Invalid, "comment");
        }

        if (comment?.Length > ClauseComment.MaxTextLength)
        {
            throw new DomainException("policy.sign-comment", $"Keep the comment under {ClauseComment.MaxTextLength} characters.", DomainErrorKind.Invalid, "comment");
        }

        var signOff = new PolicySignOff
        {
            VersionId = version.Id, Round = version.Round, SignerId = signerId, Role = role, Decision = decision,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), At = now,
        };
        version.SignOffs.Add(signOff);
        if (decision == SignOffDecision.Reject)
        {
            version.Status = PolicyStatus.Draft;
            version.RejectionReason = signOff.Comment;
            version.Round++;
        }
        else if (version.AgreementsThisRound >= version.RequiredAgreements)
        {
            version.Status = PolicyStatus.Agreed;
            version.AgreedAt = now;
        }

        UpdatedAt = now;
        return signOff;
    }

    /// <summary>Publishes the agreed version; the version in force before it is superseded.</summary>
    public PolicyVersion Publish(Guid publisherId, DateTime now, DateOnly today)
    {
        var version = WorkingOr("publish");
        if (version.Status != PolicyStatus.Agreed)
        {
            var still = version.RequiredAgreements - (version.Status == PolicyStatus.Submitted ? version.AgreementsThisRound : 0);
            throw new DomainException("policy.not-agreed",
                $"Version {version.Number} cannot be published until management has agreed it ({still} of {version.RequiredAgreements} agreement(s) still needed).",
                DomainErrorKind.Conflict);
        }

        if (Published is { } previous)
        {
            previous.Status = PolicyStatus.Superseded;
            previous.SupersededAt = now;
        }

        version.Status = PolicyStatus.Published;
        version.PublishedAt = now;
        version.PublishedById = publisherId;
        version.ReviewDueOn = today.AddMonths(version.ReviewMonths);
        UpdatedAt = now;
        return version;
    }

    /// <summary>A member of staff confirms they have read the published version (once).</summary>
    public PolicyAcknowledgement Acknowledge(Guid staffId, DateTime now)
    {
        var version = Published ?? throw new DomainException("policy.not-published", "There is no published version to acknowledge.", DomainErrorKind.Conflict);
        if (version.Acknowledgements.SingleOrDefault(a => a.StaffId == staffId) is { } existing)
        {
            return existing;
        }

        var acknowledgement = new PolicyAcknowledgement { VersionId = version.Id, StaffId = staffId, At = now };
        version.Acknowledgements.Add(acknowledgement);
        return acknowledgement;
    }

    /// <summary>Starts the next version as a copy of the published one (its clauses keep their keys, so the diff and traces follow them).</summary>
    public PolicyVersion NewVersion(Guid authorId, DateTime now)
    {
        if (Working is { } working)
        {
            throw new DomainException("policy.working-exists", $"Version {working.Number} is still being worked on.", DomainErrorKind.Conflict);
        }

        var from = Latest;
        var version = PolicyVersion.Start(Id, from.Number + 1, from.ToDefinition(), authorId, now);
        version.CopyClauses(from);
        Versions.Add(version);
        UpdatedAt = now;
        return version;
    }
}

/// <summary>One version of a policy, with its clauses, review comments, sign-offs and acknowledgements.</summary>
public sealed class PolicyVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PolicyId { get; init; }

    public int Number { get; init; }

    public required string Title { get; set; }

    public PolicyStatus Status { get; set; } = PolicyStatus.Draft;

    public Guid AuthorId { get; init; }

    public DateTime CreatedAt { get; init; }

    public int RequiredAgreements { get; set; } = 2;

    public bool AuthorMaySign { get; set; }

    public int ReviewMonths { get; set; } = 12;

    public double TargetReadingEase { get; set; } = 60;

    /// <summary>Submission round: a rejection starts a new one, so earlier sign-offs stay as history.</summary>
    public int Round { get; set; } = 1;

    public string? RejectionReason { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public DateTime? AgreedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public Guid? PublishedById { get; set; }

    public DateOnly? ReviewDueOn { get; set; }

    public DateTime? SupersededAt { get; set; }

    /// <summary>The review date the reminder was sent for (once per review date: a new version gets its own).</summary>
    public DateOnly? ReviewRemindedFor { get; set; }

    public List<PolicyClause> Clauses { get; init; } = [];

    public List<ClauseComment> Comments { get; init; } = [];

    public List<PolicySignOff> SignOffs { get; init; } = [];

    public List<PolicyAcknowledgement> Acknowledgements { get; init; } = [];

    public IReadOnlyList<PolicyComponent> MissingComponents => PolicyComponents.Missing(Clauses.Select(c => (c.Component, c.Text)));

    public int AgreementsThisRound => SignOffs.Count(s => s.Round == Round && s.Decision == SignOffDecision.Agree);

    public bool ReviewDue(DateOnly today) => Status == PolicyStatus.Published && ReviewDueOn is { } due && due <= today;

    public IEnumerable<PolicyClause> Ordered => Clauses.OrderBy(c => c.Position);

    internal static PolicyVersion Start(Guid policyId, int number, PolicyDefinition definition, Guid authorId, DateTime now)
    {
        var version = new PolicyVersion { PolicyId = policyId, Number = number, Title = definition.Title.Trim(), AuthorId = authorId, CreatedAt = now };
        version.Apply(definition);
        return version;
    }

    internal void Apply(PolicyDefinition definition)
    {
        Title = definition.Title.Trim();
        RequiredAgreements = definition.RequiredAgreements;
        AuthorMaySign = definition.AuthorMaySign;
        ReviewMonths = definition.ReviewMonths;
        TargetReadingEase = definition.TargetReadingEase;
    }

    internal void Require(string action, params PolicyStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException("policy.status", $"Version {Number} is {StatusText(Status)}: you cannot {action} it now.", DomainErrorKind.Conflict);
        }
    }

    internal void RequireEditable() => Require("edit", PolicyStatus.Draft, PolicyStatus.InReview);

    /// <summary>Replaces the clauses in place: a clause naming an existing one is updated (keeps its id, key and comments).</summary>
    internal void WriteClauses(IReadOnlyList<ClauseDefinition> definitions)
    {
        var kept = new HashSet<Guid>();
        for (var i = 0; i < definitions.Count; i++)
        {
            var d = definitions[i];
            var existing = d.FromClauseId is { } from ? Clauses.SingleOrDefault(c => c.Id == from) : null;
            if (existing is null)
            {
                existing = new PolicyClause { VersionId = Id, Key = Guid.CreateVersion7() };
                Clauses.Add(existing);
            }

            existing.Position = i;
            existing.Component = d.Component;
            existing.Heading = string.IsNullOrWhiteSpace(d.Heading) ? null : d.Heading.Trim();
            existing.Text = d.Text.Trim();
            kept.Add(existing.Id);
        }

        var removed = Clauses.Where(c => !kept.Contains(c.Id)).ToList();
        foreach (var clause in removed)
        {
            Clauses.Remove(clause);
            Comments.RemoveAll(c => c.ClauseId == clause.Id);
        }
    }

    internal void CopyClauses(PolicyVersion from)
    {
        foreach (var clause in from.Ordered)
        {
            Clauses.Add(new PolicyClause
            {
                VersionId = Id, Key = clause.Key, Position = clause.Position, Component = clause.Component, Heading = clause.Heading, Text = clause.Text,
            });
        }
    }

    internal PolicyDefinition ToDefinition() => new(Title, [.. Ordered.Select(c => new ClauseDefinition(c.Component, c.Text, c.Heading))], RequiredAgreements,
        AuthorMaySign, ReviewMonths, TargetReadingEase);

    public static string StatusText(PolicyStatus status) => status switch
    {
        PolicyStatus.Draft => "a draft",
        PolicyStatus.InReview => "in review",
        PolicyStatus.Submitted => "submitted for agreement",
        PolicyStatus.Agreed => "agreed",
        PolicyStatus.Published => "published",
        PolicyStatus.Superseded => "superseded",
    };
}

/// <summary>A clause under one of the standard components. <see cref="Key"/> is shared by the same clause in every version.</summary>
public sealed class PolicyClause
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid VersionId { get; init; }

    public Guid Key { get; init; }

    public int Position { get; set; }

    public PolicyComponent Component { get; set; }

    public string? Heading { get; set; }

    public string Text { get; set; } = "";
}

/// <summary>A reviewer's comment on a clause, the author's reply and its resolution.</summary>
public sealed class ClauseComment
{
    public const int MaxTextLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid VersionId { get; init; }

    public Guid ClauseId { get; init; }

    public Guid AuthorId { get; init; }

    public required string Text { get; init; }

    public DateTime CreatedAt { get; init; }

    public string? Reply { get; set; }

    public Guid? RepliedById { get; set; }

    public DateTime? RepliedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public Guid? ResolvedById { get; set; }

    internal static string Checked(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength
            ? throw new DomainException("policy.comment", $"Write up to {MaxTextLength} characters.", DomainErrorKind.Invalid, field)
            : text.Trim();
}

/// <summary>A manager's recorded agreement or rejection: who, in which role, when, with what comment, in which submission round.</summary>
public sealed class PolicySignOff
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid VersionId { get; init; }

    public int Round { get; init; }

    public Guid SignerId { get; init; }

    public required string Role { get; init; }

    public SignOffDecision Decision { get; init; }

    public string? Comment { get; init; }

    public DateTime At { get; init; }
}

/// <summary>A member of staff has read the published version.</summary>
public sealed class PolicyAcknowledgement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid VersionId { get; init; }

    public Guid StaffId { get; init; }

    public DateTime At { get; init; }
}
