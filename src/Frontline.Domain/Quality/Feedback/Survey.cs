using Frontline.Domain.Platform;

namespace Frontline.Domain.Quality.Feedback;

/// <summary>The kinds of survey question (CCTC9 4.4).</summary>
public enum QuestionKind
{
    /// <summary>Customer satisfaction, 1 (very dissatisfied) to 5 (very satisfied).</summary>
    Csat,

    /// <summary>Net Promoter Score: likelihood to recommend, 0 to 10.</summary>
    Nps,

    /// <summary>Customer effort: how easy it was to get what they needed, 1 (very difficult) to 7 (very easy).</summary>
    Effort,

    /// <summary>The customer's own words.</summary>
    Text,
}

/// <summary>When invitations to a survey are made.</summary>
public enum SurveyTrigger
{
    ContactClosed,
    CaseClosed,
    Manual,
}

/// <summary>One question of a survey.</summary>
public sealed record SurveyQuestion(string Id, QuestionKind Kind, string Text, bool Required)
{
    public (int Min, int Max) Range => Kind switch
    {
        QuestionKind.Csat => (1, 5),
        QuestionKind.Nps => (0, 10),
        QuestionKind.Effort => (1, 7),
        QuestionKind.Text => (0, 0),
    };
}

/// <summary>
/// A customer feedback survey: its questions, what invites a customer to it, how long a link stays valid, and the
/// score at or below which a response is "low" (and can qualify the contact for the next quality sample).
/// </summary>
public sealed class Survey : IVersioned
{
    public const int MaxNameLength = 200;
    public const int MaxQuestionLength = 300;
    public const int MaxQuestions = 20;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>Shown to the customer above the questions.</summary>
    public string? Introduction { get; set; }

    public SurveyTrigger Trigger { get; set; } = SurveyTrigger.ContactClosed;

    public List<SurveyQuestion> Questions { get; set; } = [];

    public int LinkValidDays { get; set; } = 14;

    /// <summary>A CSAT at or below this is low (default 2 of 5).</summary>
    public int LowCsat { get; set; } = 2;

    /// <summary>An NPS at or below this is low (default 6: a detractor).</summary>
    public int LowNps { get; set; } = 6;

    public bool IsActive { get; set; } = true;

    /// <summary>
    /// The share of closed contacts or cases (1 to 100 %) whose customer is invited automatically; the choice is made
    /// from the record's id, so a rerun chooses the same records.
    /// </summary>
    public int InvitePercent { get; set; } = 100;

    /// <summary>A customer invited to any survey within this many days is not invited again (survey fatigue).</summary>
    public int QuietDays { get; set; } = 30;

    /// <summary>Contacts or cases closed up to this instant have been considered for automatic invitation.</summary>
    public DateTime? AutoInvitedUpTo { get; set; }

