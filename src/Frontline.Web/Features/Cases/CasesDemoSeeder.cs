using Frontline.Domain.Cases;
using Frontline.Web.Features.People;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Cases;

/// <summary>
/// The demo centre's contacts and cases: the first two days of the 1999 "Anonymous Bank" call log (Seed/Cases), moved to
/// recent weeks keeping the weekday, answered by the demo agents (each log agent mapped to one of ours) and linked to demo
/// customers; plus open cases across the teams, some awaiting the customer, some overdue, some referred to the team leader.
/// </summary>
public sealed class CasesDemoSeeder(RecordContacts recordContacts, CaseClock caseClock, TimeProvider clock) : IDemoSeeder
{
    public const string CallLogFile = "calls-1999-08-01-02.csv";
    public const string CustomerIdsKey = "customer-ids";

    /// <summary>The answered demo contacts with an agent (id, agent, team, channel, answered at), for later seeders such as Quality's.</summary>
    public const string AnsweredContactsKey = "answered-contacts";

    private static readonly (string Category, string Summary)[] Problems =
    [
        ("billing", "Charged twice for the monthly account fee"),
        ("billing", "Overdraft fee applied after salary arrived"),
        ("card", "Card declined abroad, travel notice was given"),
        ("card", "Replacement card not received after ten days"),
        ("payment", "Standing order to landlord did not go out"),
        ("payment", "Faster payment to a new payee held for checks"),
        ("account", "Change of address not reflected on statements"),
        ("account", "Joint account holder removal requested"),
        ("fraud", "Unrecognised online purchases on the debit card"),
        ("technical", "Mobile app log-in fails after phone upgrade"),
        ("product", "Asked to switch to the fixed-rate saver early"),
        ("general-enquiry", "Wants a letter confirming the account balance"),
    ];

