using Frontline.Web.Features.People.Development;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.People;

/// <summary>The People &amp; development module: staff, teams, line managers and grades; development (skills, needs, plans, coaching).</summary>
public static class PeopleModule
{
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddScoped<CreateStaffMember>();
        services.AddScoped<UpdateStaffMember>();
        services.AddScoped<ManageTeams>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<IDemoSeeder, PeopleDemoSeeder>();
        services.AddPeopleDevelopment();
        return services;
    }

    public static RouteGroupBuilder MapPeopleFragments(this RouteGroupBuilder ui) => ui;
}
