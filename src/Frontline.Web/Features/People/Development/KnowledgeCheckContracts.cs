using Frontline.Domain.People.Development;

namespace Frontline.Web.Features.People.Development;

/// <summary>An option as an author types it.</summary>
public sealed record OptionRequest(string? Text, bool? Correct);

/// <summary>A question as an author types it: <c>kind</c> is <c>single-choice</c> or <c>multiple-choice</c>.</summary>
public sealed record QuestionRequest(string? Text, QuizQuestionKind? Kind, IReadOnlyList<OptionRequest>? Options);

/// <summary>A new knowledge check (trainers and managers): title, what it is about, the skill a failure is evidence for, pass mark (%), questions.</summary>
public sealed record KnowledgeCheckRequest(string? Title, string? About, string? Skill, int? PassMark, IReadOnlyList<QuestionRequest>? Questions);

/// <summary>A check in a list: no questions.</summary>
public sealed record KnowledgeCheckSummary(Guid Id, string Title, string? About, string Skill, int PassMark, int Questions, bool IsActive, int Version);

/// <summary>The authors' view of a check, with the answer key (trainers and managers only).</summary>
public sealed record KnowledgeCheckView(Guid Id, string Title, string? About, string Skill, int PassMark, bool IsActive, IReadOnlyList<AuthorQuestionView> Questions,
    int Version);

public sealed record AuthorQuestionView(Guid Id, int Position, string Text, QuizQuestionKind Kind, IReadOnlyList<QuizOption> Options);

/// <summary>An option on the paper: its number and text, never whether it is right.</summary>
public sealed record PaperOptionView(int Number, string Text);

/// <summary>
/// A question as the colleague sees it. Before submission it has no answer fields at all; after, <c>chosen</c>,
/// <c>correct</c> and <c>rightOptions</c> are filled in.
/// </summary>
public sealed record PaperQuestionView(Guid Id, string Text, QuizQuestionKind Kind, IReadOnlyList<PaperOptionView> Options, IReadOnlyList<int>? Chosen = null,
    bool? Correct = null, IReadOnlyList<int>? RightOptions = null);

/// <summary>An attempt: the shuffled paper, and after submission its mark.</summary>
public sealed record AttemptView(Guid Id, Guid CheckId, string Title, string? About, int PassMark, Guid StaffId, DateTime StartedAt, DateTime? SubmittedAt,
    int? Correct, int? Total, decimal? Percent, bool? Passed, IReadOnlyList<PaperQuestionView> Questions, int Version);

/// <summary>A submitted or open attempt in a colleague's history.</summary>
public sealed record AttemptSummary(Guid Id, Guid CheckId, string Title, DateTime StartedAt, DateTime? SubmittedAt, decimal? Percent, bool? Passed);

public sealed record StartAttemptRequest(Guid? ActivityId);

/// <summary>One answer: the question and the option numbers chosen (<c>options</c>).</summary>
public sealed record AnswerRequest(Guid? QuestionId, IReadOnlyList<int>? Options);

public sealed record SubmitAttemptRequest(IReadOnlyList<AnswerRequest>? Answers);
