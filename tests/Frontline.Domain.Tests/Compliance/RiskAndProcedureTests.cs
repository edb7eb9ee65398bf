using Frontline.Domain.Compliance;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Compliance;

public sealed class RiskAndProcedureTests
{
    private static readonly DateOnly Day = new(2026, 12, 1);

    [Theory]
    [InlineData(1, 1, RiskRating.Low)]
    [InlineData(2, 2, RiskRating.Low)]
    [InlineData(1, 5, RiskRating.Medium)]
    [InlineData(3, 3, RiskRating.Medium)]
    [InlineData(2, 5, RiskRating.High)]
    [InlineData(4, 4, RiskRating.High)]
    [InlineData(4, 5, RiskRating.Severe)]
    [InlineData(5, 5, RiskRating.Severe)]
    public void RiskScore_IsLikelihoodTimesImpact_Banded(int likelihood, int impact, RiskRating rating)
    {
        var risk = new RiskAssessment("harm", 5, 5, likelihood, impact, "why");
        risk.Validate();
        risk.ResidualScore.ShouldBe(likelihood * impact);
        RiskAssessment.Rate(risk.ResidualScore).ShouldBe(rating);
    }

    [Theory]
    [InlineData(0, 3, 1, 1, "inherentLikelihood")]
    [InlineData(3, 6, 1, 1, "inherentImpact")]
    [InlineData(3, 3, -1, 1, "residualLikelihood")]
    [InlineData(3, 3, 1, 9, "residualImpact")]
    [InlineData(2, 2, 3, 3, "residualLikelihood")] // residual above inherent
    public void Risk_OutsideOneToFive_OrResidualAboveInherent_IsRefused(int il, int ii, int rl, int ri, string field) =>
        Should.Throw<DomainException>(() => new RiskAssessment("harm", il, ii, rl, ri, "why").Validate()).Field.ShouldBe(field);

    [Fact]
    public void AssessRisk_KeepsADatedChange()
    {
        var r = new Requirement { Title = "t", Source = "s", Citation = "c", Summary = "s", CustomerEffect = "c", ColleagueEffect = "a" };
        var at = new DateTime(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);
        var change = r.AssessRisk(new RiskAssessment("Fines", 4, 5, 2, 5, "Controls tested"), null, at);
        change.AssessedAt.ShouldBe(at);
        change.ResidualImpact.ShouldBe(5);
        r.ResidualScore.ShouldBe(10);
        r.InherentScore.ShouldBe(20);
    }

