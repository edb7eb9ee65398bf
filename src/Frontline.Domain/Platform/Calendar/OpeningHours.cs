namespace Frontline.Domain.Platform.Calendar;

/// <summary>
/// The centre's opening hours on a business day, in UK local time. Business minutes and service
/// targets in business hours count only inside [<see cref="Opens"/>, <see cref="Closes"/>).
/// </summary>
public sealed record OpeningHours(TimeOnly Opens, TimeOnly Closes)
{
    public static readonly OpeningHours Default = new(new TimeOnly(9, 0), new TimeOnly(17, 30));

    public int MinutesPerDay => (int)(Closes - Opens).TotalMinutes;
}
