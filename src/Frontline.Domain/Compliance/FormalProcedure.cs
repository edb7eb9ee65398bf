using Frontline.Domain.Platform;

namespace Frontline.Domain.Compliance;

/// <summary>A stage of a formal procedure (ACAS Code of Practice on disciplinary and grievance procedures).</summary>
public enum ProcedureStage
{
    Investigation,
    WrittenNotice,
    WrittenGrievance,
    Meeting,
    Decision,
    Appeal,
}

/// <summary>A decision or an appeal's outcome.</summary>
public enum ProcedureOutcome
{
    NoAction,
    FirstWrittenWarning,
    FinalWrittenWarning,
    Dismissal,
    Upheld,
    PartlyUpheld,
    NotUpheld,
}

/// <summary>One stage as recorded: when, the notes (findings, the letter, the meeting notes), the companion at a meeting, the
/// decision with reasons and a warning's expiry, who heard an appeal.</summary>
public sealed record ProcedureStep(
    ProcedureStage Stage, DateOnly On, string? Notes, string? Companion = null, ProcedureOutcome? Outcome = null, string? Reasons = null,
    DateOnly? WarningExpiresOn = null, Guid? HeardById = null, Guid? RecordedById = null);

/// <summary>
/// The order of the formal routes and what each stage must hold. Disciplinary: investigation → written notice → meeting
/// (the right to be accompanied by a colleague or trade-union representative) → decision → appeal (optional, heard by
/// someone not involved before). Grievance: written grievance → meeting → decision → appeal.
/// </summary>
public static class FormalProcedure
{
    public const int MaxTextLength = 4000;

    public static readonly IReadOnlyList<ProcedureStage> Disciplinary =
        [ProcedureStage.Investigation, ProcedureStage.WrittenNotice, ProcedureStage.Meeting, ProcedureStage.Decision, ProcedureStage.Appeal];

    public static readonly IReadOnlyList<ProcedureStage> Grievance =
        [ProcedureStage.WrittenGrievance, ProcedureStage.Meeting, ProcedureStage.Decision, ProcedureStage.Appeal];

    public static readonly IReadOnlyList<ProcedureOutcome> DisciplinaryDecisions =
        [ProcedureOutcome.NoAction, ProcedureOutcome.FirstWrittenWarning, ProcedureOutcome.FinalWrittenWarning, ProcedureOutcome.Dismissal];

    public static readonly IReadOnlyList<ProcedureOutcome> Findings = [ProcedureOutcome.Upheld, ProcedureOutcome.PartlyUpheld, ProcedureOutcome.NotUpheld];

    public static IReadOnlyList<ProcedureStage> Stages(BreachRoute route) => route switch
    {
        BreachRoute.Disciplinary => Disciplinary,
        BreachRoute.Grievance => Grievance,
        BreachRoute.None or BreachRoute.Coaching => [],
    };

    /// <summary>The stage that may be recorded next, or null when the procedure is finished.</summary>
    public static ProcedureStage? Next(BreachRoute route, IReadOnlyList<ProcedureStep> done)
    {
        var stages = Stages(route);
        return done.Count < stages.Count ? stages[done.Count] : null;
    }

    public static bool IsComplete(IReadOnlyList<ProcedureStep> done) => done.Any(s => s.Stage == ProcedureStage.Decision);

