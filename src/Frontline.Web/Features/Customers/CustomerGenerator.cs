using System.Globalization;
using Frontline.Domain.Customers;

namespace Frontline.Web.Features.Customers;

/// <summary>
/// Makes realistic, deterministic customers from a seeded <see cref="Random"/>: UK names, valid postcodes,
/// addresses, phone numbers and emails on reserved domains. Used by the demo seeder (1,000 customers) and the
/// search benchmark (1,000,000). Customer number <c>n</c> gets reference <c>CUS</c> + n in eight digits.
/// </summary>
public static class CustomerGenerator
{
    private static readonly string[] FirstNames =
        ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Freya", "Florence", "Willow", "Poppy",
         "Evie", "Elsie", "Emily", "Ella", "Sienna", "Harper", "Charlotte", "Daisy", "Alice", "Phoebe", "Margaret", "Susan", "Patricia", "Janet",
         "Noah", "Oliver", "George", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry", "Theodore", "Freddie", "Jack", "Charlie",
         "Theo", "Alfie", "Jacob", "Thomas", "Finley", "Arlo", "William", "Lucas", "Roman", "Tommy", "Isaac", "Teddy", "David", "John", "Peter",
         "Robert", "Michael", "Aisha", "Priya", "Mohammed", "Sanjay", "Wei", "Chen", "Siobhan", "Ciaran", "Rhys", "Eilidh", "Zoë", "Niamh"];

    private static readonly string[] LastNames =
        ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson",
         "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner",
         "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
         "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson",
         "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams",
         "Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell",
         "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins",
         "O'Brien", "MacDonald", "Fraser", "Reid", "Ahmed", "Nowak", "Kowalski", "Okafor", "Mensah", "Nguyen", "Chowdhury", "Rahman", "Hart-Davis"];

    private static readonly (string Town, string[] Outward)[] Towns =
    [
        ("London", ["SW1A", "SE1", "E1", "N1", "NW1", "W1D", "EC1A", "SW19", "E17", "N17"]),
        ("Manchester", ["M1", "M4", "M14", "M20"]),
        ("Birmingham", ["B1", "B15", "B33"]),
        ("Leeds", ["LS1", "LS6", "LS11"]),
        ("Sheffield", ["S1", "S10"]),
        ("Bristol", ["BS1", "BS8"]),
        ("Cardiff", ["CF10", "CF24"]),
        ("Edinburgh", ["EH1", "EH3"]),
        ("Glasgow", ["G1", "G12"]),
        ("Newcastle upon Tyne", ["NE1", "NE6"]),
        ("Nottingham", ["NG1", "NG7"]),
        ("Leicester", ["LE1", "LE2"]),
        ("Norwich", ["NR1", "NR2"]),
        ("Plymouth", ["PL1", "PL4"]),
        ("Croydon", ["CR0", "CR2"]),
        ("Belfast", ["BT1", "BT7"]),
    ];

    private static readonly string[] Streets =
        ["High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road", "Park Avenue", "Queens Road", "The Crescent",
         "Mill Lane", "Kings Road", "New Road", "Alexandra Road", "Grange Road", "Chapel Street", "Elm Grove", "Orchard Close", "Windsor Road"];

    /// <summary>Inward-code unit letters Royal Mail uses (no C, I, K, M, O or V).</summary>
    private const string UnitLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public static string ReferenceFor(int number) => "CUS" + number.ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>
    /// Customer <paramref name="number"/>. With <paramref name="dramaNumbers"/>, phone numbers come from Ofcom's
    /// ranges reserved for drama (07700 900000–900999, 020 7946 0000–0999), which is enough for the demo's 1,000.
    /// </summary>
    public static Customer Create(Random random, int number, DateTime createdAt, bool dramaNumbers = false)
    {
        var first = FirstNames[random.Next(FirstNames.Length)];
        var last = LastNames[random.Next(LastNames.Length)];
        var (town, outwards) = Towns[random.Next(Towns.Length)];
        var postcode = $"{outwards[random.Next(outwards.Length)]} {random.Next(10)}{UnitLetters[random.Next(UnitLetters.Length)]}{UnitLetters[random.Next(UnitLetters.Length)]}";
        var mobile = dramaNumbers
            ? $"07700 900{number % 1000:D3}"
            : $"07{random.Next(100, 1000):D3} {random.Next(0, 1_000_000):D6}";
        var phones = new List<string> { mobile };
        if (random.Next(3) == 0)
        {
            phones.Add(dramaNumbers ? $"020 7946 0{number % 1000:D3}" : $"01{random.Next(100, 1000):D3} {random.Next(100_000, 1_000_000):D6}");
        }

        var emailName = SearchKeys.Name(first) + "." + SearchKeys.Name(last);
        return new Customer
        {
            Reference = ReferenceFor(number),
            FirstName = first,
            LastName = last,
            DateOfBirth = new DateOnly(1935, 1, 1).AddDays(random.Next(0, 26_000)),
            Postcode = postcode,
            AddressLines = [$"{random.Next(1, 200)} {Streets[random.Next(Streets.Length)]}", town],
            Phones = phones,
            Email = random.Next(5) == 0 ? null : $"{emailName}{number}@example.{(random.Next(2) == 0 ? "com" : "org")}",
            PreferredChannel = (PreferredChannel)random.Next(4),
            CreatedAt = createdAt,
        };
    }
}
