using NodaTime;

namespace Frontline.Domain.Platform.Calendar;

/// <summary>
/// Conversions between instants and UK local time (Europe/London, from NodaTime's embedded TZDB so that
/// the answer does not depend on the machine's time-zone files).
/// </summary>
public static class UkTime
{
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static LocalDateTime ToLocal(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(London).LocalDateTime;

    public static DateOnly LocalDate(DateTimeOffset instant) => ToLocal(instant).Date.ToDateOnly();

    /// <summary>
    /// The instant of a UK local date and time. In the autumn overlap the earlier instant is taken;
    /// a time skipped in spring is moved forward (lenient), which is what a clock on the wall does.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time) =>
        NodaTime.LocalDate.FromDateOnly(date).At(LocalTime.FromTimeOnly(time)).InZoneLeniently(London).ToDateTimeOffset();
}