    private static Breach Formal(BreachRoute route, Guid agent)
    {
        var now = new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);
        var b = Breach.Record(Guid.NewGuid(), [agent], now, now, BreachDetection.Audit, null, "what happened", BreachSeverity.High, false, null, now);
        b.ChooseRoute(route, null, now);
        return b;
    }

    [Fact]
    public void Disciplinary_StagesFollowTheAcasOrder()
    {
        var agent = Guid.NewGuid();
        var b = Formal(BreachRoute.Disciplinary, agent);
        var none = new HashSet<Guid> { agent };
        foreach (var early in new[] { ProcedureStage.WrittenNotice, ProcedureStage.Meeting, ProcedureStage.Decision, ProcedureStage.Appeal, ProcedureStage.WrittenGrievance })
        {
            Should.Throw<DomainException>(() => b.RecordStage(new ProcedureStep(early, Day, "n"), none, DateTime.UtcNow)).Code.ShouldBe("procedure.out-of-order");
        }

        b.RecordStage(new ProcedureStep(ProcedureStage.Investigation, Day, "findings"), none, DateTime.UtcNow);
        FormalProcedure.Next(b.Route, b.Procedure).ShouldBe(ProcedureStage.WrittenNotice);
        Should.Throw<DomainException>(() => b.RecordStage(new ProcedureStep(ProcedureStage.WrittenNotice, Day.AddDays(-1), "letter"), none, DateTime.UtcNow))
            .Field.ShouldBe("on");
        b.RecordStage(new ProcedureStep(ProcedureStage.WrittenNotice, Day.AddDays(1), "letter"), none, DateTime.UtcNow);
        Should.Throw<DomainException>(() => b.RecordStage(new ProcedureStep(ProcedureStage.Meeting, Day.AddDays(5), " "), none, DateTime.UtcNow)).Field.ShouldBe("notes");
        b.RecordStage(new ProcedureStep(ProcedureStage.Meeting, Day.AddDays(5), "notes", "A. Rep (union)"), none, DateTime.UtcNow);
        Should.Throw<DomainException>(() => b.Close(DateTime.UtcNow)).Code.ShouldBe("breach.procedure-open");
        Should.Throw<DomainException>(() => b.RecordStage(new ProcedureStep(ProcedureStage.Decision, Day.AddDays(6), null, Outcome: ProcedureOutcome.NoAction),
            none, DateTime.UtcNow)).Field.ShouldBe("reasons");
        Should.Throw<DomainException>(() => b.RecordStage(new ProcedureStep(ProcedureStage.Decision, Day.AddDays(6), null, Outcome: ProcedureOutcome.FirstWrittenWarning,
            Reasons: "r", WarningExpiresOn: Day.AddDays(6)), none, DateTime.UtcNow)).Field.ShouldBe("warningExpiresOn");
        b.RecordStage(new ProcedureStep(ProcedureStage.Decision, Day.AddDays(6), null, Outcome: ProcedureOutcome.FirstWrittenWarning, Reasons: "r",
            WarningExpiresOn: Day.AddMonths(6)), none, DateTime.UtcNow);
        Should.Throw<DomainException>(() => b.RecordStage(new ProcedureStep(ProcedureStage.Appeal, Day.AddDays(9), null, Outcome: ProcedureOutcome.Upheld, Reasons: "r",
            HeardById: agent), none, DateTime.UtcNow)).Field.ShouldBe("heardById");
        b.RecordStage(new ProcedureStep(ProcedureStage.Appeal, Day.AddDays(9), null, Outcome: ProcedureOutcome.NotUpheld, Reasons: "r", HeardById: Guid.NewGuid()),
            none, DateTime.UtcNow);
        FormalProcedure.Next(b.Route, b.Procedure).ShouldBeNull();
        Should.Throw<DomainException>(() => b.ChooseRoute(BreachRoute.Coaching, null, DateTime.UtcNow)).Code.ShouldBe("breach.route-fixed");
        b.Close(DateTime.UtcNow);
        b.Status.ShouldBe(BreachStatus.Closed);
    }

    [Fact]
    public void Grievance_StartsWithTheWrittenGrievance_DecisionIsAFinding()
    {
        var agent = Guid.NewGuid();
        var b = Formal(BreachRoute.Grievance, agent);
        var none = new HashSet<Guid> { agent };
        Should.Throw<DomainException>(() => b.RecordStage(new ProcedureStep(ProcedureStage.Investigation, Day, "n"), none, DateTime.UtcNow)).Field.ShouldBe("stage");
        b.RecordStage(new ProcedureStep(ProcedureStage.WrittenGrievance, Day, "The breach was handled in front of the team."), none, DateTime.UtcNow);
        b.RecordStage(new ProcedureStep(ProcedureStage.Meeting, Day, "Heard", "B. Colleague"), none, DateTime.UtcNow);
        Should.Throw<DomainException>(() => b.RecordStage(new ProcedureStep(ProcedureStage.Decision, Day, null, Outcome: ProcedureOutcome.Dismissal, Reasons: "r"), none,
            DateTime.UtcNow)).Field.ShouldBe("outcome");
        b.RecordStage(new ProcedureStep(ProcedureStage.Decision, Day, null, Outcome: ProcedureOutcome.PartlyUpheld, Reasons: "Apology given"), none, DateTime.UtcNow);
        b.IsConfidential.ShouldBeTrue();
    }

    [Fact]
    public void PersonalDataBreach_IcoDue72HoursFromAwareness_CountsDown()
    {
        var found = new DateTime(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);
        var b = Breach.Record(null, [], found.AddDays(-2), found, BreachDetection.SystemCheck, null, "Letter to the wrong address", BreachSeverity.High, true, null,
            found.AddHours(1));
        b.IcoNotificationDueAt.ShouldBe(found.AddHours(72));
        b.IcoTimeLeft(found.AddHours(70)).ShouldBe(TimeSpan.FromHours(2));
        b.IcoTimeLeft(found.AddHours(73)).ShouldBe(TimeSpan.FromHours(-1));
        b.IcoNotifiedAt = found.AddHours(20);
        b.IcoTimeLeft(found.AddHours(73)).ShouldBeNull();
    }
}
