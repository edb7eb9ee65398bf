using Frontline.Domain.Platform;

namespace Frontline.Domain.Communications;

/// <summary>Draft → approved (after an evaluation against the policy) → superseded by the next approved version.</summary>
public enum ProcedureStatus
{
    Draft,
    Approved,
    Superseded,
}

/// <summary>An evaluator's finding on one applicable clause.</summary>
public enum ClauseVerdict
{
    Meets,
    PartlyMeets,
    DoesNotMeet,
    NotApplicable,
}

/// <summary>The evaluator's overall finding: consistent with the policy, or changes needed before approval.</summary>
public enum EvaluationOutcome
{
    Consistent,
    ChangesNeeded,
}

/// <summary>A step as written, with the keys of the policy clauses it implements.</summary>
public sealed record StepDefinition(string Text, IReadOnlyList<Guid> ClauseKeys);

/// <summary>What an author writes: a verbal or written procedure for one channel, its purpose, owner, review date and steps.</summary>
public sealed record ProcedureDefinition(string Title, MediaMode Mode, string Channel, string Purpose, Guid OwnerId, DateOnly ReviewOn,
    IReadOnlyList<StepDefinition> Steps)
{
    public const int MaxTitleLength = 200;
    public const int MaxPurposeLength = 2000;
    public const int MaxStepLength = 2000;
    public const int MaxSteps = 40;

    /// <summary>Checks the definition against the policy version it is written under: every cited clause is one of its clauses.</summary>
    public MediaChannel Validate(PolicyVersion policy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > MaxTitleLength)
        {
            throw new DomainException("procedure.title", $"Give the procedure a title of up to {MaxTitleLength} characters.", DomainErrorKind.Invalid, "title");
        }

        if (!Enum.IsDefined(Mode) || Mode == MediaMode.Both)
        {
            throw new DomainException("procedure.mode", "A procedure is for verbal or for written communication.", DomainErrorKind.Invalid, "mode");
        }

        var channel = MediaChannels.Find(Channel) ?? throw new DomainException("procedure.channel",
            $"Choose a channel from the catalogue ({string.Join(", ", MediaChannels.All.Select(c => c.Key))}).", DomainErrorKind.Invalid, "channel");
        if (!MediaChannels.Fits(channel, Mode))
        {
            throw new DomainException("procedure.channel-mode", $"{channel.Name} is a {channel.Mode.ToString().ToLowerInvariant()} channel: it cannot have a {Mode.ToString().ToLowerInvariant()} procedure.",
                DomainErrorKind.Invalid, "channel");
        }

        if (string.IsNullOrWhiteSpace(Purpose) || Purpose.Length > MaxPurposeLength)
        {
            throw new DomainException("procedure.purpose", $"Say what the procedure is for, in up to {MaxPurposeLength} characters.", DomainErrorKind.Invalid, "purpose");
        }

        if (OwnerId == Guid.Empty)
        {
            throw new DomainException("procedure.owner", "Name the procedure's owner.", DomainErrorKind.Invalid, "ownerId");
        }

        if (ReviewOn <= today)
        {
            throw new DomainException("procedure.review", "The review date must be in the future.", DomainErrorKind.Invalid, "reviewOn");
        }

        if (Steps is null || Steps.Count == 0 || Steps.Count > MaxSteps)
        {
            throw new DomainException("procedure.steps", $"A procedure has 1 to {MaxSteps} steps.", DomainErrorKind.Invalid, "steps");
        }

        var keys = policy.Clauses.Select(c => c.Key).ToHashSet();
        for (var i = 0; i < Steps.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Steps[i].Text) || Steps[i].Text.Length > MaxStepLength)
            {
                throw new DomainException("procedure.step", $"Step {i + 1} needs text of up to {MaxStepLength} characters.", DomainErrorKind.Invalid, $"steps[{i}].text");
            }

            if ((Steps[i].ClauseKeys ?? []).FirstOrDefault(k => !keys.Contains(k)) is var unknown && unknown != Guid.Empty)
            {
                throw new DomainException("procedure.step.clause", $"Step {i + 1} cites a clause that is not in version {policy.Number} of the policy.",
                    DomainErrorKind.Invalid, $"steps[{i}].clauseKeys");
            }
        }

        return channel;
    }
}

