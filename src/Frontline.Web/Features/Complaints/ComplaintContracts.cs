using System.ComponentModel.DataAnnotations;
using Frontline.Domain.Complaints;

namespace Frontline.Web.Features.Complaints;

public sealed record CreateComplaintRequest(
    [property: Required] Guid? CustomerId,
    [property: Required] DateTimeOffset? ReceivedAt,
    [property: Required, StringLength(60, MinimumLength = 1)] string Channel,
    [property: Required, StringLength(Complaint.MaxDescriptionLength, MinimumLength = 1)] string Description,
    [property: StringLength(60)] string? ProductGroup = null,
    [property: StringLength(60)] string? CauseCategory = null,
    [property: StringLength(40)] string? RulePack = null,
    Guid? ContactId = null,
    Guid? CaseId = null,
    [property: StringLength(40)] string? Division = null,
    [property: StringLength(30)] string? ComplainantType = null,
    [property: StringLength(Complaint.MaxShortText)] string? ThirdPartyName = null,
    [property: StringLength(20)] string? AboutKind = null,
    [property: StringLength(Complaint.MaxShortText)] string? AboutDetail = null,
    bool? IsVulnerable = null);

/// <summary>Changes to a complaint's details and findings; fields left out stay as they are.</summary>
public sealed record UpdateComplaintRequest(
    int? Version = null,
    [property: StringLength(60, MinimumLength = 1)] string? Channel = null,
    [property: StringLength(Complaint.MaxDescriptionLength, MinimumLength = 1)] string? Description = null,
    [property: StringLength(60)] string? ProductGroup = null,
    [property: StringLength(60)] string? CauseCategory = null,
    [property: StringLength(30)] string? ComplainantType = null,
    [property: StringLength(Complaint.MaxShortText)] string? ThirdPartyName = null,
    [property: StringLength(20)] string? AboutKind = null,
    [property: StringLength(Complaint.MaxShortText)] string? AboutDetail = null,
    bool? IsVulnerable = null,
    IReadOnlyList<string>? TimeBarReasons = null,
    [property: StringLength(20)] string? Outcome = null,
    [property: StringLength(60)] string? RootCause = null,
    IReadOnlyList<string>? LearningPoints = null,
    Guid? ContactId = null,
    Guid? CaseId = null,
    Guid? HandlerId = null);

public sealed record LifecycleRequest(
    int? Version,
    [property: Required, StringLength(40)] string Action,
    [property: StringLength(60)] string? OmbudsmanOutcome = null);

public sealed record AddOptionRequest(
    int? Version,
    [property: Required, StringLength(2000, MinimumLength = 1)] string Description,
    [property: StringLength(2000)] string? Advantages = null,
    [property: StringLength(2000)] string? Disadvantages = null,
    [property: Range(0, long.MaxValue, ErrorMessage = "The cost cannot be negative.")] long CostPence = 0,
    [property: StringLength(2000)] string? BenefitToCustomer = null);

public sealed record AgreeOptionRequest(
    int? Version,
    [property: Required, StringLength(Complaint.MaxShortText, MinimumLength = 1)] string How,
    DateTimeOffset? AgreedAt = null);

public sealed record AddRedressRequest(
    int? Version,
    [property: Required, StringLength(40)] string Type,
    [property: Required, Range(0, long.MaxValue, ErrorMessage = "Redress cannot be negative.")] long? AmountPence,
    [property: Required, StringLength(3, MinimumLength = 3)] string Currency);

public sealed record AddRemedialActionRequest(
    int? Version,
    [property: Required, StringLength(1000, MinimumLength = 1)] string Description,
    [property: Required, StringLength(100, MinimumLength = 1)] string Owner,
    [property: Required] DateOnly? DueOn);

public sealed record CompleteRemedialActionRequest(int? Version, bool Done = true);

public sealed record IssueLetterRequest([property: Required, StringLength(30)] string Kind, int? Version = null);

