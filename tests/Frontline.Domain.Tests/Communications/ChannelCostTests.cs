using Frontline.Domain.Communications;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Tests.Communications;

/// <summary>Cost per contact = handling time × staff cost per hour + per-contact cost + monthly cost ÷ volume.</summary>
public sealed class ChannelCostTests
{
    [Theory]
    // Phone: 1,000 calls of 6 minutes at £18/hour = 180p each; 5p per call; £2,000 a month ÷ 1,000 = 200p: 385p.
    [InlineData(1800, 200_000, 5, 0, 1000, 360_000, 1, 385)]
    // Letters: 200 letters of 15 minutes at £18/hour = 450p; postage 85p; no monthly cost: 535p.
    [InlineData(1800, 0, 0, 85, 200, 180_000, 1, 535)]
    // Web chat over a quarter: 3 × £1,500 ÷ 9,000 chats = 50p; 4 minutes at £15/hour = 100p; 2p per chat: 152p.
    [InlineData(1500, 150_000, 2, 0, 9000, 2_160_000, 3, 152)]
    // Rounds half away from zero: 1 contact of 1 second at 1,800p/hour = 0.5p.
    [InlineData(1800, 0, 0, 0, 1, 1, 1, 1)]
    public void CostPerContact_FollowsTheFormula(long staff, long monthly, long perContact, long postage, long contacts, long seconds, int months, long expected) =>
        ChannelCost.CostPerContactPence(new ChannelCosts(staff, monthly, perContact, postage), contacts, seconds, months).ShouldBe(expected);

    [Fact]
    public void NoContacts_NoCostPerContact_NegativeCostsRefused()
    {
        ChannelCost.CostPerContactPence(new ChannelCosts(1800, 100_000, 0, 0), 0, 0, 1).ShouldBeNull();
        Should.Throw<DomainException>(() => ChannelCost.CostPerContactPence(new ChannelCosts(-1, 0, 0, 0), 10, 60, 1)).Field.ShouldBe("costs");
    }
}
