using Frontline.Domain.Quality;
using Frontline.Web.Features.Cases;
using Frontline.Web.Features.People;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Quality;

/// <summary>
/// The demo centre's quality monitoring: a published phone scorecard and a written-contacts scorecard, and about forty
/// evaluations of the demo contacts by the two quality analysts (most acknowledged, one disputed and waiting for the
/// team leader, one with a compliance-critical failure), so lists, trends and the dashboard have data.
/// </summary>
public sealed class QualityDemoSeeder(TimeProvider clock) : IDemoSeeder
{
    public const string PhoneScorecard = "Phone contacts";
    public const string WrittenScorecard = "Written contacts (email, letter, chat)";

    public int Order => 50;

    public static ScorecardDefinition Phone() => new(PhoneScorecard, ["phone"], null,
    [
        new("Opening and ID&V", 15,
        [
            new("Opened the call with the agreed greeting", "Organisation, own name and an offer to help, within the first few seconds.", CriterionKind.YesNo,
                null, 1, false, null, null),
            new("Verified identity to the level the request needed before discussing the account",
                "The ID&V policy's factors for the action, asked before any account detail was given; no hints given to the caller.",
                CriterionKind.YesNo, null, 2, false, Criticality.Compliance, "ID&V procedure (identity verified before account actions)"),
        ]),
        new("Understanding the need", 20,
        [
            new("Used open and probing questions to establish the need", "4: the real need found with open then closed questions; 0: assumed the need.",
                CriterionKind.Scale, 4, 2, false, null, null),
            new("Listened actively and summarised the need back", "No interrupting; the summary matches what the customer said.", CriterionKind.Scale, 4, 1,
                false, null, null),
        ]),
        new("Resolution and accuracy", 30,
        [
            new("Gave accurate information in approved wording", "Matches the product overview and knowledge articles; nothing promised beyond authority.",
                CriterionKind.YesNo, null, 2, false, Criticality.Customer, null),
            new("Resolved at first contact, or set clear next steps and timescales", "4: resolved, or the customer knows who does what by when.",
                CriterionKind.Scale, 4, 2, false, null, null),
            new("Recorded the contact accurately (notes, outcome, case)", null, CriterionKind.YesNo, null, 1, false, null, null),
        ]),
        new("Rapport and tone", 20,
        [
            new("Built rapport with the customer",
                "What good looks like (CCTC9 2.3): uses the customer's name naturally; empathy statements that acknowledge their situation (\"I can see why that is worrying\"); checks understanding (\"Does that make sense?\", summarising); matches the customer's pace; no jargon.",
                CriterionKind.Scale, 4, 2, false, null, null),
            new("Tone was warm, professional and adapted to the customer", "Patient with a distressed or confused customer; confident, not scripted.",
                CriterionKind.Scale, 4, 1, false, null, null),
            new("Recognised signs of vulnerability and responded to them", "Noticed cues (bereavement, health, confusion), offered adjustments, recorded needs with consent.",
                CriterionKind.YesNo, null, 1, true, Criticality.Customer, null),
        ]),
        new("Compliance", 15,
        [
            new("Read out the mandatory disclosures in full", "Every disclosure the product requires, in the approved words, confirmed in the contact.",
                CriterionKind.YesNo, null, 1, true, Criticality.Compliance, "Product disclosures (distance selling: 14-day cancellation right)"),
            new("Did not repeat or record a card number", "The card number was never read back, written in notes or asked for outside the secure payment line.",
                CriterionKind.YesNo, null, 1, false, Criticality.Compliance, "PCI DSS: card numbers never repeated or stored"),
            new("Recognised and recorded a complaint", "Any expression of dissatisfaction about the service is a complaint: recorded and handled per procedure.",
                CriterionKind.YesNo, null, 1, true, Criticality.Compliance, "FCA DISP 1.3: complaints identified and recorded"),
        ]),
    ]);

