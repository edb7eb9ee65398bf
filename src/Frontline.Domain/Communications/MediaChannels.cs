namespace Frontline.Domain.Communications;

/// <summary>Whether a channel is spoken, written, or (self-service) either.</summary>
public enum MediaMode
{
    Verbal,
    Written,
    Both,
}

/// <summary>A media option as the seeds frame it (CC26 1.1): its mode, strengths, weaknesses, reach and regulatory constraints.</summary>
public sealed record MediaChannel(string Key, string Name, MediaMode Mode, string[] Words, string[] Strengths, string[] Weaknesses, string Reach,
    string Regulatory);

/// <summary>
/// The channel catalogue: the media options a centre may offer. Keys match the contacts' channels where Cases records
/// them (phone, email, chat, letter, social, face-to-face); SMS, video and self-service have their own keys.
/// </summary>
public static class MediaChannels
{
    private static readonly string[] VerbalStrengths =
        ["Immediacy: questions answered and problems solved in one conversation", "Rapport and empathy through tone of voice",
         "Tone and pace adjusted to the customer as the conversation goes"];

    private static readonly string[] VerbalWeaknesses =
        ["No permanent record unless the call is recorded", "Customers may not remember what was agreed",
         "Harder for customers with hearing or speech impairments"];

    private static readonly string[] WrittenStrengths =
        ["A permanent record for the customer and the centre", "Wording can be considered and checked before sending",
         "The customer reads it when it suits them"];

    private static readonly string[] WrittenWeaknesses =
        ["Slower: no immediate back-and-forth", "Accessible to some customers and not others (sight, literacy, language)",
         "Tone is easily misread"];

    public static readonly IReadOnlyList<MediaChannel> All =
    [
        new("phone", "Phone", MediaMode.Verbal, ["phone", "telephone", "call", "calls"], VerbalStrengths, VerbalWeaknesses,
            "Almost every customer; text relay for customers with hearing impairments",
            "Card payments by phone must meet PCI DSS (no recording of card details); calls recorded for MiFID/COBS where required"),
        new("email", "E-mail", MediaMode.Written, ["e-mail", "email", "emails"], WrittenStrengths, WrittenWeaknesses,
            "Customers with e-mail and the skills to use it; screen readers work well",
            "Records kept under the retention schedule; never send full card numbers; UK GDPR for personal data"),
        new("chat", "Web chat", MediaMode.Written, ["chat", "web chat", "webchat"], WrittenStrengths, WrittenWeaknesses,
            "Customers online; suits people who cannot or prefer not to speak",
            "Transcripts are records: retain and disclose as e-mail"),
        new("letter", "Letter", MediaMode.Written, ["letter", "letters", "post", "in writing"], WrittenStrengths,
            [.. WrittenWeaknesses, "Postage and printing costs per contact"],
            "Every customer with an address; large print, Braille and easy read on request",
            "Some notices must be given on paper or a durable medium (DISP final responses, CONC arrears notices)"),
        new("sms", "SMS", MediaMode.Written, ["sms", "text message", "text messages"], WrittenStrengths,
            [.. WrittenWeaknesses, "Short: 160 characters a segment; no room for detail"],
            "Nearly every mobile phone; no internet needed",
            "PECR consent for marketing; never ask for security details by text"),
        new("social", "Social media", MediaMode.Written, ["social media", "social", "twitter", "facebook"], WrittenStrengths,
            [.. WrittenWeaknesses, "Public: personal data must move to a private channel"],
            "Customers active on social platforms", "Public posts: take personal data and account details to a private channel"),
        new("video", "Video", MediaMode.Verbal, ["video"], [.. VerbalStrengths, "Sign language interpreting and seeing documents together"],
            [.. VerbalWeaknesses, "Needs a good connection and a device with a camera"],
            "Customers with a device and connection; BSL users", "Recording needs the customer's knowledge; same PCI DSS rules as phone"),
        new("self-service", "Self-service / IVR", MediaMode.Both, ["self-service", "ivr", "online account", "app"],
            ["Available at any hour", "Lowest cost per contact", "Customers do simple tasks without waiting"],
            ["Cannot handle complex or sensitive matters", "Can trap customers who need a person", "Excludes customers who are not online"],
            "Customers online or with a touch-tone phone", "Card payments through PCI DSS compliant IVR or pages; a way to reach a person"),
        new("face-to-face", "Face to face", MediaMode.Verbal, ["face to face", "face-to-face", "in person", "branch"],
            [.. VerbalStrengths, "Body language and documents seen together"], [.. VerbalWeaknesses, "Customers must travel; limited hours"],
            "Customers near a branch or visited at home", "Identity checked in person; records kept as for calls"),
    ];

    public static MediaChannel? Find(string? key) => All.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.Ordinal));

    /// <summary>Whether a procedure in <paramref name="mode"/> may be written for <paramref name="channel"/> (self-service takes either).</summary>
    public static bool Fits(MediaChannel channel, MediaMode mode) => channel.Mode == MediaMode.Both || channel.Mode == mode;
}
