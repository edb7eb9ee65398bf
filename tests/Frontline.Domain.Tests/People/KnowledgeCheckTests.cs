using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.People;

/// <summary>Quiz scoring: all-or-nothing per question, the pass mark's edge, refused answers, one submission, a stable shuffle.</summary>
public sealed class KnowledgeCheckTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);

    private static QuizQuestion Q(string text, QuizQuestionKind kind, params (string Text, bool Correct)[] options) =>
        new() { Text = text, Kind = kind, Options = [.. options.Select((o, i) => new QuizOption(i + 1, o.Text, o.Correct))] };

    /// <summary>Four questions: single (right = 2), multiple (right = 1 and 3), single (right = 1), single (right = 3); pass mark 75%.</summary>
    private static KnowledgeCheck Check(int passMark = 75) => KnowledgeCheck.Create("ID&V", "Before account actions", "idv-security", passMark,
    [
        Q("When is a caller verified?", QuizQuestionKind.SingleChoice, ("After one answer", false), ("After the policy's checks pass", true), ("Never", false)),
        Q("Which are security details?", QuizQuestionKind.MultipleChoice, ("Date of birth", true), ("Favourite colour", false), ("Postcode", true)),
        Q("May you read back a full card number?", QuizQuestionKind.SingleChoice, ("No", true), ("Yes", false)),
        Q("Who can change an address?", QuizQuestionKind.SingleChoice, ("Anyone", false), ("A third party", false), ("The verified customer", true)),
    ], Guid.NewGuid(), Now);

    private static (Guid, IReadOnlyList<int>) A(KnowledgeCheck c, int question, params int[] chosen) => (c.Questions[question].Id, chosen);

    [Fact]
    public void Mark_AllRight_Passes_WithFullMarks()
    {
        var c = Check();
        var mark = c.Mark([A(c, 0, 2), A(c, 1, 3, 1), A(c, 2, 1), A(c, 3, 3)]);
        (mark.Correct, mark.Total, mark.Percent, mark.Passed).ShouldBe((4, 4, 100m, true));
    }

    [Fact]
    public void Mark_MultipleChoice_NoPartialCredit_MissingAnswerIsWrong_PassMarkEdgeIsAPass()
    {
        var c = Check();
        // Only one of the two right options, and question 4 left out: 2 of 4 = 50%.
        var partial = c.Mark([A(c, 0, 2), A(c, 1, 1), A(c, 2, 1)]);
        (partial.Correct, partial.Percent, partial.Passed).ShouldBe((2, 50m, false));
        partial.Answers.Single(a => a.QuestionId == c.Questions[1].Id).Correct.ShouldBeFalse();
        // An extra wrong option on a multiple-choice question is wrong too; 3 of 4 = 75% meets a 75% pass mark.
        var extra = c.Mark([A(c, 0, 2), A(c, 1, 1, 2, 3), A(c, 2, 1), A(c, 3, 3)]);
        (extra.Correct, extra.Percent, extra.Passed).ShouldBe((3, 75m, true));
    }

    [Fact]
    public void Mark_JustUnderThePassMark_Fails()
    {
        var c = Check(76);
        var mark = c.Mark([A(c, 0, 2), A(c, 1, 1, 3), A(c, 2, 1), A(c, 3, 1)]);
        (mark.Percent, mark.Passed).ShouldBe((75m, false));
    }

    [Fact]
    public void Mark_RefusesQuestionsNotInTheCheck_UnknownOptions_SeveralOnSingleChoice_AndTheSameQuestionTwice()
    {
        var c = Check();
        Should.Throw<DomainException>(() => c.Mark([(Guid.NewGuid(), [1])])).Field.ShouldBe("answers[0].questionId");
        Should.Throw<DomainException>(() => c.Mark([A(c, 0, 2), A(c, 2, 9)])).Field.ShouldBe("answers[1].options");
        Should.Throw<DomainException>(() => c.Mark([A(c, 0, 1, 2)])).Code.ShouldBe("check.single-choice");
        Should.Throw<DomainException>(() => c.Mark([A(c, 0, 2), A(c, 0, 2)])).Code.ShouldBe("check.question-twice");
    }

    [Fact]
    public void Create_RefusesBadQuestions_AndPassMarksOutsideOneToHundred()
    {
        Should.Throw<DomainException>(() => KnowledgeCheck.Create("x", null, "general", 0, [Q("q", QuizQuestionKind.SingleChoice, ("a", true), ("b", false))], Guid.Empty, Now))
            .Field.ShouldBe("passMark");
        Should.Throw<DomainException>(() => KnowledgeCheck.Create("x", null, "general", 50, [Q("q", QuizQuestionKind.SingleChoice, ("a", true), ("b", true))], Guid.Empty, Now))
            .Field.ShouldBe("questions[0].options");
        Should.Throw<DomainException>(() => KnowledgeCheck.Create("x", null, "general", 50, [Q("q", QuizQuestionKind.MultipleChoice, ("a", false), ("b", false))], Guid.Empty, Now))
            .Code.ShouldBe("check.right-options");
        Should.Throw<DomainException>(() => KnowledgeCheck.Create("x", null, "general", 50, [Q("q", QuizQuestionKind.SingleChoice, ("a", true))], Guid.Empty, Now))
            .Code.ShouldBe("check.options");
        Should.Throw<DomainException>(() => KnowledgeCheck.Create("x", null, "general", 50, [], Guid.Empty, Now)).Field.ShouldBe("questions");
    }

    [Fact]
    public void Paper_SameSeed_SameOrder_AndEveryQuestionAndOptionOnce_SomeSeedsDiffer()
    {
        var c = Check();
        var first = c.Paper(42).Select(p => (p.Question.Id, string.Join(',', p.Options.Select(o => o.Number)))).ToList();
        c.Paper(42).Select(p => (p.Question.Id, string.Join(',', p.Options.Select(o => o.Number)))).ShouldBe(first);
        first.Select(p => p.Id).Order().ShouldBe(c.Questions.Select(q => q.Id).Order());
        c.Paper(42).ShouldAllBe(p => p.Options.Select(o => o.Number).Order().SequenceEqual(Enumerable.Range(1, p.Options.Count)));
        // Across many seeds the first question is not always the same one: the paper is shuffled.
        Enumerable.Range(0, 50).Select(s => c.Paper(s)[0].Question.Id).Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Attempt_SubmittedOnce_ByTheColleagueOnly_RetiredCheckRefusesNewAttempts()
    {
        var c = Check();
        var me = Guid.NewGuid();
        var attempt = KnowledgeCheckAttempt.Start(c, me, null, 7, Now);
        Should.Throw<DomainException>(() => attempt.Submit(c, Guid.NewGuid(), [A(c, 0, 2)], Now)).Kind.ShouldBe(DomainErrorKind.NotFound);
        var mark = attempt.Submit(c, me, [A(c, 0, 2)], Now.AddMinutes(5));
        (attempt.Passed, attempt.Percent, attempt.SubmittedAt).ShouldBe((false, 25m, Now.AddMinutes(5)));
        mark.Answers.Count.ShouldBe(1);
        Should.Throw<DomainException>(() => attempt.Submit(c, me, [A(c, 0, 2)], Now)).Kind.ShouldBe(DomainErrorKind.Conflict);
        c.IsActive = false;
        Should.Throw<DomainException>(() => KnowledgeCheckAttempt.Start(c, me, null, 1, Now)).Code.ShouldBe("check.retired");
    }
}
