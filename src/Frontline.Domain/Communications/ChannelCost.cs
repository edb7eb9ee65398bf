using Frontline.Domain.Platform;

namespace Frontline.Domain.Communications;

/// <summary>A channel's configured costs, in pence: staff cost per hour, technology per month and per contact, postage per contact.</summary>
public sealed record ChannelCosts(long StaffPencePerHour, long TechnologyPencePerMonth, long TechnologyPencePerContact, long PostagePencePerContact)
{
    public void Validate()
    {
        if (StaffPencePerHour < 0 || TechnologyPencePerMonth < 0 || TechnologyPencePerContact < 0 || PostagePencePerContact < 0)
        {
            throw new DomainException("channel.costs", "Costs cannot be negative.", DomainErrorKind.Invalid, "costs");
        }
    }
}

/// <summary>
/// Cost per contact (CC26 1.1): average handling time × staff cost per hour + per-contact costs (technology and postage)
/// + the monthly technology cost spread over the contacts of the period (months × monthly cost ÷ volume). Computed in
/// whole pence, rounded half away from zero; no contacts means no cost per contact (null), not a division by zero.
/// </summary>
public static class ChannelCost
{
    public static long? CostPerContactPence(ChannelCosts costs, long contacts, long handlingSeconds, decimal months)
    {
        ArgumentNullException.ThrowIfNull(costs);
        costs.Validate();
        if (contacts < 0 || handlingSeconds < 0 || months < 0)
        {
            throw new DomainException("channel.figures", "Volumes, handling time and months cannot be negative.", DomainErrorKind.Invalid);
        }

        if (contacts == 0)
        {
            return null;
        }

        var staff = (decimal)handlingSeconds / contacts / 3600m * costs.StaffPencePerHour;
        var fixedShare = months * costs.TechnologyPencePerMonth / contacts;
        var total = staff + costs.TechnologyPencePerContact + costs.PostagePencePerContact + fixedShare;
        return (long)Math.Round(total, MidpointRounding.AwayFromZero);
    }
}
