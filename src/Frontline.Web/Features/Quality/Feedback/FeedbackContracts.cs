using System.ComponentModel.DataAnnotations;
using Frontline.Domain.Quality.Feedback;

namespace Frontline.Web.Features.Quality.Feedback;

public sealed record SurveyQuestionRequest(
    [property: StringLength(40)] string? Id,
    QuestionKind Kind,
    [property: Required, StringLength(Survey.MaxQuestionLength)] string Text,
    bool Required = false);

public sealed record SurveyRequest(
    [property: Required, StringLength(Survey.MaxNameLength)] string Name,
    [property: StringLength(2000)] string? Introduction,
    SurveyTrigger Trigger,
    [property: Required] List<SurveyQuestionRequest> Questions,
    int LinkValidDays = 14,
    [property: Range(1, 5)] int LowCsat = 2,
    [property: Range(0, 10)] int LowNps = 6,
    int InvitePercent = 100,
    int QuietDays = 30);

/// <summary>A survey; <c>invitePercent</c> and <c>quietDays</c> govern automatic invitations (contact-closed and case-closed triggers).</summary>
public sealed record SurveyView(Guid Id, string Name, string? Introduction, SurveyTrigger Trigger, IReadOnlyList<SurveyQuestion> Questions, int LinkValidDays,
    int LowCsat, int LowNps, bool IsActive, int Version, int InvitePercent, int QuietDays, DateTimeOffset? AutoInvitedUpTo);

/// <summary>What one automatic invitation run did: invitations made, e-mails settled, and why nothing was invited when it is off.</summary>
public sealed record InvitationRunResult(int Invited, int Settled, string? Off);

/// <summary>Invite the customer of a contact or a case. <c>email: true</c> puts the invitation in the survey outbox for e-mail.</summary>
public sealed record InviteRequest(Guid? ContactId, Guid? CaseId, bool Email = false);

public sealed record InvitationView(Guid Id, Guid SurveyId, Guid? ContactId, Guid? CaseId, Guid? AgentId, string Link, DateTimeOffset ExpiresAt,
    InvitationDelivery Delivery, DateTimeOffset? AnsweredAt, bool Automatic, DateTimeOffset? SentAt, string? DeliveryProblem);

public sealed record ResponseView(Guid Id, Guid SurveyId, Guid? ContactId, Guid? CaseId, Guid? AgentId, string? AgentName, ResponseSource Source,
    DateTimeOffset RespondedAt, int? Csat, int? Nps, int? Effort, string? Comment, bool LowScore);

/// <summary>What the customer sees: the survey's questions (nothing about the contact or the agent).</summary>
public sealed record PublicSurveyView(string Name, string? Introduction, IReadOnlyList<SurveyQuestion> Questions, DateTimeOffset ExpiresAt);

/// <summary>The customer's answers, keyed by question id (numbers as text or JSON numbers as text).</summary>
public sealed record PublicAnswerRequest([property: Required] Dictionary<string, string?> Answers);

public sealed record ImportResult(int Imported, int Skipped, IReadOnlyList<ImportProblem> Problems);

public sealed record ImportProblem(int Line, string Message);

/// <summary>A survey's e-mail invitations by state.</summary>
public sealed record SurveyOutbox(int Emailed, int Waiting, int Failed);
