using Frontline.Domain.Platform;

namespace Frontline.Domain.Quality;

/// <summary>Open (evaluators score blind) → revealed (all have scored: the spread is shown) → closed (agreed outcome, reference set).</summary>
public enum CalibrationStatus
{
    Open,
    Revealed,
    Closed,
}

/// <summary>An answer as stored in a calibration scoring (the value as text: yes, no, na or points).</summary>
public sealed record CalibrationAnswer(Guid CriterionId, string Value);

/// <summary>
/// A calibration session: invited evaluators score one contact on one scorecard version without seeing each other's
/// answers; when all have scored the spread per criterion is shown; the lead closes it with the reference answers
/// (the lead's own scoring or the agreed one), the agreed outcome and notes, which fixes each evaluator's deviation.
/// </summary>
public sealed class CalibrationSession : IVersioned
{
    public const int MaxTitleLength = 200;
    public const int MaxNotesLength = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    public Guid ContactId { get; init; }

    public Guid ScorecardId { get; init; }

    public Guid ScorecardVersionId { get; init; }

    /// <summary>The lead analyst who runs the session and sets the reference.</summary>
    public Guid LeadId { get; init; }

    public CalibrationStatus Status { get; private set; } = CalibrationStatus.Open;

    public List<CalibrationAnswer> ReferenceAnswers { get; private set; } = [];

    public decimal? ReferenceScore { get; private set; }

    /// <summary><c>lead</c> (the lead's own scoring) or <c>agreed</c> (answers agreed in the session).</summary>
    public string? ReferenceSource { get; private set; }

    public string? AgreedOutcome { get; private set; }

    public string? Notes { get; private set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public int Version { get; set; }

    public List<CalibrationParticipant> Participants { get; init; } = [];

    public bool AllScored => Participants.Count > 0 && Participants.All(p => p.SubmittedAt is not null);

    public static CalibrationSession Plan(string title, Guid contactId, ScorecardVersion version, Guid leadId, IReadOnlyCollection<Guid> evaluatorIds, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > MaxTitleLength)
        {
            throw new DomainException("calibration.invalid", $"Give the session a title (up to {MaxTitleLength} characters).", DomainErrorKind.Invalid, "title");
        }

        if (version.Status != ScorecardStatus.Published)
        {
            throw new DomainException("calibration.invalid", "Calibrate on a published scorecard version.", DomainErrorKind.Invalid, "scorecardId");
        }

        var invited = evaluatorIds.Distinct().ToList();
        if (invited.Count < 2)
        {
            throw new DomainException("calibration.invalid", "Invite at least two evaluators (the lead may be one of them).", DomainErrorKind.Invalid, "evaluatorIds");
        }

        var session = new CalibrationSession
        {
            Title = title.Trim(), ContactId = contactId, ScorecardId = version.ScorecardId, ScorecardVersionId = version.Id, LeadId = leadId, CreatedAt = now,
            UpdatedAt = now,
        };
        session.Participants.AddRange(invited.Select(id => new CalibrationParticipant { SessionId = session.Id, EvaluatorId = id }));
        return session;
    }

    /// <summary>An invited evaluator's blind scoring (complete, scored by the rule). Once all have scored, the session is revealed.</summary>
    public CalibrationParticipant Score(ScorecardVersion version, Guid evaluatorId, IReadOnlyList<CriterionAnswer> answers, DateTime now)
    {
        RequireVersion(version);
        var participant = Participants.SingleOrDefault(p => p.EvaluatorId == evaluatorId)
            ?? throw new DomainException("calibration.not-invited", "You are not invited to score this session.", DomainErrorKind.Forbidden);
        if (Status != CalibrationStatus.Open)
        {
            throw new DomainException("calibration.state", "Scores are fixed once every evaluator has scored.", DomainErrorKind.Conflict);
        }

        var result = ScoringRule.Score(version, answers);
        var kinds = version.Criteria.ToDictionary(c => c.Id, c => c.Kind);
        participant.Answers = [.. answers.Select(a => new CalibrationAnswer(a.CriterionId, a.Value.Text(kinds[a.CriterionId])))];
        participant.Score = result.Score;
        participant.ScoreBeforeCritical = result.ScoreBeforeCritical;
        participant.Band = result.Band;
        participant.SubmittedAt = now;
        if (AllScored)
        {
            Status = CalibrationStatus.Revealed;
        }

        UpdatedAt = now;
        return participant;
    }