/// <summary>An evaluator's verdict on one applicable clause, as submitted.</summary>
public sealed record ClauseVerdictInput(Guid ClauseKey, ClauseVerdict Verdict, string? Note);

/// <summary>
/// A procedure or guideline for verbal or written communication (CC26 2.1, CCTC9 4.1): its versions, each written
/// under a published version of one communication policy, with steps traced to that policy's clauses. A draft is
/// evaluated against the policy (CC26 2.2) before it can be approved; editing a draft sets its evaluation aside.
/// </summary>
public sealed class Procedure : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PolicyId { get; init; }

    public required string Title { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<ProcedureVersion> Versions { get; init; } = [];

    public ProcedureVersion? Draft => Versions.SingleOrDefault(v => v.Status == ProcedureStatus.Draft);

    /// <summary>The approved version in force.</summary>
    public ProcedureVersion? InForce => Versions.SingleOrDefault(v => v.Status == ProcedureStatus.Approved);

    public ProcedureVersion Latest => Versions.MaxBy(v => v.Number) ?? throw new InvalidOperationException("A procedure has at least one version.");

    public static Procedure Create(ProcedureDefinition definition, CommunicationPolicy policy, Guid authorId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var published = PublishedOf(policy);
        definition.Validate(published, DateOnly.FromDateTime(now));
        var procedure = new Procedure { PolicyId = policy.Id, Title = definition.Title.Trim(), CreatedAt = now, UpdatedAt = now };
        var version = new ProcedureVersion { ProcedureId = procedure.Id, Number = 1, Title = procedure.Title, AuthorId = authorId, CreatedAt = now };
        version.Write(definition, published.Number);
        procedure.Versions.Add(version);
        return procedure;
    }

    /// <summary>Procedures are written under the version of the policy in force.</summary>
    public static PolicyVersion PublishedOf(CommunicationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Published ?? throw new DomainException("procedure.policy-not-published",
            $"\u201c{policy.Title}\u201d has no published version: procedures follow a policy in force.", DomainErrorKind.Conflict, "policyId");
    }

    private ProcedureVersion DraftOr(string action) => Draft ?? throw new DomainException("procedure.no-draft",
        $"There is no draft to {action}. Start a new version of the procedure.", DomainErrorKind.Conflict);

    /// <summary>Edits the draft, rewritten under the policy version now in force; any evaluation of the earlier text no longer counts.</summary>
    public ProcedureVersion SaveDraft(ProcedureDefinition definition, CommunicationPolicy policy, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var version = DraftOr("edit");
        var published = PublishedOf(policy);
        definition.Validate(published, DateOnly.FromDateTime(now));
        version.Write(definition, published.Number);
        version.ContentRevision++;
        Title = version.Title;
        UpdatedAt = now;
        return version;
    }

    /// <summary>
    /// Records the evaluation of the draft against the published policy: a verdict for every clause that applies to the
    /// procedure's channel and mode (and no other), and an overall outcome. A clause found not met cannot sit with a
    /// "consistent" outcome.
    /// </summary>
    public ProcedureEvaluation Evaluate(CommunicationPolicy policy, IReadOnlyList<ClauseVerdictInput> verdicts, EvaluationOutcome outcome, string? summary,
        Guid evaluatorId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var version = DraftOr("evaluate");
        var published = PublishedOf(policy);
        if (published.Number != version.PolicyVersion)
        {
            throw new DomainException("procedure.policy-changed",
                $"The draft follows version {version.PolicyVersion} of the policy but version {published.Number} is now in force: update the draft under it first.",
                DomainErrorKind.Conflict);
        }

        if (!Enum.IsDefined(outcome))
        {
            throw new DomainException("procedure.evaluation.outcome", "Choose an overall outcome.", DomainErrorKind.Invalid, "outcome");
        }

        if (summary?.Length > ProcedureDefinition.MaxPurposeLength)
        {
            throw new DomainException("procedure.evaluation.summary", $"Keep the summary under {ProcedureDefinition.MaxPurposeLength} characters.", DomainErrorKind.Invalid,
                "summary");
        }

        var coverage = version.Coverage(published).Where(c => c.Applies).ToList();
        var given = verdicts.GroupBy(v => v.ClauseKey).ToDictionary(g => g.Key, g => g.Last());
        var missing = coverage.Where(c => !given.ContainsKey(c.Clause.Key)).Select(c => c.Number).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException("procedure.evaluation.incomplete",
                $"Give a verdict on every clause that applies: clause(s) {string.Join(", ", missing)} have none.", DomainErrorKind.Invalid, "verdicts");
        }

        var applicable = coverage.Select(c => c.Clause.Key).ToHashSet();
        if (given.Keys.Any(k => !applicable.Contains(k)))
        {
            throw new DomainException("procedure.evaluation.clause", "A verdict names a clause that does not apply to this procedure.", DomainErrorKind.Invalid,
                "verdicts");
        }

        if (given.Values.Any(v => !Enum.IsDefined(v.Verdict) || v.Note?.Length > ProcedureDefinition.MaxStepLength))
        {
            throw new DomainException("procedure.evaluation.verdict", "Each verdict is meets, partly-meets, does-not-meet or not-applicable, with a short note.",
                DomainErrorKind.Invalid, "verdicts");
        }

        if (outcome == EvaluationOutcome.Consistent && given.Values.Any(v => v.Verdict == ClauseVerdict.DoesNotMeet))
        {
            throw new DomainException("procedure.evaluation.contradiction",
                "A procedure that does not meet a clause cannot be found consistent with the policy: record changes needed.", DomainErrorKind.Invalid, "outcome");
        }

        var evaluation = new ProcedureEvaluation
        {
            VersionId = version.Id, ContentRevision = version.ContentRevision, PolicyVersion = published.Number, EvaluatorId = evaluatorId, Outcome = outcome,
            Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim(), At = now,
        };
        foreach (var c in coverage)
        {
            var v = given[c.Clause.Key];
            evaluation.Verdicts.Add(new ProcedureClauseVerdict
            {
                EvaluationId = evaluation.Id, ClauseKey = c.Clause.Key, Verdict = v.Verdict, Note = string.IsNullOrWhiteSpace(v.Note) ? null : v.Note.Trim(),
                CoveredBySteps = string.Join(",", c.CoveredBySteps),
            });
        }

        version.Evaluations.Add(evaluation);
        UpdatedAt = now;
        return evaluation;
    }

    /// <summary>Approves the draft once its current text has been evaluated as consistent with the policy in force; the version before it is superseded.</summary>
    public ProcedureVersion Approve(CommunicationPolicy policy, Guid approverId, DateTime now)
    {
        var version = DraftOr("approve");
        var published = PublishedOf(policy);
        var evaluation = version.CurrentEvaluation;
        if (evaluation is null || evaluation.PolicyVersion != published.Number)
        {
            throw new DomainException("procedure.not-evaluated",
                "Evaluate this draft against the published policy before approving it.", DomainErrorKind.Conflict);
        }

        if (evaluation.Outcome != EvaluationOutcome.Consistent)
        {
            throw new DomainException("procedure.changes-needed", "The evaluation found changes needed: revise the draft and evaluate it again.",
                DomainErrorKind.Conflict);
        }

        if (InForce is { } previous)
        {
            previous.Status = ProcedureStatus.Superseded;
            previous.SupersededAt = now;
        }

        version.Status = ProcedureStatus.Approved;
        version.ApprovedAt = now;
        version.ApprovedById = approverId;
        UpdatedAt = now;
        return version;
    }

    /// <summary>Starts the next version as a copy of the latest, still citing the same clause keys, under the policy version now in force.</summary>
    public ProcedureVersion NewVersion(CommunicationPolicy policy, Guid authorId, DateTime now)
    {
        if (Draft is { } draft)
        {
            throw new DomainException("procedure.draft-exists", $"Version {draft.Number} is still a draft.", DomainErrorKind.Conflict);
        }

        var published = PublishedOf(policy);
        var from = Latest;
        var version = new ProcedureVersion { ProcedureId = Id, Number = from.Number + 1, Title = from.Title, AuthorId = authorId, CreatedAt = now };
        version.Write(from.ToDefinition(), published.Number);
        Versions.Add(version);
        UpdatedAt = now;
        return version;
    }
}

