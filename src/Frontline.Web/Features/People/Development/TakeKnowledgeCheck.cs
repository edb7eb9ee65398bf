using Frontline.Data;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People.Development;

/// <summary>
/// A colleague takes a knowledge check: starting an attempt draws a shuffled paper (questions and options, no answers);
/// submitting marks it once. A failed attempt is evidence of a need in the check's skill (through
/// <see cref="IDevelopmentNeeds"/>, saved with the attempt); an attempt made for a plan's knowledge-check activity moves
/// that activity on (done when passed). Attempts are seen by the colleague and their supporters (others 404).
/// </summary>
public sealed class TakeKnowledgeCheck(FrontlineDbContext db, KnowledgeChecks checks, DevelopmentScope scope, IDevelopmentNeeds needs, TimeProvider clock)
{
    public static string Link(Guid attemptId) => $"/people/development/knowledge-checks/attempts/{attemptId}";

    public async Task<AttemptView> StartAsync(Guid checkId, StartAttemptRequest request, CancellationToken cancellationToken)
    {
        var check = await checks.LoadAsync(checkId, tracked: false, cancellationToken);
        if (request.ActivityId is { } activityId && await ActivityAsync(activityId, scope.StaffId, cancellationToken) is null)
        {
            throw new DomainException("check.activity-unknown", "The activity is not a knowledge check in one of your plans.", DomainErrorKind.Invalid, "activityId");
        }

        var attempt = KnowledgeCheckAttempt.Start(check, scope.StaffId, request.ActivityId, Random.Shared.Next(), clock.GetUtcNow().UtcDateTime);
        db.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        return View(check, attempt);
    }

    public async Task<AttemptView> GetAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        var attempt = await LoadAsync(attemptId, tracked: false, cancellationToken);
        return View(await checks.LoadAsync(attempt.CheckId, tracked: false, cancellationToken), attempt);
    }

    public async Task<AttemptView> SubmitAsync(Guid attemptId, SubmitAttemptRequest request, CancellationToken cancellationToken)
    {
        var attempt = await LoadAsync(attemptId, tracked: true, cancellationToken);
        var check = await checks.LoadAsync(attempt.CheckId, tracked: false, cancellationToken);
        var answers = (request.Answers ?? []).Select((a, i) => (
            a.QuestionId ?? throw new DomainException("check.question-required", "Say which question this answers.", DomainErrorKind.Invalid, $"answers[{i}].questionId"),
            (IReadOnlyList<int>)(a.Options ?? []))).ToList();
        var mark = attempt.Submit(check, scope.StaffId, answers, clock.GetUtcNow().UtcDateTime);
        if (!mark.Passed)
        {
            await needs.RaiseAsync(new DevelopmentNeedSignal(attempt.StaffId, NeedSource.KnowledgeCheck, attempt.Id,
                $"Knowledge check '{check.Title}' not passed: {mark.Correct} of {mark.Total} right ({mark.Percent:0.##}%, pass mark {check.PassMark}%).",
                Link(attempt.Id), Skill: check.Skill), cancellationToken);
        }

        if (attempt.ActivityId is { } activityId && await ActivityAsync(activityId, attempt.StaffId, cancellationToken) is { } activity
            && activity.Status is ActivityStatus.Planned or ActivityStatus.InProgress)
        {
            activity.Status = mark.Passed ? ActivityStatus.Done : ActivityStatus.InProgress;
        }

        await db.SaveChangesAsync(cancellationToken);
        return View(check, attempt);
    }

    /// <summary>A colleague's attempts, newest first (the person and their supporters).</summary>
    public async Task<List<AttemptSummary>> HistoryAsync(Guid staffId, CancellationToken cancellationToken)
    {
        await scope.PersonAsync(staffId, cancellationToken);
        return await (from a in db.Set<KnowledgeCheckAttempt>().AsNoTracking()
                      join c in db.Set<KnowledgeCheck>().AsNoTracking() on a.CheckId equals c.Id
                      where a.StaffId == staffId
                      orderby a.StartedAt descending
                      select new AttemptSummary(a.Id, a.CheckId, c.Title, a.StartedAt, a.SubmittedAt, a.Percent, a.Passed)).ToListAsync(cancellationToken);
    }

    private async Task<KnowledgeCheckAttempt> LoadAsync(Guid attemptId, bool tracked, CancellationToken cancellationToken)
    {
        var attempts = tracked ? db.Set<KnowledgeCheckAttempt>() : db.Set<KnowledgeCheckAttempt>().AsNoTracking();
        var attempt = await attempts.Include(a => a.Answers).SingleOrDefaultAsync(a => a.Id == attemptId, cancellationToken)
            ?? throw DomainException.NotFound("attempt");
        if (attempt.StaffId != scope.StaffId)
        {
            try
            {
                await scope.PersonAsync(attempt.StaffId, cancellationToken);
            }
            catch (DomainException ex) when (ex.Kind == DomainErrorKind.NotFound)
            {
                throw DomainException.NotFound("attempt");
            }
        }

        return attempt;
    }

    /// <summary>A knowledge-check activity of one of the person's plans, tracked.</summary>
    private Task<PlanActivity?> ActivityAsync(Guid activityId, Guid staffId, CancellationToken cancellationToken) =>
        (from a in db.Set<PlanActivity>()
         join p in db.Set<DevelopmentPlan>() on a.PlanId equals p.Id
         where a.Id == activityId && p.StaffId == staffId && a.Method == DevelopmentMethod.KnowledgeCheck
         select a).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The paper in the attempt's order; the marking (chosen, right or wrong, the right options) only once submitted.</summary>
    private static AttemptView View(KnowledgeCheck check, KnowledgeCheckAttempt attempt)
    {
        var submitted = attempt.SubmittedAt is not null;
        var answers = attempt.Answers.ToDictionary(a => a.QuestionId);
        var questions = check.Paper(attempt.Seed).Select(p =>
        {
            var options = p.Options.Select(o => new PaperOptionView(o.Number, o.Text)).ToList();
            if (!submitted)
            {
                return new PaperQuestionView(p.Question.Id, p.Question.Text, p.Question.Kind, options);
            }

            var answer = answers.GetValueOrDefault(p.Question.Id);
            return new PaperQuestionView(p.Question.Id, p.Question.Text, p.Question.Kind, options, answer?.Chosen ?? [], answer?.Correct ?? false,
                [.. p.Question.Options.Where(o => o.Correct).Select(o => o.Number)]);
        }).ToList();
        return new AttemptView(attempt.Id, check.Id, check.Title, check.About, check.PassMark, attempt.StaffId, attempt.StartedAt, attempt.SubmittedAt,
            attempt.Correct, attempt.Total, attempt.Percent, attempt.Passed, questions, attempt.Version);
    }
}
