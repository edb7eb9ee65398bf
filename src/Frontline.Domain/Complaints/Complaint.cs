using Frontline.Domain.Platform;

namespace Frontline.Domain.Complaints;

/// <summary>Who is complaining, for the ombudsman's eligibility test (DISP 2.7.3R).</summary>
public enum ComplainantType
{
    Consumer,
    MicroEnterprise,
    SmallBusiness,
    Charity,
    Trustee,
    CbtlConsumer,
    Guarantor,

    /// <summary>A larger business: not an eligible complainant.</summary>
    OtherBusiness,
}

/// <summary>
/// A regulated complaint from receipt to closure. The clock dates are stored (computed from the rule pack when
/// received and when a holding or final response changes them) so queues and the return can filter on them.
/// Every state change goes through a method here, which refuses illegal transitions with a reason.
/// </summary>
public sealed class Complaint : IVersioned
{
    public const int MaxDescriptionLength = 8000;
    public const int MaxShortText = 200;

    /// <summary>Reasons the ombudsman may be unable to consider the complaint (DISP 2.8.2R).</summary>
    public static readonly IReadOnlyList<string> TimeBarReasonCodes =
        ["event-over-six-years-ago", "aware-over-three-years-ago", "referred-after-six-month-window", "before-jurisdiction-start"];

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CustomerId { get; set; }

    public ComplainantType ComplainantType { get; set; }