/// <summary>One version of a procedure: what it says, the policy version it follows, its evaluations and approval.</summary>
public sealed class ProcedureVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ProcedureId { get; init; }

    public int Number { get; init; }

    public required string Title { get; set; }

    public MediaMode Mode { get; set; }

    public string Channel { get; set; } = "";

    public string Purpose { get; set; } = "";

    public Guid OwnerId { get; set; }

    public DateOnly ReviewOn { get; set; }

    /// <summary>The number of the policy version this text was written under.</summary>
    public int PolicyVersion { get; set; }

    public ProcedureStatus Status { get; set; } = ProcedureStatus.Draft;

    public Guid AuthorId { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>Counts edits of the draft: an evaluation counts only for the text it was made on.</summary>
    public int ContentRevision { get; set; }

    public DateTime? ApprovedAt { get; set; }

    public Guid? ApprovedById { get; set; }

    public DateTime? SupersededAt { get; set; }

    /// <summary>The review date the owner was reminded of (once per review date).</summary>
    public DateOnly? ReviewRemindedFor { get; set; }

    public List<ProcedureStep> Steps { get; init; } = [];

    public List<ProcedureEvaluation> Evaluations { get; init; } = [];

    public IEnumerable<ProcedureStep> Ordered => Steps.OrderBy(s => s.Position);

    /// <summary>The evaluation of the text as it stands (none once the draft is edited after it).</summary>
    public ProcedureEvaluation? CurrentEvaluation => Evaluations.Where(e => e.ContentRevision == ContentRevision).MaxBy(e => e.At);

    public IReadOnlyList<ClauseCoverage> Coverage(PolicyVersion policy) =>
        PolicyCoverage.For(policy, MediaChannels.Find(Channel) ?? throw new InvalidOperationException($"Unknown channel {Channel}."), Mode,
            [.. Ordered.Select(s => (IReadOnlyCollection<Guid>)s.ClauseKeys)]);

    internal void Write(ProcedureDefinition definition, int policyVersion)
    {
        Title = definition.Title.Trim();
        Mode = definition.Mode;
        Channel = definition.Channel;
        Purpose = definition.Purpose.Trim();
        OwnerId = definition.OwnerId;
        ReviewOn = definition.ReviewOn;
        PolicyVersion = policyVersion;
        Steps.Clear();
        for (var i = 0; i < definition.Steps.Count; i++)
        {
            Steps.Add(new ProcedureStep { VersionId = Id, Position = i, Text = definition.Steps[i].Text.Trim(), ClauseKeys = [.. (definition.Steps[i].ClauseKeys ?? []).Distinct()] });
        }
    }

    internal ProcedureDefinition ToDefinition() =>
        new(Title, Mode, Channel, Purpose, OwnerId, ReviewOn, [.. Ordered.Select(s => new StepDefinition(s.Text, s.ClauseKeys))]);
}

/// <summary>A step of a procedure and the keys of the policy clauses behind it (a clause keeps its key across policy versions).</summary>
public sealed class ProcedureStep
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid VersionId { get; init; }

    public int Position { get; set; }

    public string Text { get; set; } = "";

    public List<Guid> ClauseKeys { get; set; } = [];
}

/// <summary>An evaluation of a draft against the published policy: who, when, the verdict per applicable clause and overall.</summary>
public sealed class ProcedureEvaluation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid VersionId { get; init; }

    public int ContentRevision { get; init; }

    public int PolicyVersion { get; init; }

    public Guid EvaluatorId { get; init; }

    public EvaluationOutcome Outcome { get; init; }

    public string? Summary { get; init; }

    public DateTime At { get; init; }

    public List<ProcedureClauseVerdict> Verdicts { get; init; } = [];
}

/// <summary>The verdict on one clause, with the steps that covered it when evaluated (comma-separated step numbers; empty: not covered).</summary>
public sealed class ProcedureClauseVerdict
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid EvaluationId { get; init; }

    public Guid ClauseKey { get; init; }

    public ClauseVerdict Verdict { get; init; }

    public string? Note { get; init; }

    public string CoveredBySteps { get; init; } = "";
}