    public static ScorecardDefinition Written() => new(WrittenScorecard, ["email", "letter", "chat", "social"], null,
    [
        new("Opening and security", 15,
        [
            new("Personal greeting and clear subject", null, CriterionKind.YesNo, null, 1, false, null, null),
            new("No personal data disclosed before the sender was verified", "Only what the channel's ID&V level allows.", CriterionKind.YesNo, null, 2, false,
                Criticality.Compliance, "ID&V procedure and UK GDPR security principle"),
        ]),
        new("Understanding and resolution", 40,
        [
            new("Answered every question the customer raised", null, CriterionKind.Scale, 4, 2, false, null, null),
            new("Information accurate and in approved wording", null, CriterionKind.YesNo, null, 2, false, Criticality.Customer, null),
            new("Clear next steps and timescales", null, CriterionKind.Scale, 4, 1, false, null, null),
        ]),
        new("Writing quality", 30,
        [
            new("Plain English, correct spelling and grammar", "Short sentences, no jargon, no errors.", CriterionKind.Scale, 4, 2, false, null, null),
            new("Empathetic, courteous tone", "Acknowledges the customer's situation; uses their name; no blame.", CriterionKind.Scale, 4, 1, false, null, null),
            new("Well structured and easy to follow", null, CriterionKind.Scale, 4, 1, false, null, null),
        ]),
        new("Compliance", 15,
        [
            new("No card number in the reply or notes", null, CriterionKind.YesNo, null, 1, false, Criticality.Compliance, "PCI DSS: card numbers never repeated or stored"),
            new("Recognised and recorded a complaint", null, CriterionKind.YesNo, null, 1, true, Criticality.Compliance, "FCA DISP 1.3: complaints identified and recorded"),
        ]),
    ]);

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var staff = context.Items.GetValueOrDefault(PeopleDemoSeeder.StaffIdsKey) as IReadOnlyDictionary<string, Guid> ?? new Dictionary<string, Guid>();
        if (!staff.TryGetValue("quality", out var analyst))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var phone = Scorecard.Create(Phone(), analyst, now.AddDays(-40));
        var phoneVersion = phone.Publish(analyst, now.AddDays(-40));
        var written = Scorecard.Create(Written(), analyst, now.AddDays(-40));
        written.Publish(analyst, now.AddDays(-40));
        context.Db.AddRange(phone, written);

        var contacts = context.Items.GetValueOrDefault(CasesDemoSeeder.AnsweredContactsKey) as IReadOnlyList<DemoContact> ?? [];
        var evaluators = new[] { analyst, staff.GetValueOrDefault("quality2", analyst) };
        var random = context.Random;
        // One contact per agent and round, so every agent has a short trend.
        var picked = contacts.Where(c => c.Channel == "phone").GroupBy(c => c.AgentId).SelectMany(g => g.OrderBy(c => c.AnsweredAt).Take(3))
            .OrderBy(c => c.AnsweredAt).Take(40).ToList();
        var disputed = false;
        for (var i = 0; i < picked.Count; i++)
        {
            var contact = picked[i];
            var evaluator = evaluators[i % evaluators.Length];
            var at = contact.AnsweredAt.AddDays(2) < now ? contact.AnsweredAt.AddDays(2) : now;
            var evaluation = Evaluation.Start(phoneVersion, EvaluationSubject.Contact, contact.Id, null, null, contact.Channel, contact.AnsweredAt,
                contact.AgentId, contact.TeamId, evaluator, i % 4 == 0 ? EvaluationMethod.CallListening : EvaluationMethod.RemoteReview, at);
            var answers = phoneVersion.Criteria.Select(c => new CriterionAnswer(c.Id, DemoAnswer(c, random, compliantFailure: i == 7),
                i == 7 && c.Text.StartsWith("Did not repeat", StringComparison.Ordinal) ? "Card number read back to the customer." : null,
                i == 7 && c.Text.StartsWith("Did not repeat", StringComparison.Ordinal) ? "02:41" : null)).ToList();
            evaluation.SetAnswers(phoneVersion, answers, at);
            evaluation.Strengths = "Friendly opening and a clear summary of the next steps.";
            evaluation.DevelopmentAreas = i % 3 == 0 ? ["rapport-empathy"] : i % 3 == 1 ? ["questioning"] : ["product-knowledge"];
            evaluation.Submit(phoneVersion, at);
            if (i % 3 != 2)
            {
                evaluation.Acknowledge(contact.AgentId, i % 2 == 0 ? "Thanks, I will work on this." : null, at.AddHours(3));
            }
            else if (!disputed && contact.TeamId is not null)
            {
                disputed = true;
                var rapport = phoneVersion.Criteria.First(c => c.Text == "Built rapport with the customer");
                evaluation.Dispute(phoneVersion, contact.AgentId, [rapport.Id], "I used the customer's name three times and summarised at 04:10.", at.AddHours(4));
            }

            context.Db.Add(evaluation);
        }

        await context.Db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Mostly good work: yes 85% of the time, scales weighted to 3–4; one contact fails the card-number criterion.</summary>
    private static AnswerValue DemoAnswer(ScorecardCriterion criterion, Random random, bool compliantFailure)
    {
        if (criterion.Critical == Criticality.Compliance && criterion.Text.StartsWith("Did not repeat", StringComparison.Ordinal))
        {
            return new AnswerValue(false, compliantFailure ? 0 : 1);
        }

        if (criterion.AllowNa && random.Next(3) == 0)
        {
            return AnswerValue.Na;
        }

        if (criterion.Kind == CriterionKind.YesNo)
        {
            // Critical criteria are rarely failed in the demo, so the scores spread over the bands.
            return new AnswerValue(false, criterion.Critical is not null || random.Next(100) < 85 ? 1 : 0);
        }

        return new AnswerValue(false, Math.Min(criterion.MaxPoints, 1 + random.Next(criterion.MaxPoints)) is var p && random.Next(3) > 0 ? Math.Max(p, 3) : p);
    }
}
