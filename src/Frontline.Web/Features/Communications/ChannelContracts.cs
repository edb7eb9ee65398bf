using Frontline.Domain.Communications;

namespace Frontline.Web.Features.Communications;

/// <summary>A channel's configured costs in pence; <see cref="Revision"/> guards against a concurrent edit.</summary>
public sealed record ChannelSettingsRequest(bool Offered, long StaffPencePerHour, long TechnologyPencePerMonth, long TechnologyPencePerContact,
    long PostagePencePerContact, int? Revision = null);

/// <summary>One channel's figures for the period (the API contract: <c>channel</c>, <c>contacts</c>, <c>costPerContactPence</c>, …); ratios are 0–1, null when there is nothing to divide by.</summary>
public sealed record ChannelFigureView(
    string Channel,
    string Name,
    MediaMode Mode,
    bool Offered,
    long Contacts,
    double? AverageHandlingSeconds,
    long? CostPerContactPence,
    string CostFormula,
    double? FirstContactResolution,
    double? ComplaintsPer1000,
    double? Csat,
    long CsatResponses,
    double? SupportNeedsShare,
    long StaffPencePerHour,
    long TechnologyPencePerMonth,
    long TechnologyPencePerContact,
    long PostagePencePerContact,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Weaknesses,
    string Reach,
    string Regulatory,
    int Revision);

public sealed record ChannelFiguresView(DateOnly From, DateOnly To, decimal Months, IReadOnlyList<ChannelFigureView> Items);

public sealed record ChannelScoreRequest(string Channel, int Cost, int Preference, int Accessibility, int Resolution, int Risk, ChannelRecommendation Recommendation,
    string Reasons);

public sealed record ChannelEvaluationRequest(string Title, DateOnly? From, DateOnly? To, EvaluationWeights? Weights, IReadOnlyList<ChannelScoreRequest>? Channels);

public sealed record ChannelScoreView(string Channel, string Name, int Cost, int Preference, int Accessibility, int Resolution, int Risk, double Score,
    ChannelRecommendation Recommendation, string Reasons);

public sealed record ChannelEvaluationView(Guid Id, string Title, DateOnly EvaluatedOn, string EvaluatorName, DateOnly From, DateOnly To, EvaluationWeights Weights,
    IReadOnlyList<ChannelScoreView> Channels);
