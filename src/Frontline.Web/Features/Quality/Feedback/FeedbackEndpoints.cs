using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Quality.Feedback;

/// <summary>API of customer feedback (CCTC9 4.4); the two public routes are reached by a signed survey link, no sign-in.</summary>
public static class FeedbackEndpoints
{
    public static RouteGroupBuilder MapFeedbackApi(this RouteGroupBuilder quality, RouteGroupBuilder api)
    {
        var analysts = quality.MapGroup("/surveys").RequireAuthorization(p => p.RequireRole(QualityOpsAccess.Analysts)).WithTags("Quality: feedback");
        var readers = quality.MapGroup("/surveys").RequireAuthorization(p => p.RequireRole([.. QualityOpsAccess.Readers, Domain.Platform.Roles.Agent]))
            .WithTags("Quality: feedback");
        var inviters = quality.MapGroup("/surveys").RequireAuthorization(p => p.RequireRole(QualityOpsAccess.Inviters)).WithTags("Quality: feedback");
        readers.MapGet("/", List).WithName("QualityListSurveys");
        analysts.MapPost("/", Create).WithName("QualityCreateSurvey").WithSummary("A survey with CSAT, NPS, effort and free-text questions");
        analysts.MapPost("/scheduled-invitations", RunInvitations).WithName("QualityRunSurveyInvitations")
            .WithSummary("Run the automatic invitations now (as the every-minute job does): invite customers of closed work, send the survey outbox");
        inviters.MapPost("/{id:guid}/invitations", Invite).WithName("QualityInviteToSurvey")
            .WithSummary("Invite the customer of an ended contact or a resolved case; answers the signed link");
        readers.MapGet("/{id:guid}/responses", Responses).WithName("QualitySurveyResponses").WithSummary("Responses in your scope (low=true for low scores)");
        analysts.MapPost("/{id:guid}/responses/import", Import).WithName("QualityImportSurveyResponses")
            .WithSummary("Import responses as CSV (text/csv body): external_id, contact_id, case_id, responded_at, csat, nps, effort, comment")
            .Accepts<string>("text/csv");

        var open = api.MapGroup("/public/surveys").AllowAnonymous().WithTags("Public: survey");
        open.MapGet("/{token}", Open).WithName("PublicSurvey").WithSummary("The questions behind a survey link");
        open.MapPost("/{token}/responses", Answer).WithName("PublicAnswerSurvey").WithSummary("Answer once; reused, expired or altered links are refused");
        return quality;
    }

    public static string BaseUrl(HttpRequest request, IConfiguration configuration) =>
        configuration["Quality:PublicBaseUrl"] is { Length: > 0 } configured ? configured : $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static async Task<Ok<List<SurveyView>>> List(FeedbackDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.SurveysAsync(cancellationToken));

    public static async Task<Created<SurveyView>> Create(SurveyRequest request, SaveSurvey save, CancellationToken cancellationToken)
    {
        var survey = await save.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/quality/surveys/{survey.Id}", FeedbackDirectory.View(survey));
    }

    public static async Task<Ok<InvitationRunResult>> RunInvitations(InviteAfterClosedWork invite, SurveyEmailDelivery delivery, CancellationToken cancellationToken)
    {
        var invited = await invite.RunAsync(cancellationToken);
        var settled = await delivery.DeliverDueAsync(cancellationToken);
        return TypedResults.Ok(new InvitationRunResult(invited, settled, invite.Off()));
    }

    public static async Task<Created<InvitationView>> Invite(Guid id, InviteRequest request, InviteToSurvey invite, FeedbackDirectory directory, HttpRequest http,
        IConfiguration configuration, CancellationToken cancellationToken)
    {
        var (invitation, _) = await invite.ExecuteAsync(id, request, cancellationToken);
        var view = await directory.InvitationViewAsync(invitation, BaseUrl(http, configuration), cancellationToken);
        return TypedResults.Created(view.Link, view);
    }

    public static async Task<Ok<List<ResponseView>>> Responses(Guid id, Guid? agentId, bool? low, FeedbackDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ResponsesAsync(id, agentId, low == true, 1000, cancellationToken));

    public static async Task<Ok<ImportResult>> Import(Guid id, HttpRequest request, ImportSurveyResponses import, CancellationToken cancellationToken) =>
        TypedResults.Ok(await import.ExecuteAsync(id, request.Body, cancellationToken));

    public static async Task<Ok<PublicSurveyView>> Open(string token, AnswerSurvey answer, CancellationToken cancellationToken)
    {
        var (survey, invitation) = await answer.OpenAsync(token, cancellationToken);
        return TypedResults.Ok(new PublicSurveyView(survey.Name, survey.Introduction, survey.Questions, QualityOpsAccess.Instant(invitation.ExpiresAt)));
    }

    public static async Task<Created> Answer(string token, PublicAnswerRequest request, AnswerSurvey answer, CancellationToken cancellationToken)
    {
        await answer.ExecuteAsync(token, request.Answers, cancellationToken);
        return TypedResults.Created();
    }
}
