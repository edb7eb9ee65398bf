using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.People.Development;

/// <summary>API of the development area of People (contract in issue 12: keep stable).</summary>
public static class DevelopmentEndpoints
{
    public static RouteGroupBuilder MapDevelopmentEndpoints(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People development").RequireAuthorization();

        people.MapGet("/skills", ListSkills).WithName("ListSkills").WithSummary("The skills framework (?includeInactive=true for retired skills)");
        people.MapPost("/skills", CreateSkill).RequireAuthorization(DevelopmentAccess.EditSkills).WithName("CreateSkill");
        people.MapPatch("/skills/{id:guid}", UpdateSkill).RequireAuthorization(DevelopmentAccess.EditSkills).WithName("UpdateSkill")
            .WithSummary("Edit a skill (send the version you read; stale → 409)");

        people.MapGet("/development", ListPeople).WithName("ListDevelopmentPeople")
            .WithSummary("Colleagues whose development you see, with current needs and active plans");
        people.MapGet("/development/teams/{teamId:guid}/needs", TeamNeeds).WithName("TeamCommonNeeds")
            .WithSummary("The team's most common current development needs (its leader, trainers, managers)");

        var person = people.MapGroup("/{staffId:guid}");
        person.MapGet("/development-needs", Needs).WithName("ListDevelopmentNeeds")
            .WithSummary("A colleague's development needs with their sources (the person, team leader, line manager, trainers, managers; others 404)");
        person.MapPost("/development-needs", RecordNeed).WithName("RecordDevelopmentNeed")
            .WithSummary("Record an observation or customer feedback (supporters) or a self-assessment (the person); merged by skill");
        person.MapPost("/development-needs/{needId:guid}/close", CloseNeed).WithName("CloseDevelopmentNeed");
        person.MapGet("/development-plans", ListPlans).WithName("ListDevelopmentPlans");
        person.MapPost("/development-plans", CreatePlan).WithName("CreateDevelopmentPlan")
            .WithSummary("Make a plan with objectives and activities by method (supporters only; outside sight 404)");
        person.MapGet("/development-plans/{id:guid}", GetPlan).WithName("GetDevelopmentPlan");
        person.MapPatch("/development-plans/{id:guid}", UpdatePlan).WithName("UpdateDevelopmentPlan");
        person.MapPost("/development-plans/{id:guid}/activities", AddActivity).WithName("AddDevelopmentActivity");
        person.MapPatch("/development-plans/{id:guid}/activities/{activityId:guid}", UpdateActivity).WithName("UpdateDevelopmentActivity");
        person.MapPost("/development-plans/{id:guid}/coaching-sessions", RecordCoaching).WithName("RecordCoachingSession");
        people.MapPost("/coaching-sessions/{id:guid}/acknowledge", AcknowledgeCoaching).WithName("AcknowledgeCoachingSession")
            .WithSummary("The colleague acknowledges the record of their coaching session, once");
        people.MapPost("/buddies", PairBuddy).WithName("PairBuddy")
            .WithSummary("Pair a colleague in your support with an active buddy (never themselves)");
        people.MapGet("/buddies/{id:guid}", GetBuddy).WithName("GetBuddyPairing");
        person.MapGet("/buddies", PersonBuddies).WithName("ListBuddyPairings").WithSummary("Pairings where the person is the colleague or the buddy");
        people.MapPost("/buddies/{id:guid}/support", LogSupport).WithName("LogBuddySupport")
            .WithSummary("The buddy (or a supporter) logs support given: date, topic, advice, knowledge articles used");
        people.MapPost("/help-requests", AskForHelp).WithName("AskForHelp").WithSummary("Ask your buddy or an expert a question (from a contact or case)");
        people.MapGet("/help-requests/{id:guid}", GetHelp).WithName("GetHelpRequest");
        people.MapPost("/help-requests/{id:guid}/answer", AnswerHelp).WithName("AnswerHelpRequest")
            .WithSummary("The colleague asked (or the asker's supporters) answers, once; may suggest it as a knowledge article");
        people.MapKnowledgeBriefingEffectivenessEndpoints();
        return api;
    }

    public static async Task<Created<HelpRequestView>> AskForHelp(AskForHelpRequest request, HelpRequests help, CancellationToken cancellationToken)
    {
        var view = await help.AskAsync(request, cancellationToken);
        return TypedResults.Created(HelpRequests.Link(view.Id), view);
    }

    public static async Task<Ok<HelpRequestView>> GetHelp(Guid id, HelpRequests help, CancellationToken cancellationToken) =>
        TypedResults.Ok(await help.GetAsync(id, cancellationToken));

    public static async Task<Ok<HelpRequestView>> AnswerHelp(Guid id, AnswerHelpRequest request, HelpRequests help, CancellationToken cancellationToken) =>
        TypedResults.Ok(await help.AnswerAsync(id, request, cancellationToken));

    public static async Task<Created<BuddyView>> PairBuddy(BuddyRequest request, Buddying buddying, CancellationToken cancellationToken)
    {
        var view = await buddying.PairAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/people/buddies/{view.Id}", view);
    }

    public static async Task<Ok<BuddyView>> GetBuddy(Guid id, Buddying buddying, CancellationToken cancellationToken) =>
        TypedResults.Ok(await buddying.GetAsync(id, cancellationToken));

    public static async Task<Ok<List<BuddyView>>> PersonBuddies(Guid staffId, Buddying buddying, CancellationToken cancellationToken) =>
        TypedResults.Ok(await buddying.ForPersonAsync(staffId, cancellationToken));