public sealed record UpdateRulePackSettingsRequest(
    [property: Required, StringLength(40)] string ReceiptOnNonBusinessDay,
    [property: Required, RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$", ErrorMessage = "Use HH:mm.")] string CloseOfBusiness,
    [property: Required, StringLength(40)] string Division,
    [property: Range(1, 30)] int? SummaryResolutionBusinessDays = null,
    [property: Range(1, 365)] int? FinalResponseCalendarDays = null);

public sealed record AddTaxonomyEntryRequest(
    [property: Required, StringLength(30)] string Kind,
    [property: Required, StringLength(60, MinimumLength = 1), RegularExpression("^[a-z0-9-]+$", ErrorMessage = "Lower-case letters, digits and dashes only.")] string Code,
    [property: Required, StringLength(200, MinimumLength = 1)] string Label,
    [property: StringLength(60)] string? Parent = null);

public sealed record UpdateLetterTemplateRequest([property: Required, StringLength(LetterTemplate.MaxBodyLength, MinimumLength = 1)] string Body);

public sealed record UpdateComplaintSettingsRequest(
    [property: Required, StringLength(40)] string DefaultRulePack,
    [property: Required, RegularExpression("^(customers|contacts)$", ErrorMessage = "Use customers or contacts.")] string ExpectedBasis,
    [property: Range(0, 1000)] decimal ExpectedRatePerThousand,
    [property: Range(0, 100)] decimal TolerancePercent);

public sealed record ComplaintClocksView(DateOnly ReceivedOn, DateOnly? SummaryResolutionBy, DateOnly FinalResponseDue, DateOnly FinalResponseAlertDate,
    DateOnly? PaymentServicesDay15, DateOnly? PaymentServicesDay35, DateOnly? OmbudsmanReferralWindowEndsOn, string RulePack, string Division,
    string ReceiptOnNonBusinessDay);

public sealed record RulePackView(string Id, string Name, IReadOnlyList<RulePackRule> Rules, RulePackSettingsView Settings, string OmbudsmanName,
    string OmbudsmanWebsite, int? SummaryResolutionBusinessDays, int? FinalResponseCalendarDays, int? PaymentServicesBusinessDays,
    int? PaymentServicesExtendedBusinessDays, int ReferralWindowMonths);

public sealed record RulePackSettingsView(string ReceiptOnNonBusinessDay, string CloseOfBusiness, string Division);

public sealed record OptionView(Guid Id, string Description, string? Advantages, string? Disadvantages, long CostPence, string? BenefitToCustomer,
    bool? WithinAuthority, bool Agreed);

public sealed record RedressView(Guid Id, string Type, long AmountPence, string Currency, string Authority, DateTime RecordedAt);

public sealed record ReferralView(Guid Id, string ReferredTo, string Reason, DateTime ReferredAt, DateTime? RespondedAt);

public sealed record RemedialActionView(Guid Id, string Description, string Owner, DateOnly DueOn, DateTime? DoneAt);

public sealed record LetterView(Guid Id, string Kind, DateTime IssuedAt, string Href);

public sealed record ComplaintView(
    Guid Id, int Version, Guid CustomerId, string ComplainantType, string? ThirdPartyName, DateTime ReceivedAt, string Division, string Channel,
    string Description, string AboutKind, string? AboutDetail, string? ProductGroup, string? CauseCategory, string RulePack, bool IsVulnerable,
    Guid? ContactId, Guid? CaseId, Guid? TeamId, Guid? HandlerId, string Status,
    DateOnly? SummaryResolutionBy, DateOnly FinalResponseDue, DateOnly FinalResponseAlertDate, DateOnly? PaymentServicesDay15,
    DateOnly? PaymentServicesDay35, DateOnly? OmbudsmanReferralWindowEndsOn, bool Overdue,
    DateTime? AcknowledgedAt, DateTime? HoldingResponseAt, DateTime? RespondedAt, DateTime? ClosedAt, int ReopenedCount,
    bool OmbudsmanEligible, IReadOnlyList<string> TimeBarReasons, string? Outcome, string? RootCause, IReadOnlyList<string> LearningPoints,
    DateTime? OmbudsmanReferredAt, string? OmbudsmanOutcome, Guid? AgreedOptionId, string? AgreedHow, DateTime? AgreedAt, long RedressTotalPence,
    IReadOnlyList<OptionView> Options, IReadOnlyList<RedressView> Redress, IReadOnlyList<ReferralView> Referrals,
    IReadOnlyList<RemedialActionView> RemedialActions, IReadOnlyList<LetterView> Letters, DateTime CreatedAt);

public sealed record ComplaintSummary(Guid Id, DateTime ReceivedAt, string Channel, string? ProductGroup, string? CauseCategory, string Status,
    DateOnly? SummaryResolutionBy, DateOnly FinalResponseDue, DateOnly FinalResponseAlertDate, bool Overdue, string? Outcome, long RedressTotalPence,
    Guid CustomerId, Guid? TeamId);