    /// <summary>Refuses a stage out of order, dated before the one before it, or missing what the stage must hold.</summary>
    public static void Check(BreachRoute route, IReadOnlyList<ProcedureStep> done, ProcedureStep step, IReadOnlySet<Guid> involvedBefore)
    {
        var next = Next(route, done);
        if (next is null)
        {
            throw new DomainException("procedure.finished", "The procedure is finished: the appeal was heard.", DomainErrorKind.Conflict, "stage");
        }

        if (step.Stage != next)
        {
            throw new DomainException("procedure.out-of-order",
                $"Stages are recorded in order: the next stage is {Words(next.Value)}, not {Words(step.Stage)}.", DomainErrorKind.Invalid, "stage");
        }

        if (done.Count > 0 && step.On < done[^1].On)
        {
            throw new DomainException("procedure.date", $"The {Words(step.Stage)} cannot be dated before the {Words(done[^1].Stage)} ({done[^1].On:yyyy-MM-dd}).",
                DomainErrorKind.Invalid, "on");
        }

        if (step.Notes?.Length > MaxTextLength || step.Reasons?.Length > MaxTextLength || step.Companion?.Length > 200)
        {
            throw new DomainException("procedure.too-long", "Keep notes and reasons to 4,000 characters and the companion to 200.", DomainErrorKind.Invalid, "notes");
        }

        switch (step.Stage)
        {
            case ProcedureStage.Investigation:
                Need(step.Notes, "notes", "Record the findings of the investigation.");
                break;
            case ProcedureStage.WrittenNotice:
                Need(step.Notes, "notes", "Record what the written notice tells the employee (the allegation and the meeting).");
                break;
            case ProcedureStage.WrittenGrievance:
                Need(step.Notes, "notes", "Record the grievance as the colleague wrote it.");
                break;
            case ProcedureStage.Meeting:
                Need(step.Notes, "notes", "Record the notes of the meeting.");
                break;
            case ProcedureStage.Decision:
                var allowed = route == BreachRoute.Disciplinary ? DisciplinaryDecisions : Findings;
                if (step.Outcome is not { } outcome || !allowed.Contains(outcome))
                {
                    throw new DomainException("procedure.decision", route == BreachRoute.Disciplinary
                        ? "Choose the decision: no action, first written warning, final written warning or dismissal."
                        : "Choose the decision: upheld, partly upheld or not upheld.", DomainErrorKind.Invalid, "outcome");
                }

                Need(step.Reasons, "reasons", "Give the reasons for the decision.");
                if (outcome is ProcedureOutcome.FirstWrittenWarning or ProcedureOutcome.FinalWrittenWarning
                    && (step.WarningExpiresOn is not { } expires || expires <= step.On))
                {
                    throw new DomainException("procedure.warning-expiry", "Give the date the warning expires (after the decision).", DomainErrorKind.Invalid,
                        "warningExpiresOn");
                }

                break;
            case ProcedureStage.Appeal:
                if (step.HeardById is not { } heardBy)
                {
                    throw new DomainException("procedure.appeal-heard-by", "Say who heard the appeal.", DomainErrorKind.Invalid, "heardById");
                }

                if (involvedBefore.Contains(heardBy))
                {
                    throw new DomainException("procedure.appeal-impartial", "The appeal must be heard by someone not involved in the case before.",
                        DomainErrorKind.Invalid, "heardById");
                }

                if (step.Outcome is not { } appealOutcome || !Findings.Contains(appealOutcome))
                {
                    throw new DomainException("procedure.appeal-outcome", "Choose the appeal's outcome: upheld, partly upheld or not upheld.",
                        DomainErrorKind.Invalid, "outcome");
                }

                Need(step.Reasons, "reasons", "Give the reasons for the appeal outcome.");
                break;
        }
    }

    public static string Words(ProcedureStage stage) => stage switch
    {
        ProcedureStage.Investigation => "investigation",
        ProcedureStage.WrittenNotice => "written notice",
        ProcedureStage.WrittenGrievance => "written grievance",
        ProcedureStage.Meeting => "meeting",
        ProcedureStage.Decision => "decision",
        ProcedureStage.Appeal => "appeal",
    };

    public static string Words(ProcedureOutcome outcome) => outcome switch
    {
        ProcedureOutcome.NoAction => "no action",
        ProcedureOutcome.FirstWrittenWarning => "first written warning",
        ProcedureOutcome.FinalWrittenWarning => "final written warning",
        ProcedureOutcome.Dismissal => "dismissal",
        ProcedureOutcome.Upheld => "upheld",
        ProcedureOutcome.PartlyUpheld => "partly upheld",
        ProcedureOutcome.NotUpheld => "not upheld",
    };

    private static void Need(string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException($"procedure.{field}-required", message, DomainErrorKind.Invalid, field);
        }
    }
}
