using Frontline.Domain.Platform;

namespace Frontline.Domain.People.Development;

public enum QuizQuestionKind
{
    /// <summary>Exactly one option is right; the colleague chooses one.</summary>
    SingleChoice,

    /// <summary>One or more options are right; the colleague ticks every right one.</summary>
    MultipleChoice,
}

/// <summary>An option of a question, numbered 1.. within the question (stable: a check is not edited once made).</summary>
public sealed record QuizOption(int Number, string Text, bool Correct);

/// <summary>
/// A short quiz on requirements, procedures or products (CC26 4.4): single- and multiple-choice questions and a pass mark
/// (percent of questions right). A failed attempt is evidence of a need in the check's skill. A check is not edited once
/// made (attempts are marked against it); it is retired and replaced instead.
/// </summary>
public sealed class KnowledgeCheck : IVersioned
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 1000;
    public const int MaxQuestions = 50;
    public const int MaxOptions = 10;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; init; }

    /// <summary>What it checks: the requirement, procedure or product, in words.</summary>
    public string? About { get; init; }

    /// <summary>The skill code a failed attempt is evidence for (<c>regulatory-knowledge</c>, <c>product-knowledge</c>, ...).</summary>
    public required string Skill { get; init; }

    /// <summary>Percent of questions right needed to pass (1–100).</summary>
    public int PassMark { get; init; }

    public bool IsActive { get; set; } = true;

    public Guid CreatedById { get; init; }

    public DateTime CreatedAt { get; init; }

    public int Version { get; set; }

    public List<QuizQuestion> Questions { get; init; } = [];

    public static KnowledgeCheck Create(string? title, string? about, string skill, int? passMark, IReadOnlyList<QuizQuestion> questions, Guid by, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("check.title-required", "Give the check a title.", DomainErrorKind.Invalid, "title");
        }

        if (passMark is not (>= 1 and <= 100))
        {
            throw new DomainException("check.pass-mark", "The pass mark is a percentage from 1 to 100.", DomainErrorKind.Invalid, "passMark");
        }

        if (questions.Count is 0 or > MaxQuestions)
        {
            throw new DomainException("check.questions", $"A check has 1 to {MaxQuestions} questions.", DomainErrorKind.Invalid, "questions");
        }

        var check = new KnowledgeCheck
        {
            Title = title.Trim(), About = string.IsNullOrWhiteSpace(about) ? null : about.Trim(), Skill = skill, PassMark = passMark.Value, CreatedById = by,
            CreatedAt = now,
        };
        for (var i = 0; i < questions.Count; i++)
        {
            check.Questions.Add(QuizQuestion.Checked(check.Id, i + 1, questions[i], $"questions[{i}]"));
        }

        return check;
    }

    /// <summary>
    /// The paper for an attempt: the questions and, within each, the options in an order drawn from <paramref name="seed"/>
    /// (Fisher–Yates), so the same attempt shows the same order every time it is opened.
    /// </summary>
    public IReadOnlyList<(QuizQuestion Question, IReadOnlyList<QuizOption> Options)> Paper(int seed)
    {
        var random = new Random(seed);
        var questions = Shuffle(Questions.OrderBy(q => q.Position).ToList(), random);
        return [.. questions.Select(q => (q, (IReadOnlyList<QuizOption>)Shuffle(q.Options.OrderBy(o => o.Number).ToList(), random)))];
    }

    /// <summary>
    /// Marks answers (question id → option numbers chosen): a question is right when exactly its right options are
    /// chosen (no partial credit); a question left out is wrong. Answers to questions not in this check, options a question
    /// does not have, or several options on a single-choice question are refused.
    /// </summary>
    public QuizMark Mark(IReadOnlyList<(Guid QuestionId, IReadOnlyList<int> Chosen)> answers)
    {
        var seen = new HashSet<Guid>();
        var marked = new List<QuizAnswer>();
        for (var i = 0; i < answers.Count; i++)
        {
            var (questionId, chosen) = answers[i];
            var field = $"answers[{i}]";
            var question = Questions.Find(q => q.Id == questionId)
                ?? throw new DomainException("check.question-unknown", "This question is not in the check.", DomainErrorKind.Invalid, $"{field}.questionId");
            if (!seen.Add(questionId))
            {
                throw new DomainException("check.question-twice", "A question is answered once.", DomainErrorKind.Invalid, $"{field}.questionId");
            }

            var distinct = chosen.Distinct().Order().ToList();
            if (distinct.Exists(n => !question.Options.Exists(o => o.Number == n)))
            {
                throw new DomainException("check.option-unknown", "This option is not one of the question's.", DomainErrorKind.Invalid, $"{field}.options");
            }

            if (question.Kind == QuizQuestionKind.SingleChoice && distinct.Count > 1)
            {
                throw new DomainException("check.single-choice", "Choose one option for this question.", DomainErrorKind.Invalid, $"{field}.options");
            }

            var right = question.Options.Where(o => o.Correct).Select(o => o.Number).Order().ToList();
            marked.Add(new QuizAnswer(questionId, distinct, distinct.SequenceEqual(right)));
        }

        var correct = marked.Count(a => a.Correct);
        var percent = Math.Round(100m * correct / Questions.Count, 2);
        return new QuizMark(marked, correct, Questions.Count, percent, percent >= PassMark);
    }

    private static List<T> Shuffle<T>(List<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }
}

