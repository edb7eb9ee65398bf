using System.Net;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Frontline.Web.Tests.Platform;

public sealed class OperationsTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task Health_LiveAndReady_AreAnonymousAndHealthy()
    {
        using var client = app.Anonymous();
        (await client.GetStringAsync("/health/live")).ShouldBe("Healthy");
        (await client.GetStringAsync("/health/ready")).ShouldBe("Healthy");
    }

    [Fact]
    public async Task OpenApi_DocumentsTheContractRoutes()
    {
        using var client = app.Anonymous();
        var document = await (await client.GetAsync("/openapi/v1.json")).ReadJsonAsync(HttpStatusCode.OK);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/auth/tokens");
        paths.ShouldContain("/api/v1/staff");
        paths.ShouldContain("/api/v1/teams");
        paths.ShouldContain("/api/v1/audit/verify");
        paths.ShouldContain("/api/v1/calendar/{division}/business-days");
        (await client.GetAsync("/api-docs/index.html")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Migrations_CreateEveryTableAndColumnOfTheModel()
    {
        // Selecting every mapped column of every entity fails if a hand-written migration missed one.
        await app.WithDbAsync(async db =>
        {
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
            {
                var table = entity.GetTableName()!;
                var columns = entity.GetProperties().Select(p => p.GetColumnName(StoreObjectIdentifier.Table(table, entity.GetSchema())))
                    .Where(c => c is not null).Select(c => $"\"{c}\"");
                var sql = $"SELECT {string.Join(", ", columns)} FROM \"{table}\" WHERE 1 = 0";
                await db.Database.ExecuteSqlRawAsync(sql);
            }

            return 0;
        });
    }

    [Fact]
    public async Task Pages_WithoutSignIn_RedirectToSignIn()
    {
        using var client = app.Anonymous();
        var response = await client.GetAsync("/people/staff");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/sign-in");
        var signIn = await client.GetStringAsync("/sign-in");
        signIn.ShouldContain("<label for=\"username\"");
        signIn.ShouldContain("<label for=\"password\"");
    }

    [Fact]
    public async Task Provider_IsTheConfiguredOne()
    {
        var provider = await app.WithDbAsync(db => Task.FromResult(db.Provider));
        provider.ToString().ShouldBe(TestDatabase.ConfiguredProvider == "postgres" ? "Postgres" : "Sqlite");
    }
}

public sealed class ServerTimingTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    [Fact]
    public async Task Responses_CarryServerTiming()
    {
        using var client = app.Anonymous();
        var response = await client.GetAsync("/health/live");
        response.Headers.GetValues("Server-Timing").Single().ShouldStartWith("app;dur=");
    }
}