    /// <summary>
    /// Closes the session: the reference is the lead's own scoring (<paramref name="agreedAnswers"/> empty) or the agreed
    /// answers; each evaluator's deviation from it is fixed.
    /// </summary>
    public void Close(ScorecardVersion version, Guid leadId, IReadOnlyList<CriterionAnswer> agreedAnswers, string? outcome, string? notes, DateTime now)
    {
        RequireVersion(version);
        if (leadId != LeadId)
        {
            throw new DomainException("calibration.not-lead", "Only the session's lead closes it.", DomainErrorKind.Forbidden);
        }

        if (Status != CalibrationStatus.Revealed)
        {
            throw new DomainException("calibration.state",
                Status == CalibrationStatus.Closed ? "This session is already closed." : "Wait until every evaluator has scored.", DomainErrorKind.Conflict);
        }

        if (string.IsNullOrWhiteSpace(outcome) || outcome.Length > MaxNotesLength || notes?.Length > MaxNotesLength)
        {
            throw new DomainException("calibration.invalid", "Record the agreed outcome (and any notes, up to 4,000 characters each).", DomainErrorKind.Invalid,
                "agreedOutcome");
        }

        var kinds = version.Criteria.ToDictionary(c => c.Id, c => c.Kind);
        if (agreedAnswers.Count > 0)
        {
            ReferenceScore = ScoringRule.Score(version, agreedAnswers).Score;
            ReferenceAnswers = [.. agreedAnswers.Select(a => new CalibrationAnswer(a.CriterionId, a.Value.Text(kinds[a.CriterionId])))];
            ReferenceSource = "agreed";
        }
        else
        {
            var lead = Participants.SingleOrDefault(p => p.EvaluatorId == LeadId) ?? throw new DomainException("calibration.invalid",
                "The lead did not score this session: give the agreed answers as the reference.", DomainErrorKind.Invalid, "answers");
            ReferenceScore = lead.Score;
            ReferenceAnswers = [.. lead.Answers];
            ReferenceSource = "lead";
        }

        foreach (var participant in Participants)
        {
            participant.Deviation = Math.Abs(participant.Score!.Value - ReferenceScore!.Value);
            participant.CriteriaMatched = participant.Answers.Count(a => ReferenceAnswers.Any(r => r.CriterionId == a.CriterionId && r.Value == a.Value));
        }

        AgreedOutcome = outcome.Trim();
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        Status = CalibrationStatus.Closed;
        ClosedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Who answered what, per criterion (shown only once every evaluator has scored).</summary>
    public IReadOnlyList<CriterionSpread> Spread(ScorecardVersion version)
    {
        if (Status == CalibrationStatus.Open)
        {
            throw new DomainException("calibration.blind", "The spread is shown once every evaluator has scored.", DomainErrorKind.Conflict);
        }

        return [.. version.Criteria.Select(c => new CriterionSpread(c.Id, c.Text,
            [.. Participants.Select(p => new ParticipantAnswer(p.EvaluatorId, p.Answers.SingleOrDefault(a => a.CriterionId == c.Id)?.Value ?? ""))],
            ReferenceAnswers.SingleOrDefault(r => r.CriterionId == c.Id)?.Value))];
    }

    private void RequireVersion(ScorecardVersion version)
    {
        if (version.Id != ScorecardVersionId)
        {
            throw new InvalidOperationException("A calibration session is scored on its own scorecard version.");
        }
    }

    /// <summary>Mean absolute deviation from the reference over a set of closed sessions' deviations (null when there are none).</summary>
    public static decimal? MeanAbsoluteDeviation(IEnumerable<decimal> deviations)
    {
        var list = deviations.ToList();
        return list.Count == 0 ? null : Math.Round(list.Sum(Math.Abs) / list.Count, 2, MidpointRounding.AwayFromZero);
    }
}

/// <summary>An invited evaluator and their blind scoring.</summary>
public sealed class CalibrationParticipant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SessionId { get; init; }

    public Guid EvaluatorId { get; init; }

    public DateTime? SubmittedAt { get; set; }

    public List<CalibrationAnswer> Answers { get; set; } = [];

    public decimal? Score { get; set; }

    public decimal? ScoreBeforeCritical { get; set; }

    public string? Band { get; set; }

    /// <summary>|score − reference score|, fixed when the session closes.</summary>
    public decimal? Deviation { get; set; }

    /// <summary>How many criteria were answered as the reference answered them.</summary>
    public int? CriteriaMatched { get; set; }
}

public sealed record ParticipantAnswer(Guid EvaluatorId, string Value);

public sealed record CriterionSpread(Guid CriterionId, string Text, IReadOnlyList<ParticipantAnswer> Answers, string? Reference);
