using Frontline.Domain.Platform;

namespace Frontline.Domain.Complaints;

/// <summary>The organisation's adjustments to a rule pack (the conventions the regulations leave open).</summary>
public sealed class RulePackSetting : IVersioned
{
    public required string PackId { get; init; }

    public ReceiptConvention ReceiptOnNonBusinessDay { get; set; }

    public TimeOnly CloseOfBusiness { get; set; } = new(17, 30);

    public required string Division { get; set; }

    /// <summary>The organisation pack's own periods (ignored for regulatory packs).</summary>
    public int? SummaryResolutionBusinessDays { get; set; }

    public int? FinalResponseCalendarDays { get; set; }

    public int Version { get; set; }
}

/// <summary>Centre-wide complaint settings: the default pack and the expected volume the dashboard compares against.</summary>
public sealed class ComplaintSettings : IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;

    public string DefaultRulePackId { get; set; } = RulePack.FcaDisp;

    /// <summary>"customers" or "contacts": what the expected rate is per 1,000 of.</summary>
    public string ExpectedBasis { get; set; } = "customers";

    public decimal ExpectedRatePerThousand { get; set; } = 5m;

    /// <summary>± percent around the expected volume inside which the actual volume is not flagged.</summary>
    public decimal TolerancePercent { get; set; } = 20m;

    public int Version { get; set; }
}