    public int Order => 30;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var staff = context.Items.GetValueOrDefault(PeopleDemoSeeder.StaffIdsKey) as IReadOnlyDictionary<string, Guid> ?? new Dictionary<string, Guid>();
        var customers = context.Items.GetValueOrDefault(CustomerIdsKey) as IReadOnlyList<Guid> ?? [];
        var agents = staff.Where(s => s.Key.StartsWith("agent.", StringComparison.Ordinal)).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Value).ToList();
        await SeedContactsAsync(context, agents, customers, cancellationToken);
        if (customers.Count > 0 && agents.Count > 0)
        {
            await SeedCasesAsync(context, staff, agents, customers, cancellationToken);
        }
    }

    private async Task SeedContactsAsync(DemoContext context, IReadOnlyList<Guid> agents, IReadOnlyList<Guid> customers, CancellationToken cancellationToken)
    {
        var path = Path.Combine(context.DataDirectory, "Cases", CallLogFile);
        if (!File.Exists(path))
        {
            return;
        }

        using var reader = new StreamReader(path);
        var rows = ContactCsv.Read(reader).Where(r => r.Contact is not null).ToList();
        // 1 Aug 1999 was a Sunday: move it to the Sunday three weeks ago so weekdays (and the week's pattern) are kept.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var targetSunday = today.AddDays(-(int)today.DayOfWeek - 21);
        var shift = TimeSpan.FromDays(targetSunday.DayNumber - new DateOnly(1999, 8, 1).DayNumber);
        var logAgents = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var contacts = new List<NewContact>(rows.Count);
        foreach (var row in rows)
        {
            var c = row.Contact!;
            var logAgent = c.Notes?.Split(", agent ", 2) is [_, var name] ? name.TrimEnd('.') : null;
            Guid? agentId = logAgent is not null && agents.Count > 0
                ? logAgents.TryGetValue(logAgent, out var mapped) ? mapped : logAgents[logAgent] = agents[logAgents.Count % agents.Count]
                : null;
            Guid? customerId = customers.Count > 0 && c.Outcome == "served" && context.Random.Next(10) < 7 ? customers[context.Random.Next(customers.Count)] : null;
            contacts.Add(new NewContact(row.Row, c with
            {
                AgentId = agentId,
                CustomerId = customerId,
                OfferedAt = c.OfferedAt + shift,
                QueuedAt = c.QueuedAt + shift,
                AnsweredAt = c.AnsweredAt + shift,
                EndedAt = c.EndedAt + shift,
                // After-call work of 30–120 seconds for answered calls.
                WrapEndedAt = c.AnsweredAt is null ? null : c.EndedAt + shift + TimeSpan.FromSeconds(30 + context.Random.Next(91)),
            }));
        }

        var (good, _) = await recordContacts.PrepareAsync(contacts, cancellationToken);
        await recordContacts.SaveBulkAsync(good, cancellationToken);
        context.Items[AnsweredContactsKey] = good.Where(c => c.AgentId is not null && c.AnsweredAt is not null)
            .Select(c => new DemoContact(c.Id, c.AgentId!.Value, c.TeamId, c.Channel, c.AnsweredAt!.Value)).ToList();
    }

    private async Task SeedCasesAsync(DemoContext context, IReadOnlyDictionary<string, Guid> staff, IReadOnlyList<Guid> agents, IReadOnlyList<Guid> customers,
        CancellationToken cancellationToken)
    {
        var db = context.Db;
        var teams = staff.Where(s => s.Key.StartsWith("tl.", StringComparison.Ordinal)).ToDictionary(s => s.Key[3..], s => s.Value, StringComparer.Ordinal);
        var agentTeams = db.Set<Domain.People.StaffMember>().Where(s => agents.Contains(s.Id)).ToDictionary(s => s.Id, s => s.TeamId);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < 45; i++)
        {
            var (category, summary) = Problems[i % Problems.Length];
            var owner = agents[context.Random.Next(agents.Count)];
            var priority = (CasePriority)(i % 7 == 0 ? 3 : context.Random.Next(3));
            var opened = now.AddHours(-context.Random.Next(2, 24 * 8));
            var @case = new Case
            {
                CustomerId = customers[context.Random.Next(customers.Count)],
                Summary = summary,
                Category = category,
                Priority = priority,
                OwnerId = owner,
                TeamId = agentTeams.GetValueOrDefault(owner),
                CreatedById = owner,
                CreatedAt = opened,
                LastCustomerUpdateAt = opened,
            };
            @case.Reference = $"CS-DEMO-{i + 1:000}";
            await caseClock.SetTargetsAsync(@case, cancellationToken);
            await caseClock.ResetDueAsync(@case, cancellationToken);
            db.Add(@case);
            db.Add(new CaseEvent { CaseId = @case.Id, StaffId = owner, At = opened, What = "opened" });

            switch (i % 5)
            {
                case 1:
                    // Waiting for the customer to send a statement: the clock is paused.
                    @case.ChangeStatus(CaseStatus.AwaitingCustomer, opened.AddHours(1));
                    db.Add(new CasePause { CaseId = @case.Id, StartedAt = opened.AddHours(1) });
                    db.Add(new CaseEvent { CaseId = @case.Id, StaffId = owner, At = opened.AddHours(1), What = "open → awaiting-customer", Reason = "Asked for a copy of the statement" });
                    break;
                case 2:
                    db.Add(new CustomerUpdate
                    {
                        CaseId = @case.Id, StaffId = owner, Channel = ContactChannels.Phone, At = opened.AddHours(2),
                        Message = "Explained the card issuer is investigating and we will call back by Friday.",
                        ConstraintKind = "resources", ConstraintReason = "The card issuer's disputes team has a five-day backlog.",
                    });
                    @case.LastCustomerUpdateAt = opened.AddHours(2);
                    break;
                case 3 when teams.Count > 0:
                    var team = agentTeams.GetValueOrDefault(owner);
                    var leader = teams.Values.FirstOrDefault(l => db.Set<Domain.People.Team>().Any(t => t.Id == team && t.TeamLeaderId == l));
                    if (leader != Guid.Empty)
                    {
                        @case.ChangeStatus(CaseStatus.Referred, opened.AddMinutes(30));
                        var calendar = await caseClock.CalendarAsync(cancellationToken);
                        db.Add(new Referral
                        {
                            CaseId = @case.Id, FromStaffId = owner, ToStaffId = leader, Reason = Referral.Reasons.BeyondAuthority, Mode = Referral.Modes.Verbal,
                            Summary = $"Customer asks for a £{150 + (i * 10)} goodwill payment for the inconvenience; beyond my authority.",
                            RequestedAction = "goodwill-payment", RequestedAmountPence = (150 + (i * 10)) * 100L,
                            HandoverAt = opened.AddMinutes(30), CreatedAt = opened.AddMinutes(30),
                            RespondBy = calendar.AddBusinessMinutes(CaseAccess.Instant(opened.AddMinutes(30)), 60).UtcDateTime,
                        });
                        db.Add(new CaseEvent { CaseId = @case.Id, StaffId = owner, At = opened.AddMinutes(30), What = "open → referred", Reason = "beyond-authority (verbal)" });
                    }

                    break;
                default:
                    break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A demo contact as later seeders see it.</summary>
public sealed record DemoContact(Guid Id, Guid AgentId, Guid? TeamId, string Channel, DateTime AnsweredAt);