/// <summary>A question of a knowledge check with its options (the right ones marked; never sent before submission).</summary>
public sealed class QuizQuestion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CheckId { get; init; }

    public int Position { get; init; }

    public required string Text { get; init; }

    public QuizQuestionKind Kind { get; init; }

    public List<QuizOption> Options { get; init; } = [];

    /// <summary>A question as typed, checked: text, at least two options, one right option for single choice, at least one for multiple.</summary>
    public static QuizQuestion Checked(Guid checkId, int position, QuizQuestion typed, string field)
    {
        if (string.IsNullOrWhiteSpace(typed.Text))
        {
            throw new DomainException("check.question-text", "Write the question.", DomainErrorKind.Invalid, $"{field}.text");
        }

        var options = typed.Options;
        if (options.Count is < 2 or > KnowledgeCheck.MaxOptions || options.Exists(o => string.IsNullOrWhiteSpace(o.Text)))
        {
            throw new DomainException("check.options", $"A question has 2 to {KnowledgeCheck.MaxOptions} options, each with text.", DomainErrorKind.Invalid,
                $"{field}.options");
        }

        var right = options.Count(o => o.Correct);
        if (right == 0 || (typed.Kind == QuizQuestionKind.SingleChoice && right != 1))
        {
            throw new DomainException("check.right-options", typed.Kind == QuizQuestionKind.SingleChoice
                ? "Mark exactly one option right." : "Mark at least one option right.", DomainErrorKind.Invalid, $"{field}.options");
        }

        return new QuizQuestion
        {
            CheckId = checkId, Position = position, Text = typed.Text.Trim(), Kind = typed.Kind,
            Options = [.. options.Select((o, i) => new QuizOption(i + 1, o.Text.Trim(), o.Correct))],
        };
    }
}

/// <summary>The answer given to one question: the option numbers chosen and whether it was right.</summary>
public sealed record QuizAnswer(Guid QuestionId, IReadOnlyList<int> Chosen, bool Correct);

/// <summary>The mark of an attempt: answers, questions right of the total, the percentage and whether it reaches the pass mark.</summary>
public sealed record QuizMark(IReadOnlyList<QuizAnswer> Answers, int Correct, int Total, decimal Percent, bool Passed);

/// <summary>
/// One colleague's attempt at a check: started (the paper's order comes from <see cref="Seed"/>), then submitted once with
/// its mark. Resubmitting a finished attempt is refused (409).
/// </summary>
public sealed class KnowledgeCheckAttempt : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CheckId { get; init; }

    public Guid StaffId { get; init; }

    /// <summary>The plan activity this attempt is done for, when there is one.</summary>
    public Guid? ActivityId { get; init; }

    public int Seed { get; init; }

    public DateTime StartedAt { get; init; }

    public DateTime? SubmittedAt { get; private set; }

    public int? Correct { get; private set; }

    public int? Total { get; private set; }

    public decimal? Percent { get; private set; }

    public bool? Passed { get; private set; }

    public int Version { get; set; }

    public List<AttemptAnswer> Answers { get; init; } = [];

    public static KnowledgeCheckAttempt Start(KnowledgeCheck check, Guid staffId, Guid? activityId, int seed, DateTime now) =>
        check.IsActive
            ? new KnowledgeCheckAttempt { CheckId = check.Id, StaffId = staffId, ActivityId = activityId, Seed = seed, StartedAt = now }
            : throw new DomainException("check.retired", "This check is retired.", DomainErrorKind.Conflict);

    public QuizMark Submit(KnowledgeCheck check, Guid by, IReadOnlyList<(Guid QuestionId, IReadOnlyList<int> Chosen)> answers, DateTime now)
    {
        if (by != StaffId)
        {
            throw DomainException.NotFound("attempt");
        }

        if (SubmittedAt is not null)
        {
            throw new DomainException("check.submitted", "This attempt is already submitted; start a new attempt.", DomainErrorKind.Conflict);
        }

        var mark = check.Mark(answers);
        Answers.AddRange(mark.Answers.Select(a => new AttemptAnswer { QuestionId = a.QuestionId, Chosen = [.. a.Chosen], Correct = a.Correct }));
        (SubmittedAt, Correct, Total, Percent, Passed) = (now, mark.Correct, mark.Total, mark.Percent, mark.Passed);
        return mark;
    }
}

/// <summary>A submitted answer (typed columns: option numbers are small integers).</summary>
public sealed class AttemptAnswer
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid QuestionId { get; init; }

    public List<int> Chosen { get; init; } = [];

    public bool Correct { get; init; }
}
