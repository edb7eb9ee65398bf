using Frontline.Domain.Platform;

namespace Frontline.Domain.People.Development;

/// <summary>
/// "Ask for help" (CC32 3.1, 4.6): an agent asks their buddy or a named expert a question about identity, security,
/// products, regulation or systems, from a contact or case; the answer is recorded (and may be suggested as a knowledge
/// article). A request unanswered for the set time is escalated once to the asker's team leader.
/// </summary>
public sealed class HelpRequest : IVersioned
{
    public const int MaxTextLength = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AskerId { get; init; }

    public Guid? AskerTeamId { get; init; }

    /// <summary>The buddy or expert asked.</summary>
    public Guid ToId { get; init; }

    public BuddyTopic Topic { get; init; }

    public required string Question { get; init; }

    public Guid? ContactId { get; init; }

    public Guid? CaseId { get; init; }

    public DateTime AskedAt { get; init; }

    public string? Answer { get; private set; }

    public Guid? AnsweredById { get; private set; }

    public DateTime? AnsweredAt { get; private set; }

    /// <summary>The answer is worth a knowledge article (a suggestion for the catalogue's authors).</summary>
    public bool SuggestArticle { get; private set; }

    public DateTime? EscalatedAt { get; private set; }

    public int Version { get; set; }

    public static HelpRequest Ask(Guid askerId, Guid? teamId, Guid toId, bool toActive, BuddyTopic topic, string? question, Guid? contactId, Guid? caseId, DateTime now)
    {
        if (toId == askerId)
        {
            throw new DomainException("help.self", "Ask your buddy or an expert, not yourself.", DomainErrorKind.Invalid, "toId");
        }

        if (!toActive)
        {
            throw new DomainException("help.to-inactive", "The colleague asked must be active.", DomainErrorKind.Invalid, "toId");
        }

        if (string.IsNullOrWhiteSpace(question))
        {
            throw new DomainException("help.question-required", "Write the question.", DomainErrorKind.Invalid, "question");
        }

        return new HelpRequest
        {
            AskerId = askerId, AskerTeamId = teamId, ToId = toId, Topic = topic, Question = question.Trim(), ContactId = contactId, CaseId = caseId, AskedAt = now,
        };
    }

    public void Reply(Guid by, string? answer, bool suggestArticle, DateTime now)
    {
        if (by == AskerId)
        {
            throw new DomainException("help.own", "Someone else answers your question.", DomainErrorKind.Forbidden);
        }

        if (AnsweredAt is not null)
        {
            throw new DomainException("help.answered", "This question has already been answered.", DomainErrorKind.Conflict);
        }

        if (string.IsNullOrWhiteSpace(answer))
        {
            throw new DomainException("help.answer-required", "Write the answer.", DomainErrorKind.Invalid, "answer");
        }

        Answer = answer.Trim();
        AnsweredById = by;
        AnsweredAt = now;
        SuggestArticle = suggestArticle;
    }

    /// <summary>Whether it is still unanswered, not yet escalated, and was asked at least <paramref name="after"/> before <paramref name="now"/>.</summary>
    public bool DueForEscalation(TimeSpan after, DateTime now) => AnsweredAt is null && EscalatedAt is null && AskedAt <= now - after;

    public void Escalate(DateTime now) => EscalatedAt ??= now;
}
