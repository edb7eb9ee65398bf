using Frontline.Domain.Platform.Notifications;
using Frontline.Domain.Quality.Audits;
using Frontline.Domain.Quality.Feedback;
using Frontline.Web.Features.People;
using Frontline.Web.Features.Quality.Feedback;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Frontline.Web.Tests.Quality;

/// <summary>An analyst runs an audit whose major finding raises an action for its owner; a customer answers a survey on the public page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QualityOpsBrowserTests(BrowserFixture browser)
{
    private async Task<Guid> StaffAsync(string username, string name, string role)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateStaffMember>().ExecuteAsync(new NewStaffMember(username, name,
            $"{username}@example.test", FrontlineAppFactory.StaffPassword, [role], null, null, 3), CancellationToken.None);
        return created.Id;
    }

    [Fact]
    public async Task Analyst_RunsAnAudit_MajorFindingRaisesAnActionInTheOwnersInbox_ReportClosesIt()
    {
        await StaffAsync("ui.auditor", "Ada Auditor", "QualityAnalyst");
        var ownerId = await StaffAsync("ui.owner", "Audra Owner", "TeamLeader");
        // Names are unique across the browser collection (one shared app): the owner is picked by name below.
        var checklistId = await browser.App.WithDbAsync(async db =>
        {
            var checklist = new AuditChecklist
            {
                Name = "Clear desk walk-round",
                Practice = "clear-desk",
                Items = [new("No customer documents left on desks", "Walk the floor after 17:30"), new("Screens locked when away", null)],
                CreatedAt = DateTime.UtcNow,
            };
            db.Add(checklist);
            await db.SaveChangesAsync();
            return checklist.Id;
        });
        var page = await browser.SignedInPageAsync("ui.auditor", FrontlineAppFactory.StaffPassword);
        await page.GotoAsync("/quality/audits");
        await page.ShouldPassAxeAsync();
        await page.GetByRole(AriaRole.Region, new() { Name = "Start an audit from a checklist" }).GetByLabel("Checklist").SelectOptionAsync(checklistId.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Start audit", Exact = true }).Last.ClickAsync();
        await page.WaitForURLAsync("**/quality/audits/*");
        await Assertions.Expect(page.GetByTestId("audit-status")).ToHaveTextAsync("In progress");
        await page.ShouldPassAxeAsync();

        await page.GetByLabel("Evidence").First.FillAsync("Two application forms with account numbers on desk 14.");
        await page.GetByLabel("Finding").First.SelectOptionAsync("Major");
        await page.GetByLabel("Action owner (minor/major)").First.SelectOptionAsync(new SelectOptionValue { Label = "Audra Owner" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save item 1" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved")).ToContainTextAsync("Item 1 saved");
        await Assertions.Expect(page.GetByTestId("item-action").First).ToContainTextAsync("Audra Owner");

        await page.GetByLabel("Evidence").Last.FillAsync("All screens locked on the walk-round.");
        await page.GetByLabel("Finding").Last.SelectOptionAsync("Conforms");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save item 2" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved")).ToContainTextAsync("Item 2 saved");
        await page.GetByLabel("Audit report").FillAsync("Clear desk mostly followed; one major lapse on desk 14 to be put right.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Write report and close audit" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("audit-status")).ToContainTextAsync("Closed");
        await Assertions.Expect(page.GetByTestId("report")).ToContainTextAsync("desk 14");
        await page.ShouldPassAxeAsync();

        // The owner's inbox has the action's notification, linked to the action.
        var inbox = await browser.App.WithDbAsync(db => db.Set<Notification>().AsNoTracking().Where(n => n.RecipientId == ownerId).ToListAsync());
        inbox.ShouldContain(n => n.Subject.Contains("audit finding", StringComparison.OrdinalIgnoreCase) || n.Body.Contains("desk 14", StringComparison.Ordinal),
            string.Join(" | ", inbox.Select(n => n.Subject)));
    }

    [Fact]
    public async Task Customer_AnswersASurvey_OnThePublicPage_AndTheLinkWorksOnce()
    {
        var agentId = await StaffAsync("ui.survey.agent", "Sam Agent", "Agent");
        var token = await browser.App.WithDbAsync(async db =>
        {
            var survey = new Survey { Name = "How did we do?", Introduction = "Two minutes, four questions.", Questions = Survey.DefaultQuestions(), CreatedAt = DateTime.UtcNow };
            var contact = new Frontline.Domain.Cases.Contact { AgentId = agentId, AnsweredAt = DateTime.UtcNow.AddMinutes(-10), EndedAt = DateTime.UtcNow.AddMinutes(-5), CreatedAt = DateTime.UtcNow };
            var invitation = new SurveyInvitation
            {
                SurveyId = survey.Id, ContactId = contact.Id, AgentId = agentId, CreatedAt = DateTime.UtcNow,
                ExpiresAt = DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(7), DateTimeKind.Utc),
            };
            db.AddRange(survey, contact, invitation);
            await db.SaveChangesAsync();
            return (invitation.Id, invitation.ExpiresAt);
        });
        byte[] key;
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            key = await scope.ServiceProvider.GetRequiredService<SurveyLinkKeys>().GetAsync(CancellationToken.None);
        }

        var link = $"{browser.BaseUrl}/survey/{SurveyLink.Sign(token.Id, token.ExpiresAt, key)}";
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("How did we do?");
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveCountAsync(0);
        await page.ShouldPassAxeAsync();

        // Sending without the required answer keeps the other answers and says what is missing.
        await page.GetByRole(AriaRole.Radiogroup, new() { Name = "How likely are you to recommend us" }).GetByText("9", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Is there anything you would like to tell us?").FillAsync("Quick and friendly.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-error")).ToContainTextAsync("Please answer");
        await Assertions.Expect(page.GetByLabel("Is there anything you would like to tell us?")).ToHaveValueAsync("Quick and friendly.");

        await page.GetByRole(AriaRole.Radiogroup, new() { Name = "Overall, how satisfied" }).GetByText("5", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("survey-thanks")).ToBeVisibleAsync();
        await page.ShouldPassAxeAsync();

        var response = await browser.App.WithDbAsync(db => db.Set<SurveyResponse>().AsNoTracking().SingleAsync(r => r.InvitationId == token.Id));
        response.Csat.ShouldBe(5);
        response.Nps.ShouldBe(9);
        response.AgentId.ShouldBe(agentId);

        // The same link again: a clear page, not the form.
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByTestId("survey-refused")).ToContainTextAsync("already been answered");
        await page.GotoAsync(link[..^3] + "xyz");
        await Assertions.Expect(page.GetByTestId("survey-refused")).ToContainTextAsync("not valid");
        await context.CloseAsync();
    }
}
