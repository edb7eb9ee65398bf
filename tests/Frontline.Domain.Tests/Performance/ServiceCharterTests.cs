using Frontline.Domain.Cases;
using Frontline.Domain.Performance;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Performance;

/// <summary>The charter's rules (objectives are measurable, aims are not measured directly) and which case service target applies.</summary>
public sealed class ServiceCharterTests
{
    private static readonly Guid Kpi = Guid.CreateVersion7();

    [Theory]
    [InlineData(CharterKind.Objective, false, "kpiIds")] // an objective is measurable
    [InlineData(CharterKind.Aim, true, "kpiIds")] // an aim is measured through its objectives
    public void Validated_RefusesAnUnmeasurableObjectiveAndAMeasuredAim(CharterKind kind, bool withKpi, string field)
    {
        var error = Should.Throw<DomainException>(() => new CharterDefinition(kind, "Prompt answers", "We answer promptly", withKpi ? [Kpi] : [], null).Validated());
        error.Field.ShouldBe(field);
    }

    [Theory]
    [InlineData(CharterKind.Objective, true)]
    [InlineData(CharterKind.Offer, true)]
    [InlineData(CharterKind.Offer, false)] // an offer may be made before a KPI measures it
    [InlineData(CharterKind.Aim, false)]
    public void Validated_AcceptsTheRest_TrimmedAndWithoutRepeatedKpis(CharterKind kind, bool withKpi)
    {
        var valid = new CharterDefinition(kind, "  Calls ", " We answer 80 % of calls within 20 seconds ", withKpi ? [Kpi, Kpi] : [], null).Validated();
        valid.Title.ShouldBe("Calls");
        valid.Statement.ShouldBe("We answer 80 % of calls within 20 seconds");
        valid.KpiIds.Count.ShouldBe(withKpi ? 1 : 0);
    }

    [Theory]
    [InlineData("", "statement", "title")]
    [InlineData("Title", " ", "statement")]
    public void Validated_NeedsATitleAndAStatement(string title, string statement, string field) =>
        Should.Throw<DomainException>(() => new CharterDefinition(CharterKind.Offer, title, statement, [], null).Validated()).Field.ShouldBe(field);

    private static readonly CaseServiceTarget[] Targets =
    [
        CaseServiceTarget.Create(null, CasePriority.Normal, 510, 1530, Guid.Empty, DateTime.UnixEpoch),
        CaseServiceTarget.Create(null, CasePriority.Urgent, 60, 240, Guid.Empty, DateTime.UnixEpoch),
        CaseServiceTarget.Create("fraud", CasePriority.Urgent, 30, 60, Guid.Empty, DateTime.UnixEpoch),
    ];

    [Theory]
    [InlineData("billing", CasePriority.Normal, 1530)] // the priority's default
    [InlineData("fraud", CasePriority.Normal, 1530)] // fraud has no normal override: the default
    [InlineData("fraud", CasePriority.Urgent, 60)] // the category's own target wins
    [InlineData("billing", CasePriority.Urgent, 240)]
    public void For_TheCategorysOwnTargetElseThePriorityDefault(string category, CasePriority priority, long resolution) =>
        CaseServiceTargetRules.For(category, priority, Targets).ResolutionMinutes.ShouldBe(resolution);

    [Theory]
    [InlineData(0, 60, "firstResponseMinutes")]
    [InlineData(60, 0, "resolutionMinutes")]
    [InlineData(120, 60, "firstResponseMinutes")] // first response after resolution
    [InlineData(60, CaseServiceTarget.MaxMinutes + 1, "resolutionMinutes")]
    public void Set_RefusesTargetsOutOfRangeOrOutOfOrder(long first, long resolution, string field) =>
        Should.Throw<DomainException>(() => CaseServiceTarget.Create(null, CasePriority.Low, first, resolution, Guid.Empty, DateTime.UnixEpoch)).Field.ShouldBe(field);

    [Fact]
    public void CheckedComment_NeedsText() =>
        Should.Throw<DomainException>(() => KpiReview.CheckedComment("  ")).Field.ShouldBe("comment");
}
