using Frontline.Domain.Platform;
using Frontline.Web.Features.People.Development;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.People;

/// <summary>API of the People module: staff and teams.</summary>
public static class PeopleEndpoints
{
    public static readonly string[] Administrators = [Roles.Administrator];

    public static RouteGroupBuilder MapPeopleEndpoints(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/staff").WithTags("People");
        staff.MapGet("/", ListStaff).WithName("ListStaff").WithSummary("Staff in your scope (team leaders: their team; managers: the centre)");
        staff.MapGet("/{id:guid}", GetStaff).WithName("GetStaff");
        staff.MapPost("/", CreateStaff).RequireAuthorization(p => p.RequireRole(Administrators))
            .WithName("CreateStaff").WithSummary("Create a staff member with a sign-in account");
        staff.MapPatch("/{id:guid}", UpdateStaff).RequireAuthorization(p => p.RequireRole(Administrators))
            .WithName("UpdateStaff").WithSummary("Edit, move or deactivate a staff member (send the version you read)");

        var teams = api.MapGroup("/teams").WithTags("People");
        teams.MapGet("/", ListTeams).WithName("ListTeams");
        teams.MapPost("/", CreateTeam).RequireAuthorization(p => p.RequireRole(Administrators)).WithName("CreateTeam");
        teams.MapPatch("/{id:guid}", UpdateTeam).RequireAuthorization(p => p.RequireRole(Administrators)).WithName("UpdateTeam");
        api.MapDevelopmentEndpoints();
        return api;
    }

    public static async Task<Ok<List<StaffView>>> ListStaff(StaffDirectory directory, string? search, Guid? teamId, bool? includeInactive,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListStaffAsync(search, teamId, includeInactive ?? false, cancellationToken));

    public static async Task<Ok<StaffView>> GetStaff(Guid id, StaffDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.GetStaffAsync(id, cancellationToken));

    public static async Task<Created<StaffView>> CreateStaff(CreateStaffRequest request, CreateStaffMember create, StaffDirectory directory,
        CancellationToken cancellationToken)
    {
        var staff = await create.ExecuteAsync(new NewStaffMember(request.Username, request.DisplayName, request.Email, request.Password,
            request.Roles, request.TeamId, request.LineManagerId, request.Grade ?? 1), cancellationToken);
        return TypedResults.Created($"/api/v1/staff/{staff.Id}", await directory.GetStaffAsync(staff.Id, cancellationToken));
    }

    public static async Task<Ok<StaffView>> UpdateStaff(Guid id, UpdateStaffRequest request, UpdateStaffMember update, StaffDirectory directory,
        CancellationToken cancellationToken)
    {
        await update.ExecuteAsync(id, request, cancellationToken);
        return TypedResults.Ok(await directory.GetStaffAsync(id, cancellationToken));
    }

    public static async Task<Ok<List<TeamView>>> ListTeams(StaffDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.ListTeamsAsync(cancellationToken));

    public static async Task<Created<TeamView>> CreateTeam(CreateTeamRequest request, ManageTeams teams, StaffDirectory directory,
        CancellationToken cancellationToken)
    {
        var team = await teams.CreateAsync(request, cancellationToken);
        var view = (await directory.ListTeamsAsync(cancellationToken)).Single(t => t.Id == team.Id);
        return TypedResults.Created($"/api/v1/teams/{team.Id}", view);
    }

    public static async Task<Ok<TeamView>> UpdateTeam(Guid id, UpdateTeamRequest request, ManageTeams teams, StaffDirectory directory,
        CancellationToken cancellationToken)
    {
        await teams.UpdateAsync(id, request, cancellationToken);
        return TypedResults.Ok((await directory.ListTeamsAsync(cancellationToken)).Single(t => t.Id == id));
    }
}
