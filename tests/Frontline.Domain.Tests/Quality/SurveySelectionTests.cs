using Frontline.Domain.Platform;
using Frontline.Domain.Quality.Feedback;

namespace Frontline.Domain.Tests.Quality;

public sealed class SurveySelectionTests
{
    private static Survey WithShare(int percent) => new() { Name = "s", InvitePercent = percent };

    [Fact]
    public void Share_IsAboutThePercentage_AndTheSameRecordIsAlwaysChosenTheSameWay()
    {
        var ids = Enumerable.Range(0, 20_000).Select(_ => Guid.NewGuid()).ToList();
        var survey = WithShare(20);
        var chosen = ids.Where(survey.Selects).ToList();
        ((double)chosen.Count / ids.Count).ShouldBeInRange(0.18, 0.22);
        ids.Where(survey.Selects).ShouldBe(chosen);
        ids.All(WithShare(100).Selects).ShouldBeTrue();
        // A larger share includes every record a smaller one chose (the bucket is the record's, not the run's).
        chosen.All(WithShare(50).Selects).ShouldBeTrue();
    }

    [Theory]
    [InlineData(0, 30, "invitePercent")]
    [InlineData(101, 30, "invitePercent")]
    [InlineData(100, -1, "quietDays")]
    [InlineData(100, 366, "quietDays")]
    public void AutomaticSettings_OutOfRange_AreRefused(int percent, int quietDays, string field) =>
        Should.Throw<DomainException>(() => Survey.CheckAutomatic(percent, quietDays)).Field.ShouldBe(field);

    [Fact]
    public void LinkExpiry_IsWholeSeconds_LinkValidDaysLater()
    {
        var now = new DateTime(2026, 3, 10, 12, 0, 0, 123, DateTimeKind.Utc);
        var expiry = new Survey { Name = "s", LinkValidDays = 14 }.LinkExpiry(now);
        expiry.ShouldBe(new DateTime(2026, 3, 24, 12, 0, 0, DateTimeKind.Utc));
    }
}
