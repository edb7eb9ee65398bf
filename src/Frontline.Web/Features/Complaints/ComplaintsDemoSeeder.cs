using Frontline.Domain.Complaints;
using Frontline.Web.Features.People;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Complaints;

/// <summary>
/// Demo complaints in every state for the customers the Customers seeder created (<c>Items["customer-ids"]</c>);
/// nothing when there are none. Dates are relative to the clock so the queue always has something due and overdue.
/// </summary>
public sealed class ComplaintsDemoSeeder(ComplaintClockService clocks, TimeProvider clock) : IDemoSeeder
{
    private static readonly string[] Groups = ["current-accounts", "credit-cards", "savings", "home-finance", "investments"];
    private static readonly string[] Causes = ["terms-disputed-sums-charges", "general-admin-customer-service", "advising-selling-arranging", "arrears-related"];
    private static readonly string[] Channels = ["phone", "email", "letter", "web-chat"];
    private static readonly string[] Words =
    [
        "I was charged twice for the same payment and nobody called me back.",
        "My direct debit was cancelled without my permission.",
        "The adviser did not explain the early repayment charge.",
        "I have been waiting three weeks for my card to arrive.",
        "Interest was added after I had paid the balance in full.",
        "The letter about my arrears was threatening and unclear.",
    ];

    public int Order => 40;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        if (!context.Items.TryGetValue("customer-ids", out var value) || value is not List<Guid> { Count: > 0 } customers)
        {
            return;
        }

        var staff = context.Items.GetValueOrDefault(PeopleDemoSeeder.StaffIdsKey) as Dictionary<string, Guid>;
        var teams = context.Items.GetValueOrDefault(PeopleDemoSeeder.TeamIdsKey) as Dictionary<string, Guid>;
        var handler = staff?.GetValueOrDefault("complaints");
        var random = context.Random;
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < 24; i++)
        {
            var received = now.AddDays(-random.Next(0, 90)).AddHours(-random.Next(0, 8));
            var complaint = new Complaint
            {
                CustomerId = customers[random.Next(customers.Count)],
                ReceivedAt = received,
                Division = "england-and-wales",
                Channel = Channels[random.Next(Channels.Length)],
                Description = Words[random.Next(Words.Length)],
                ProductGroup = Groups[random.Next(Groups.Length)],
                CauseCategory = Causes[random.Next(Causes.Length)],
                RulePackId = i % 6 == 5 ? RulePack.FcaPaymentServices : RulePack.FcaDisp,
                IsVulnerable = i % 7 == 0,
                TeamId = teams?.Values.ElementAtOrDefault(i % Math.Max(1, teams.Count)),
                HandlerId = handler,
                CreatedAt = received,
                UpdatedAt = received,
            };
            await clocks.RecalculateAsync(complaint, null, cancellationToken);
            Advance(complaint, i % 6, received, now, random);
            if (complaint.RespondedOn is { } respondedOn && complaint.Status is not ComplaintStatus.ResolvedSummary)
            {
                await clocks.RecalculateAsync(complaint, respondedOn, cancellationToken);
            }

            context.Db.Add(complaint);
        }

        await context.Db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Moves a demo complaint on to one of the states a queue shows.</summary>
    private static void Advance(Complaint c, int stage, DateTime received, DateTime now, Random random)
    {
        var day = DateOnly.FromDateTime(received);
        if (stage == 0)
        {
            return;
        }

        c.Acknowledge(received.AddHours(2));
        if (stage == 1)
        {
            return;
        }

        c.StartInvestigation(received.AddDays(1));
        c.Options.Add(new ComplaintOption { ComplaintId = c.Id, Description = "Refund the charge", Advantages = "Quick", Disadvantages = "Cost", CostPence = 2500, CreatedAt = received.AddDays(1) });
        if (stage is 2 or 5)
        {
            return;
        }

        c.Outcome = (ComplaintOutcome)random.Next(3);
        c.RootCause = random.Next(2) == 0 ? "process-failure" : "unclear-communication";
        c.LearningPoints = ["Explain charges before the statement"];
        var respondedOn = day.AddDays(random.Next(5, 40));
        var responded = respondedOn.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc);
        if (responded > now)
        {
            return;
        }

        c.IssueFinalResponse(responded, respondedOn);
        if (stage == 4)
        {
            c.Close(responded.AddHours(1));
        }
    }
}