    /// <summary>An authorised third party complaining for the customer (e.g. a relative with authority, a claims firm).</summary>
    [PersonalData]
    public string? ThirdPartyName { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>The calendar division of the site that received it (GOV.UK slug).</summary>
    public required string Division { get; set; }

    public required string Channel { get; set; }

    /// <summary>The customer's own words, card numbers redacted.</summary>
    [PersonalData]
    public required string Description { get; set; }

    /// <summary>What it is about: contact, product, service or colleague, and which one.</summary>
    public string AboutKind { get; set; } = "service";

    public string? AboutDetail { get; set; }

    public string? ProductGroup { get; set; }

    public string? CauseCategory { get; set; }

    public required string RulePackId { get; set; }

    public bool IsVulnerable { get; set; }

    public Guid? ContactId { get; set; }

    public Guid? CaseId { get; set; }

    /// <summary>The team whose records it belongs to (team scope), from the handler who took it.</summary>
    public Guid? TeamId { get; set; }

    public Guid? HandlerId { get; set; }

    public ComplaintStatus Status { get; private set; } = ComplaintStatus.Received;

    public DateOnly ReceivedOn { get; private set; }

    public DateOnly? SummaryResolutionBy { get; private set; }

    /// <summary>Close of business on <see cref="SummaryResolutionBy"/> (UTC).</summary>
    public DateTime? SummaryResolutionDeadline { get; private set; }

    public DateOnly FinalResponseDue { get; private set; }

    public DateOnly FinalResponseAlertDate { get; private set; }

    public DateOnly? PaymentServicesDay15 { get; private set; }

    public DateOnly? PaymentServicesDay35 { get; private set; }

    public DateOnly? OmbudsmanReferralWindowEndsOn { get; private set; }

    public DateTime? AcknowledgedAt { get; private set; }

    public DateTime? HoldingResponseAt { get; private set; }

    /// <summary>When the summary resolution or final response was sent: the complaint counts as closed for the return.</summary>
    public DateTime? RespondedAt { get; private set; }

    public DateOnly? RespondedOn { get; private set; }

    public bool? RespondedWithinSummaryWindow { get; private set; }

    public bool? RespondedWithinFinalDeadline { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public int ReopenedCount { get; private set; }

    public bool OmbudsmanEligible => ComplainantType != ComplainantType.OtherBusiness && TimeBarReasons.Count == 0;

    public List<string> TimeBarReasons { get; set; } = [];

    public ComplaintOutcome? Outcome { get; set; }

    public string? RootCause { get; set; }

    public List<string> LearningPoints { get; set; } = [];

    public DateTime? OmbudsmanReferredAt { get; private set; }

    public string? OmbudsmanOutcome { get; private set; }

    public Guid? AgreedOptionId { get; private set; }

    public string? AgreedHow { get; private set; }

    public DateTime? AgreedAt { get; private set; }

    public long RedressTotalPence { get; private set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<ComplaintOption> Options { get; init; } = [];

    public List<ComplaintRedress> Redress { get; init; } = [];

    public List<ComplaintReferral> Referrals { get; init; } = [];

    public List<ComplaintLetter> Letters { get; init; } = [];

    public bool IsOpen => Status is ComplaintStatus.Received or ComplaintStatus.Acknowledged or ComplaintStatus.Investigating;

    public void ApplyClocks(ComplaintClocks clocks, DateTimeOffset? summaryDeadline)
    {
        ReceivedOn = clocks.ReceivedOn;
        SummaryResolutionBy = clocks.SummaryResolutionBy;
        SummaryResolutionDeadline = summaryDeadline?.UtcDateTime;
        FinalResponseDue = clocks.FinalResponseDue;
        FinalResponseAlertDate = clocks.FinalResponseAlertDate;
        PaymentServicesDay15 = clocks.PaymentServicesDay15;
        PaymentServicesDay35 = clocks.PaymentServicesDay35;
        OmbudsmanReferralWindowEndsOn = clocks.OmbudsmanReferralWindowEndsOn;
    }

    /// <summary>A closed complaint is a record of what happened: it must be reopened before it changes.</summary>
    public void EnsureEditable()
    {
        if (Status == ComplaintStatus.Closed)
        {
            throw new DomainException("complaint.closed", "This complaint is closed and cannot be edited. Reopen it first.", DomainErrorKind.Conflict);
        }
    }

    public void Acknowledge(DateTime now)
    {
        Require("acknowledge", ComplaintStatus.Received);
        AcknowledgedAt = now;
        Move(ComplaintStatus.Acknowledged, now);
    }

    public void StartInvestigation(DateTime now)
    {
        Require("start the investigation of", ComplaintStatus.Received, ComplaintStatus.Acknowledged);
        Move(ComplaintStatus.Investigating, now);
    }

    /// <summary>A holding response (payment services: by business day 15, extending the final response to day 35).</summary>
    public void SendHoldingResponse(DateTime now, DateOnly today)
    {
        Require("send a holding response for", ComplaintStatus.Received, ComplaintStatus.Acknowledged, ComplaintStatus.Investigating);
        if (HoldingResponseAt is not null)
        {
            throw Refused("A holding response has already been sent.");
        }

        if (PaymentServicesDay15 is { } day15 && today > day15)
        {
            throw Refused($"A payment-services holding response must be sent by business day 15 ({day15:d MMM yyyy}).");
        }

        HoldingResponseAt = now;
        Touch(now);
    }

    public void ResolveBySummary(DateTime now, DateOnly today)
    {
        Require("resolve", ComplaintStatus.Received, ComplaintStatus.Acknowledged, ComplaintStatus.Investigating);
        if (SummaryResolutionDeadline is not { } deadline)
        {
            throw Refused("This complaint's rule pack has no summary resolution route; issue a final response.");
        }

        if (now > deadline)
        {
            throw Refused($"The summary resolution window closed at close of business on {SummaryResolutionBy:d MMM yyyy}; issue a final response instead.");
        }

        Respond(now, today, true);
        Move(ComplaintStatus.ResolvedSummary, now);
    }

    public void IssueFinalResponse(DateTime now, DateOnly today)
    {
        Require("issue a final response for", ComplaintStatus.Received, ComplaintStatus.Acknowledged, ComplaintStatus.Investigating);
        if (Outcome is null)
        {
            throw new DomainException("complaint.outcome-required", "Record the outcome (upheld, partially upheld or not upheld) before the final response.",
                DomainErrorKind.Conflict, "outcome");
        }

        Respond(now, today, false);
        Move(ComplaintStatus.FinalResponseIssued, now);
    }

    public void Close(DateTime now)
    {
        Require("close", ComplaintStatus.ResolvedSummary, ComplaintStatus.FinalResponseIssued, ComplaintStatus.ReferredToOmbudsman);
        if (Status == ComplaintStatus.ReferredToOmbudsman && OmbudsmanOutcome is null)
        {
            throw Refused("Record the ombudsman's outcome before closing.");
        }

        if (Outcome is null)
        {
            throw new DomainException("complaint.outcome-required", "Record the outcome before closing.", DomainErrorKind.Conflict, "outcome");
        }

        if (string.IsNullOrWhiteSpace(RootCause))
        {
            throw new DomainException("complaint.root-cause-required", "Record the root cause before closing.", DomainErrorKind.Conflict, "rootCause");
        }

        ClosedAt = now;
        Move(ComplaintStatus.Closed, now);
    }

    public void Reopen(DateTime now)
    {
        Require("reopen", ComplaintStatus.Closed, ComplaintStatus.ResolvedSummary, ComplaintStatus.FinalResponseIssued);
        ClosedAt = null;
        ReopenedCount++;
        Move(ComplaintStatus.Investigating, now);
    }

    /// <summary>Once a response has been sent, or the response period has passed (DISP 2.8.1R), the complainant may go to the ombudsman.</summary>
    public void ReferToOmbudsman(DateTime now, DateOnly today)
    {
        var responded = Status is ComplaintStatus.ResolvedSummary or ComplaintStatus.FinalResponseIssued or ComplaintStatus.Closed;
        if (Status == ComplaintStatus.ReferredToOmbudsman)
        {
            throw Refused("This complaint has already been referred to the ombudsman.");
        }

        if (!responded && today <= FinalResponseDue)
        {
            throw Refused($"The complainant cannot refer to the ombudsman before a response is sent or the response period ends ({FinalResponseDue:d MMM yyyy}).");
        }

        OmbudsmanReferredAt = now;
        ClosedAt = null;
        Move(ComplaintStatus.ReferredToOmbudsman, now);
    }

    public void RecordOmbudsmanOutcome(string outcome, DateTime now)
    {
        Require("record the ombudsman's outcome for", ComplaintStatus.ReferredToOmbudsman);
        OmbudsmanOutcome = outcome;
        Touch(now);
    }

    public void AgreeOption(Guid optionId, string how, DateTime agreedAt, DateTime now)
    {
        EnsureEditable();
        if (Options.All(o => o.Id != optionId))
        {
            throw new DomainException("complaint.option-unknown", "That option is not one of this complaint's options.", DomainErrorKind.Invalid, "optionId");
        }

        AgreedOptionId = optionId;
        AgreedHow = how;
        AgreedAt = agreedAt;
        Touch(now);
    }

    public void AddRedress(ComplaintRedress redress, DateTime now)
    {
        EnsureEditable();
        Redress.Add(redress);
        RedressTotalPence += redress.AmountPence;
        Touch(now);
    }

    /// <summary>Marks the complaint changed, so its version moves when only its parts change.</summary>
    public void Touch(DateTime now) => UpdatedAt = now;

    /// <summary>
    /// Set when an erasure request left records that retention keeps (UK GDPR Art 17(3)): until this day only compliance
    /// officers see the record, with <see cref="RestrictionReason"/>; the retention job erases it then.
    /// </summary>
    public DateOnly? RestrictedUntil { get; set; }

    public string? RestrictionReason { get; set; }

    /// <summary>
    /// Erasure once retention has ended (or for a complaint with no retention left): what the complainant wrote and the
    /// letters' text go; the classification, dates and outcome stay for the complaints return.
    /// </summary>
    public void Anonymise()
    {
        Description = "";
        ThirdPartyName = null;
        foreach (var letter in Letters)
        {
            letter.Erase();
        }
    }

    private void Respond(DateTime now, DateOnly today, bool summary)
    {
        RespondedAt = now;
        RespondedOn = today;
        RespondedWithinSummaryWindow = summary || (SummaryResolutionBy is { } src && today <= src);
        RespondedWithinFinalDeadline = today <= FinalResponseDue;
    }

    private void Move(ComplaintStatus to, DateTime now)
    {
        Status = to;
        Touch(now);
    }

    private void Require(string action, params ComplaintStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw Refused($"You cannot {action} a complaint that is {ComplaintNames.Display(Status).ToLowerInvariant()}.");
        }
    }

    private static DomainException Refused(string reason) => new("complaint.transition", reason, DomainErrorKind.Conflict);
}
