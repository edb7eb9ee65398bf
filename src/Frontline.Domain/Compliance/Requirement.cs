using Frontline.Domain.Platform;

namespace Frontline.Domain.Compliance;

/// <summary>The kind of rule a requirement is (CC32 4.1).</summary>
public enum RequirementType
{
    Legislation,
    Regulation,
    CodeOfPractice,
    Standard,
    OrganisationalProcedure,
}

public enum RequirementStatus
{
    Active,
    UnderReview,
    Retired,
}

/// <summary>What in Frontline meets a requirement: a control links to it.</summary>
public enum ControlKind
{
    /// <summary>The ID&amp;V policy; <c>Reference</c> is the action (e.g. <c>refund</c>) or empty for the whole policy.</summary>
    IdvPolicy,

    /// <summary>Card numbers masked on every save and in logs.</summary>
    CardRedaction,

    /// <summary>A complaint rule pack; <c>Reference</c> is its id (e.g. <c>fca-disp</c>).</summary>
    ComplaintRulePack,

    /// <summary>A scorecard criterion; <c>Reference</c> is the scorecard id (the criterion in <c>Label</c>).</summary>
    ScorecardCriterion,

    /// <summary>A knowledge article; <c>Reference</c> is its id.</summary>
    KnowledgeArticle,

    /// <summary>A product's disclosures; <c>Reference</c> is the product id (empty: the catalogue).</summary>
    ProductDisclosure,

    /// <summary>A communication procedure or policy; <c>Reference</c> is its path or id.</summary>
    CommunicationProcedure,

    /// <summary>A manual control described in words.</summary>
    Manual,
}

/// <summary>One control: what meets the requirement, and how.</summary>
public sealed record RequirementControl(ControlKind Kind, string? Reference, string Label, string? Description)
{
    /// <summary>The app path of the thing the control names (null for a manual control).</summary>
    public string? Link => Kind switch
    {
        ControlKind.IdvPolicy => "/customers/idv-policy",
        ControlKind.CardRedaction => "/admin/audit",
        ControlKind.ComplaintRulePack => "/complaints/settings",
        ControlKind.ScorecardCriterion => Guid.TryParse(Reference, out var s) ? $"/quality/scorecards/{s}" : "/quality/scorecards",
        ControlKind.KnowledgeArticle => Guid.TryParse(Reference, out var k) ? $"/knowledge/{k}" : "/knowledge",
        ControlKind.ProductDisclosure => Guid.TryParse(Reference, out var p) ? $"/catalogue/products/{p}" : "/catalogue",
        ControlKind.CommunicationProcedure => Guid.TryParse(Reference, out var c) ? $"/communications/policies/{c}"
            : Reference is not null && (Reference.StartsWith("policies/", StringComparison.Ordinal) || Reference.StartsWith("templates/", StringComparison.Ordinal)
                || Reference.StartsWith("procedures/", StringComparison.Ordinal))
                ? Guid.TryParse(Reference[(Reference.IndexOf('/', StringComparison.Ordinal) + 1)..], out _) ? $"/communications/{Reference}"
                    : $"/communications/{Reference[..Reference.IndexOf('/', StringComparison.Ordinal)]}"
            : AppPath(Reference) ?? "/communications",
        // A manual control opens the page where it is done when its reference names one (e.g. /data-protection).
        ControlKind.Manual => AppPath(Reference),
    };

    private static string? AppPath(string? reference) =>
        reference is ['/', not '/', ..] && Uri.IsWellFormedUriString(reference, UriKind.Relative) ? reference : null;
}

/// <summary>What can be measured from the platform's own records.</summary>
public enum MeasureKind
{
    /// <summary>Pass rate of submitted evaluations' compliance criteria that cite the requirement.</summary>
    ScorecardPassRate,

    /// <summary>Complaints acknowledged within their clock.</summary>
    ComplaintsAcknowledgedInTime,

    /// <summary>Complaints given a final response within their clock.</summary>
    ComplaintsResolvedInTime,

    /// <summary>Account actions taken only after ID&amp;V passed at the required level.</summary>
    IdvBeforeAccountActions,

    /// <summary>Disclosures confirmed on contacts that needed them.</summary>
    DisclosuresConfirmed,

    /// <summary>Knowledge acknowledgements complete.</summary>
    KnowledgeAcknowledged,

    /// <summary>Card numbers redacted on save (none stored).</summary>
    CardNumbersRedacted,
}

/// <summary>A measure with its threshold (percent): at or above <see cref="Threshold"/> is compliant; at or above
/// <see cref="AtRiskFrom"/> (default threshold − 5) at risk; below non-compliant.</summary>
public sealed record RequirementMeasure(MeasureKind Kind, decimal Threshold, decimal? AtRiskFrom = null, string? Reference = null)
{
    public decimal AtRiskFloor => AtRiskFrom ?? Math.Max(0, Threshold - 5);
}

/// <summary>
/// A requirement that applies to customer contact (CC32 4.1, CC33 3.1): what it is, where it comes from (the exact
/// citation), what it means for customers and for colleagues, where it applies, who owns it, the controls that meet it,
/// how it is measured and its risk of non-compliance.
/// </summary>
public sealed class Requirement : IVersioned
{
    public const int MaxTitleLength = 200;
    public const int MaxCitationLength = 200;
    public const int MaxSourceLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxScopeLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Title { get; set; }

    public RequirementType Type { get; set; }