    public static async Task<Created<BuddyView>> LogSupport(Guid id, BuddySupportRequest request, Buddying buddying, CancellationToken cancellationToken) =>
        TypedResults.Created($"/api/v1/people/buddies/{id}", await buddying.LogSupportAsync(id, request, cancellationToken));

    public static async Task<Ok<List<SkillView>>> ListSkills(bool? includeInactive, SkillsFramework skills, CancellationToken cancellationToken) =>
        TypedResults.Ok(await skills.ListAsync(includeInactive ?? false, cancellationToken));

    public static async Task<Created<SkillView>> CreateSkill(SkillRequest request, SaveSkill save, CancellationToken cancellationToken)
    {
        var view = await save.CreateAsync(request, cancellationToken);
        return TypedResults.Created($"/api/v1/people/skills/{view.Id}", view);
    }

    public static async Task<Ok<SkillView>> UpdateSkill(Guid id, SkillRequest request, SaveSkill save, CancellationToken cancellationToken) =>
        TypedResults.Ok(await save.UpdateAsync(id, request, cancellationToken));

    public static async Task<Ok<List<DevelopmentPersonRow>>> ListPeople(Guid? teamId, NeedsDirectory needs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await needs.PeopleAsync(teamId, cancellationToken));

    public static async Task<Ok<TeamNeedsView>> TeamNeeds(Guid teamId, NeedsDirectory needs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await needs.ForTeamAsync(teamId, cancellationToken));

    public static async Task<Ok<NeedList>> Needs(Guid staffId, bool? includeClosed, NeedsDirectory needs, CancellationToken cancellationToken) =>
        TypedResults.Ok(await needs.ForPersonAsync(staffId, includeClosed ?? false, cancellationToken));

    public static async Task<Created<NeedView>> RecordNeed(Guid staffId, RecordNeedRequest request, RecordNeed record, CancellationToken cancellationToken)
    {
        var view = await record.ExecuteAsync(staffId, request, cancellationToken);
        return TypedResults.Created($"/api/v1/people/{staffId}/development-needs", view);
    }

    public static async Task<Ok<NeedView>> CloseNeed(Guid staffId, Guid needId, CloseNeedRequest request, RecordNeed record, CancellationToken cancellationToken) =>
        TypedResults.Ok(await record.CloseAsync(staffId, needId, request, cancellationToken));

    public static async Task<Ok<List<PlanSummary>>> ListPlans(Guid staffId, PlanDirectory plans, CancellationToken cancellationToken) =>
        TypedResults.Ok(await plans.ListAsync(staffId, cancellationToken));

    public static async Task<Created<PlanView>> CreatePlan(Guid staffId, CreatePlanRequest request, CreatePlan create, PlanDirectory plans,
        CancellationToken cancellationToken)
    {
        var plan = await create.ExecuteAsync(staffId, request, cancellationToken);
        return TypedResults.Created($"/api/v1/people/{staffId}/development-plans/{plan.Id}", await plans.GetAsync(staffId, plan.Id, cancellationToken));
    }

    public static async Task<Ok<PlanView>> GetPlan(Guid staffId, Guid id, PlanDirectory plans, CancellationToken cancellationToken) =>
        TypedResults.Ok(await plans.GetAsync(staffId, id, cancellationToken));

    public static async Task<Ok<PlanView>> UpdatePlan(Guid staffId, Guid id, UpdatePlanRequest request, ChangePlan change, PlanDirectory plans,
        CancellationToken cancellationToken)
    {
        await change.UpdateAsync(staffId, id, request, cancellationToken);
        return TypedResults.Ok(await plans.GetAsync(staffId, id, cancellationToken));
    }

    public static async Task<Created<PlanView>> AddActivity(Guid staffId, Guid id, AddActivityRequest request, ChangePlan change, PlanDirectory plans,
        DevelopmentScope scope, CancellationToken cancellationToken)
    {
        await change.AddActivityAsync(staffId, id, request, scope.StaffId, cancellationToken);
        return TypedResults.Created($"/api/v1/people/{staffId}/development-plans/{id}", await plans.GetAsync(staffId, id, cancellationToken));
    }

    public static async Task<Ok<PlanView>> UpdateActivity(Guid staffId, Guid id, Guid activityId, UpdateActivityRequest request, ChangePlan change,
        PlanDirectory plans, CancellationToken cancellationToken)
    {
        await change.UpdateActivityAsync(staffId, id, activityId, request, cancellationToken);
        return TypedResults.Ok(await plans.GetAsync(staffId, id, cancellationToken));
    }

    public static async Task<Created<CoachingView>> RecordCoaching(Guid staffId, Guid id, CoachingRequest request, RecordCoachingSession record,
        PlanDirectory plans, CancellationToken cancellationToken)
    {
        var session = await record.ExecuteAsync(staffId, id, request, cancellationToken);
        var view = (await plans.GetAsync(staffId, id, cancellationToken)).CoachingSessions.Single(c => c.Id == session.Id);
        return TypedResults.Created($"/api/v1/people/{staffId}/development-plans/{id}", view);
    }

    public static async Task<Ok<CoachingView>> AcknowledgeCoaching(Guid id, AcknowledgeCoachingRequest? request, RecordCoachingSession record,
        PlanDirectory plans, CancellationToken cancellationToken)
    {
        var session = await record.AcknowledgeAsync(id, request ?? new AcknowledgeCoachingRequest(null, null), cancellationToken);
        return TypedResults.Ok((await plans.GetAsync(session.StaffId, session.PlanId, cancellationToken)).CoachingSessions.Single(c => c.Id == id));
    }
}
