using Frontline.Domain.Customers;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Customers;

/// <summary>
/// The demo centre's 1,000 customers (references CUS00000001–CUS00001000), one in twenty with a recorded
/// vulnerability, a few with a power of attorney, and the demo secrets of <see cref="DemoPasscode"/> and
/// <see cref="DemoSecurityAnswer"/> on the first <see cref="CustomersWithSecrets"/> (see README.md).
/// Passes the ids on as <c>Items["customer-ids"]</c>.
/// </summary>
public sealed class CustomersDemoSeeder(TimeProvider clock) : IDemoSeeder
{
    public const string CustomerIdsKey = "customer-ids";
    public const int Count = 1000;
    public const int CustomersWithSecrets = 50;
    public const string DemoPasscode = "secure42";
    public const string DemoSecurityQuestion = "Where did you go on your first holiday?";
    public const string DemoSecurityAnswer = "Whitby";

    private static readonly string[] Needs =
        ["Speak slowly and check understanding; confirm everything in writing.", "Send letters in large print (18pt).",
         "Offer a call back at a time the customer chooses; allow extra time.", "Use plain language; avoid jargon and acronyms.",
         "Customer uses a BSL interpreter: book one through Relay UK.", "Do not discuss payment plans without their daughter present."];

    private static readonly string[] Circumstances =
        ["Recently bereaved (partner).", "Recovering from a stroke; tires quickly on calls.", "Lost their job last month.",
         "Low confidence with online banking.", "Dyslexia.", "Living with dementia (early stage)."];

    public int Order => 10;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var random = context.Random;
        var ids = new List<Guid>(Count);
        for (var number = 1; number <= Count; number++)
        {
            var customer = CustomerGenerator.Create(random, number, now, dramaNumbers: true);
            context.Db.Add(customer);
            ids.Add(customer.Id);
            if (number % 20 == 7)
            {
                var need = random.Next(Needs.Length);
                context.Db.Add(new CustomerVulnerability
                {
                    CustomerId = customer.Id,
                    Drivers = need switch { 0 or 2 => [VulnerabilityDriver.LifeEvents, VulnerabilityDriver.Resilience], 3 => [VulnerabilityDriver.Capability], _ => [VulnerabilityDriver.Health] },
                    Circumstances = Circumstances[need],
                    NeedsAndAdjustments = Needs[need],
                    ConsentRecorded = true,
                    ConsentRecordedAt = now,
                    Temporary = need is 0 or 2,
                    ReviewDate = today.AddDays(random.Next(-10, 365)),
                    UpdatedAt = now,
                });
            }

            if (number % 50 == 3)
            {
                context.Db.Add(new AuthorisedThirdParty
                {
                    CustomerId = customer.Id,
                    FullName = $"Alex {customer.LastName}",
                    Authority = ThirdPartyAuthority.PowerOfAttorney,
                    DateOfBirth = new DateOnly(1970, 6, 15),
                    Postcode = customer.Postcode,
                    DocumentReference = $"OPG 7000-{number:D4}-0001",
                    CreatedAt = now,
                });
            }

            if (number <= CustomersWithSecrets)
            {
                customer.SecurityQuestion = DemoSecurityQuestion;
                context.Db.Add(new CustomerSecret
                {
                    CustomerId = customer.Id, Kind = SecretKind.SecurityAnswer, Hash = SecretHash.Create(SecretHash.NormaliseAnswer(DemoSecurityAnswer)), SetAt = now,
                });
                context.Db.AddRange(DemoPasscode.Select((c, i) => new CustomerSecret
                {
                    CustomerId = customer.Id, Kind = SecretKind.PasscodeCharacter, Position = i + 1,
                    Hash = SecretHash.Create(SecretHash.PasscodeCharacter(i + 1, c)), SetAt = now,
                }));
            }
        }

        await context.Db.SaveChangesAsync(cancellationToken);
        context.Items[CustomerIdsKey] = ids;
    }
}
