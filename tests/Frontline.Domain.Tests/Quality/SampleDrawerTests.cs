using Frontline.Domain.Quality.Sampling;

namespace Frontline.Domain.Tests.Quality;

public sealed class SampleDrawerTests
{
    private static readonly Guid Plan = Guid.Parse("0195a6c0-0000-7000-8000-000000000001");
    private static readonly Guid[] Agents = Enumerable.Range(1, 5).Select(i => Guid.Parse($"0195a6c0-0000-7000-8000-0000000001{i:D2}")).ToArray();
    private static readonly Guid[] Evaluators = Enumerable.Range(1, 3).Select(i => Guid.Parse($"0195a6c0-0000-7000-8000-0000000002{i:D2}")).ToArray();

    private static Dictionary<Guid, IReadOnlyCollection<Guid>> Candidates(int perAgent, int seed = 7)
    {
        var random = new Random(seed);
        return Agents.ToDictionary(a => a, _ => (IReadOnlyCollection<Guid>)Enumerable.Range(0, perAgent).Select(_ =>
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }).ToList());
    }

    private static Dictionary<Guid, int> Wanted(int each) => Agents.ToDictionary(a => a, _ => each);

    [Fact]
    public void SameSeed_SameSample_WhateverTheOrderCandidatesArriveIn()
    {
        var candidates = Candidates(40);
        var seed = SampleDrawer.SeedFor(Plan, new DateOnly(2026, 3, 2));
        var first = SampleDrawer.Draw(seed, Wanted(4), candidates, Evaluators);
        var shuffled = candidates.Reverse().ToDictionary(c => c.Key, c => (IReadOnlyCollection<Guid>)c.Value.Reverse().ToList());
        var second = SampleDrawer.Draw(seed, Wanted(4), shuffled, Evaluators.Reverse().ToList());
        second.Assignments.ShouldBe(first.Assignments);
        first.Assignments.Count.ShouldBe(20);
        first.Assignments.GroupBy(a => a.AgentId).ShouldAllBe(g => g.Count() == 4);
        first.Assignments.ShouldAllBe(a => candidates[a.AgentId].Contains(a.ContactId));
        first.Assignments.Select(a => a.ContactId).Distinct().Count().ShouldBe(20);
    }

    [Fact]
    public void Seed_IsStableForPlanAndPeriod_AndDiffersOtherwise()
    {
        SampleDrawer.SeedFor(Plan, new DateOnly(2026, 3, 2)).ShouldBe(SampleDrawer.SeedFor(Plan, new DateOnly(2026, 3, 2)));
        SampleDrawer.SeedFor(Plan, new DateOnly(2026, 3, 9)).ShouldNotBe(SampleDrawer.SeedFor(Plan, new DateOnly(2026, 3, 2)));
        SampleDrawer.SeedFor(Plan, new DateOnly(2026, 3, 2)).ShouldBeGreaterThanOrEqualTo(0);
        var candidates = Candidates(40);
        var a = SampleDrawer.Draw(SampleDrawer.SeedFor(Plan, new DateOnly(2026, 3, 2)), Wanted(4), candidates, Evaluators);
        var b = SampleDrawer.Draw(SampleDrawer.SeedFor(Plan, new DateOnly(2026, 3, 9)), Wanted(4), candidates, Evaluators);
        b.Assignments.Select(x => x.ContactId).ShouldNotBe(a.Assignments.Select(x => x.ContactId));
    }

    [Fact]
    public void TooFewQualifyingContacts_PersonGetsAll_AndTheShortfallIsShown()
    {
        var candidates = Candidates(10);
        candidates[Agents[1]] = candidates[Agents[1]].Take(2).ToList();
        candidates.Remove(Agents[2]);
        var result = SampleDrawer.Draw(42, Wanted(3), candidates, Evaluators);
        result.Assignments.Count(a => a.AgentId == Agents[1]).ShouldBe(2);
        result.Assignments.Where(a => a.AgentId == Agents[1]).Select(a => a.ContactId).ShouldBe(candidates[Agents[1]], ignoreOrder: true);
        result.Assignments.Count(a => a.AgentId == Agents[2]).ShouldBe(0);
        result.Shortfalls.ShouldBe([new Shortfall(Agents[1], 3, 2), new Shortfall(Agents[2], 3, 0)], ignoreOrder: true);
        result.Assignments.Count.ShouldBe(3 + 2 + 0 + 3 + 3);
    }

    [Fact]
    public void Evaluators_AreSpreadEvenly_AndNeverEvaluateThemselves()
    {
        var evaluatorWhoIsAgent = new[] { Agents[0], Evaluators[0], Evaluators[1] };
        var result = SampleDrawer.Draw(99, Wanted(6), Candidates(20), evaluatorWhoIsAgent);
        result.Assignments.ShouldNotContain(a => a.AgentId == a.EvaluatorId);
        var load = result.Assignments.GroupBy(a => a.EvaluatorId).Select(g => g.Count()).ToList();
        (load.Max() - load.Min()).ShouldBeLessThanOrEqualTo(1);
        load.Sum().ShouldBe(30);
    }

    [Fact]
    public void Sample_IsUniformEnough_EveryCandidateCanBePicked()
    {
        // Over many periods every one of 10 candidates is picked, each roughly 3 times in 10 (no modulo bias or stuck slots).
        var agent = Agents[0];
        var pool = Enumerable.Range(1, 10).Select(i => Guid.Parse($"0195a6c0-0000-7000-8000-0000000003{i:D2}")).ToList();
        var counts = pool.ToDictionary(c => c, _ => 0);
        for (var week = 0; week < 2000; week++)
        {
            var seed = SampleDrawer.SeedFor(Plan, new DateOnly(2026, 1, 5).AddDays(7 * week));
            foreach (var a in SampleDrawer.Draw(seed, new Dictionary<Guid, int> { [agent] = 3 },
                new Dictionary<Guid, IReadOnlyCollection<Guid>> { [agent] = pool }, Evaluators).Assignments)
            {
                counts[a.ContactId]++;
            }
        }

        counts.Values.ShouldAllBe(c => c > 480 && c < 720);
    }

    [Theory]
    [InlineData(1, 0, "2026-03-02", "2026-03-02", 3)]
    [InlineData(4, 2, "2026-03-02", "2026-02-16", 5)]
    [InlineData(4, 2, "2026-03-16", "2026-02-16", 3)]
    [InlineData(4, 2, "2026-03-09", "2026-02-16", 5)]
    public void NewStarters_GetExtraSamples_InTheirFirstWeeks(int weeks, int extra, string periodStart, string startedOn, int expected)
    {
        var plan = new SamplingPlan { Name = "p", PerPersonPerPeriod = 3, NewStarterWeeks = weeks, NewStarterExtra = extra };
        plan.WantedFor(DateOnly.Parse(startedOn), DateOnly.Parse(periodStart)).ShouldBe(expected);
    }

    [Fact]
    public void Periods_StartOnMondayOrTheFirst()
    {
        var weekly = new SamplingPlan { Name = "w", Period = SamplingPeriod.Week };
        weekly.PeriodFrom(new DateOnly(2026, 3, 2)).ShouldBe((new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9)));
        Should.Throw<Frontline.Domain.Platform.DomainException>(() => weekly.PeriodFrom(new DateOnly(2026, 3, 3)));
        weekly.PeriodContaining(new DateOnly(2026, 3, 8)).ShouldBe(new DateOnly(2026, 3, 2));
        var monthly = new SamplingPlan { Name = "m", Period = SamplingPeriod.Month };
        monthly.PeriodFrom(new DateOnly(2026, 2, 1)).ShouldBe((new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)));
        Should.Throw<Frontline.Domain.Platform.DomainException>(() => monthly.PeriodFrom(new DateOnly(2026, 2, 2)));
    }
}