    /// <summary>When a link made at <paramref name="now"/> expires: whole seconds, because the link carries it in Unix seconds.</summary>
    public DateTime LinkExpiry(DateTime now) =>
        DateTime.SpecifyKind(now.AddDays(LinkValidDays).AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)), DateTimeKind.Utc);

    /// <summary>Whether closed contacts or cases invite their customers by themselves (by e-mail).</summary>
    public bool InvitesAutomatically => IsActive && Trigger != SurveyTrigger.Manual;

    /// <summary>
    /// Whether the record with this id is in the invited share: a stable bucket from the id's bytes (ids are random
    /// enough), so the same records are chosen however often the selection runs.
    /// </summary>
    public bool Selects(Guid recordId)
    {
        if (InvitePercent >= 100)
        {
            return true;
        }

        var bytes = recordId.ToByteArray();
        var bucket = (int)(BitConverter.ToUInt32(System.Security.Cryptography.SHA256.HashData(bytes), 0) % 100);
        return bucket < InvitePercent;
    }

    /// <summary>Refuses automatic-invitation settings outside sensible limits.</summary>
    public static void CheckAutomatic(int invitePercent, int quietDays)
    {
        if (invitePercent is < 1 or > 100)
        {
            throw new DomainException("survey.invite-percent", "Invite between 1 and 100 % of closed contacts or cases.", DomainErrorKind.Invalid, "invitePercent");
        }

        if (quietDays is < 0 or > 365)
        {
            throw new DomainException("survey.quiet-days", "Leave 0 to 365 days between invitations to one customer.", DomainErrorKind.Invalid, "quietDays");
        }
    }

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }

    /// <summary>Refuses a survey without questions, with blank or duplicate questions, or silly limits.</summary>
    public static void Check(string name, IReadOnlyList<SurveyQuestion> questions, int linkValidDays)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
        {
            throw new DomainException("survey.name", $"Give the survey a name of at most {MaxNameLength} characters.", DomainErrorKind.Invalid, "name");
        }

        if (questions.Count is 0 or > MaxQuestions)
        {
            throw new DomainException("survey.questions", $"A survey needs between 1 and {MaxQuestions} questions.", DomainErrorKind.Invalid, "questions");
        }

        if (questions.Any(q => string.IsNullOrWhiteSpace(q.Text) || q.Text.Length > MaxQuestionLength))
        {
            throw new DomainException("survey.question", $"Each question needs text of at most {MaxQuestionLength} characters.", DomainErrorKind.Invalid, "questions");
        }

        if (questions.Where(q => q.Kind != QuestionKind.Text).GroupBy(q => q.Kind).Any(g => g.Count() > 1))
        {
            throw new DomainException("survey.question", "Ask each scored question (CSAT, NPS, effort) at most once.", DomainErrorKind.Invalid, "questions");
        }

        if (linkValidDays is < 1 or > 90)
        {
            throw new DomainException("survey.link-valid-days", "A link stays valid for 1 to 90 days.", DomainErrorKind.Invalid, "linkValidDays");
        }
    }

    /// <summary>
    /// Checks a customer's answers against the questions (keyed by question id): required ones answered, scores in
    /// range, text not too long. Returns the scored values.
    /// </summary>
    public FeedbackScores Score(IReadOnlyDictionary<string, string?> answers)
    {
        int? csat = null, nps = null, effort = null;
        var comments = new List<string>();
        foreach (var q in Questions)
        {
            var raw = answers.TryGetValue(q.Id, out var value) ? value?.Trim() : null;
            if (string.IsNullOrEmpty(raw))
            {
                if (q.Required)
                {
                    throw new DomainException("survey.required", $"Please answer: {q.Text}", DomainErrorKind.Invalid, q.Id);
                }

                continue;
            }

            if (q.Kind == QuestionKind.Text)
            {
                if (raw.Length > SurveyResponse.MaxCommentLength)
                {
                    throw new DomainException("survey.text", $"Please keep your answer under {SurveyResponse.MaxCommentLength} characters.", DomainErrorKind.Invalid, q.Id);
                }

                comments.Add(CardNumberRedactor.Redact(raw)!);
                continue;
            }

            var (min, max) = q.Range;
            if (!int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            {
                throw new DomainException("survey.range", $"Choose a number from {min} to {max} for: {q.Text}", DomainErrorKind.Invalid, q.Id);
            }

            switch (q.Kind)
            {
                case QuestionKind.Csat: csat = n; break;
                case QuestionKind.Nps: nps = n; break;
                case QuestionKind.Effort: effort = n; break;
            }
        }

        return new FeedbackScores(csat, nps, effort, comments.Count == 0 ? null : string.Join("\n\n", comments));
    }

    public bool IsLow(int? csat, int? nps) => (csat is { } c && c <= LowCsat) || (nps is { } n && n <= LowNps);

    /// <summary>The demo / default survey: CSAT, NPS, effort and a comment.</summary>
    public static List<SurveyQuestion> DefaultQuestions() =>
    [
        new("csat", QuestionKind.Csat, "Overall, how satisfied were you with how we handled your enquiry?", true),
        new("nps", QuestionKind.Nps, "How likely are you to recommend us to a friend or family member?", false),
        new("effort", QuestionKind.Effort, "How easy was it to get what you needed?", false),
        new("comment", QuestionKind.Text, "Is there anything you would like to tell us?", false),
    ];
}

/// <summary>The scored values of one response.</summary>
public sealed record FeedbackScores(int? Csat, int? Nps, int? Effort, string? Comment);