    /// <summary>Who makes the rule: "FCA Handbook", "UK GDPR", "PCI SSC".</summary>
    public required string Source { get; set; }

    /// <summary>The exact citation, e.g. "FCA DISP 1.6.2R".</summary>
    public required string Citation { get; set; }

    public required string Summary { get; set; }

    /// <summary>What it means for customers: the effect on contacts.</summary>
    public required string CustomerEffect { get; set; }

    /// <summary>What it means for colleagues: what an agent must and must not do.</summary>
    public required string ColleagueEffect { get; set; }

    public string? Channels { get; set; }

    public string? Products { get; set; }

    public string? Processes { get; set; }

    public string? Teams { get; set; }

    public Guid? OwnerId { get; set; }

    public DateOnly? ReviewOn { get; set; }

    public RequirementStatus Status { get; set; } = RequirementStatus.Active;

    public List<RequirementControl> Controls { get; set; } = [];

    public List<RequirementMeasure> Measures { get; set; } = [];

    /// <summary>The implications of non-compliance: customer harm, regulatory action, redress, reputation, colleagues.</summary>
    public string? Implications { get; set; }

    public int? InherentLikelihood { get; set; }

    public int? InherentImpact { get; set; }

    public int? ResidualLikelihood { get; set; }

    public int? ResidualImpact { get; set; }

    public string? RiskReasoning { get; set; }

    public DateTime? RiskAssessedAt { get; set; }

    /// <summary>Part of the starter register shipped with every database.</summary>
    public bool IsStarter { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public int? InherentScore => InherentLikelihood * InherentImpact;

    public int? ResidualScore => ResidualLikelihood * ResidualImpact;

    /// <summary>Checks the fields a person typed; throws the first problem, naming its field.</summary>
    public void Validate()
    {
        Require(Title, MaxTitleLength, "title", "Give the requirement a title.");
        Require(Source, MaxSourceLength, "source", "Say where the requirement comes from (the regulator or body).");
        Require(Citation, MaxCitationLength, "citation", "Give the exact citation (e.g. \"FCA DISP 1.6.2R\").");
        Require(Summary, MaxTextLength, "summary", "Summarise the requirement in plain words.");
        Require(CustomerEffect, MaxTextLength, "customerEffect", "Say what the requirement means for customers.");
        Require(ColleagueEffect, MaxTextLength, "colleagueEffect", "Say what the requirement means for colleagues: what an agent must and must not do.");
        foreach (var (value, field) in new[] { (Channels, "channels"), (Products, "products"), (Processes, "processes"), (Teams, "teams") })
        {
            if (value?.Length > MaxScopeLength)
            {
                throw new DomainException("requirement.too-long", $"Keep {field} to {MaxScopeLength} characters.", DomainErrorKind.Invalid, field);
            }
        }

        for (var i = 0; i < Controls.Count; i++)
        {
            var c = Controls[i];
            if (string.IsNullOrWhiteSpace(c.Label) || c.Label.Length > MaxTitleLength)
            {
                throw new DomainException("requirement.control", "Name each control (up to 200 characters).", DomainErrorKind.Invalid, $"controls[{i}].label");
            }

            if (c.Kind == ControlKind.Manual && string.IsNullOrWhiteSpace(c.Description))
            {
                throw new DomainException("requirement.control-manual", "Describe how a manual control is carried out.", DomainErrorKind.Invalid,
                    $"controls[{i}].description");
            }
        }

        for (var i = 0; i < Measures.Count; i++)
        {
            var m = Measures[i];
            if (m.Threshold is < 0 or > 100 || m.AtRiskFrom is < 0 or > 100 || (m.AtRiskFrom is { } f && f > m.Threshold))
            {
                throw new DomainException("requirement.measure", "A threshold is a percentage from 0 to 100, and 'at risk from' is not above it.",
                    DomainErrorKind.Invalid, $"measures[{i}].threshold");
            }
        }

        if (Implications?.Length > MaxTextLength || RiskReasoning?.Length > MaxTextLength)
        {
            throw new DomainException("requirement.too-long", "Keep the risk text to 4,000 characters.", DomainErrorKind.Invalid, "riskReasoning");
        }
    }

    /// <summary>Records a risk assessment (inherent before controls, residual after), each on 1–5 scales.</summary>
    public RiskChange AssessRisk(RiskAssessment assessment, Guid? byId, DateTime now)
    {
        assessment.Validate();
        Implications = assessment.Implications.Trim();
        InherentLikelihood = assessment.InherentLikelihood;
        InherentImpact = assessment.InherentImpact;
        ResidualLikelihood = assessment.ResidualLikelihood;
        ResidualImpact = assessment.ResidualImpact;
        RiskReasoning = assessment.Reasoning.Trim();
        RiskAssessedAt = now;
        UpdatedAt = now;
        return new RiskChange
        {
            RequirementId = Id,
            AssessedAt = now,
            AssessedById = byId,
            InherentLikelihood = assessment.InherentLikelihood,
            InherentImpact = assessment.InherentImpact,
            ResidualLikelihood = assessment.ResidualLikelihood,
            ResidualImpact = assessment.ResidualImpact,
            Implications = Implications,
            Reasoning = RiskReasoning,
        };
    }

    private static void Require(string? value, int max, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException($"requirement.{field}-required", message, DomainErrorKind.Invalid, field);
        }

        if (value.Length > max)
        {
            throw new DomainException("requirement.too-long", $"Keep {field} to {max} characters.", DomainErrorKind.Invalid, field);
        }
    }
}
