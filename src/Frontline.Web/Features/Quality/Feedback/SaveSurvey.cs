using System.Globalization;
using Frontline.Data;
using Frontline.Domain.Quality.Feedback;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Quality.Feedback;

/// <summary>Creates a survey with its questions (question ids are given or made from the kind).</summary>
public sealed class SaveSurvey(FrontlineDbContext db, TimeProvider clock)
{
    public async Task<Survey> CreateAsync(SurveyRequest request, CancellationToken cancellationToken)
    {
        ValidationFilter.ThrowIfInvalid(request);
        var questions = (request.Questions ?? []).Select((q, i) => new SurveyQuestion(
            string.IsNullOrWhiteSpace(q.Id) ? $"{q.Kind.ToString().ToLowerInvariant()}-{(i + 1).ToString(CultureInfo.InvariantCulture)}" : q.Id.Trim(),
            q.Kind, q.Text?.Trim() ?? "", q.Required)).ToList();
        Survey.Check(request.Name, questions, request.LinkValidDays);
        Survey.CheckAutomatic(request.InvitePercent, request.QuietDays);
        if (questions.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count() != questions.Count)
        {
            throw new Domain.Platform.DomainException("survey.question-id", "Question ids must be different.", Domain.Platform.DomainErrorKind.Invalid, "questions");
        }

        var survey = new Survey
        {
            Name = request.Name.Trim(),
            Introduction = string.IsNullOrWhiteSpace(request.Introduction) ? null : request.Introduction.Trim(),
            Trigger = request.Trigger,
            Questions = questions,
            LinkValidDays = request.LinkValidDays,
            LowCsat = request.LowCsat,
            LowNps = request.LowNps,
            InvitePercent = request.InvitePercent,
            QuietDays = request.QuietDays,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        return survey;
    }
}
