using System.Globalization;
using Frontline.Domain.Platform.Calendar;

namespace Frontline.Web.Features.Cases;

/// <summary>Instants shown to staff in UK local time, e.g. <c>Mon 23 Nov 14:05</c>.</summary>
public static class UkTimeText
{
    public static string Format(DateTimeOffset? instant) =>
        instant is { } i ? UkTime.ToLocal(i).ToDateTimeUnspecified().ToString("ddd d MMM HH:mm", CultureInfo.GetCultureInfo("en-GB")) : "";
}
