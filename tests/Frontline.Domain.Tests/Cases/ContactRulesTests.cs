using Frontline.Domain.Cases;

namespace Frontline.Domain.Tests.Cases;

public sealed class ContactRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Check_TimingsInOrder_NoErrors()
    {
        ContactRules.Check("phone", "inbound", Now.AddMinutes(-10), Now.AddMinutes(-9), Now.AddMinutes(-3), Now.AddMinutes(-1), "resolved", Now)
            .ShouldBeEmpty();
    }

    [Fact]
    public void Check_AnsweredBeforeOffered_NamesAnsweredAt()
    {
        ContactRules.Check("phone", "inbound", Now.AddMinutes(-10), Now.AddMinutes(-11), null, null, null, Now)
            .Select(e => e.Field).ShouldBe(["answeredAt"]);
    }

    [Fact]
    public void Check_WrapUpBeforeEnd_AndFutureEnd_AreBothReported()
    {
        var errors = ContactRules.Check("chat", "outbound", null, null, Now.AddHours(2), Now.AddHours(1), null, Now);
        errors.Select(e => e.Field).ShouldBe(["endedAt", "wrapEndedAt", "wrapEndedAt"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("fax", "inbound", "channel")]
    [InlineData("phone", "sideways", "direction")]
    public void Check_UnknownCodes_AreRefused(string channel, string direction, string field)
    {
        ContactRules.Check(channel, direction, null, null, null, null, null, Now).Single().Field.ShouldBe(field);
    }

    [Theory]
    [InlineData("Resolved")]
    [InlineData("has space")]
    [InlineData("")]
    public void Check_MalformedOutcome_IsRefused(string outcome)
    {
        ContactRules.Check("email", "inbound", null, null, null, null, outcome, Now).Single().Field.ShouldBe("outcome");
    }

    [Fact]
    public void Channels_AreTheSixOfTheBrief()
    {
        ContactChannels.All.ShouldBe(["phone", "email", "chat", "letter", "social", "face-to-face"]);
    }
}
