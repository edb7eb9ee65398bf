using Frontline.Domain.Communications;

namespace Frontline.Web.Features.Communications;

public sealed record VariantRequest(TemplateVariant Variant, string Body);

public sealed record TemplateRequest(string Name, MessageKind? Kind, string? Subject, IReadOnlyList<VariantRequest>? Variants, Guid? ProcedureId = null,
    int? Revision = null)
{
    public TemplateDefinition ToDefinition() => new(Name ?? "", Kind ?? (MessageKind)(-1), Subject,
        [.. (Variants ?? []).Select(v => new VariantDefinition(v.Variant, v.Body ?? ""))], ProcedureId);
}

public sealed record ApproveTemplateRequest(int? Revision = null);

/// <summary>Fill a template for a customer (their variant is chosen from their recorded needs) or with given values.</summary>
public sealed record RenderTemplateRequest(Guid? CustomerId, IReadOnlyDictionary<string, string>? Values = null, TemplateVariant? Variant = null);

public sealed record VariantView(TemplateVariant Variant, string Body, double ReadingEase, double Grade, int? SmsSegments, bool Blocking,
    IReadOnlyList<LanguageFinding> Findings);

public sealed record TemplateView(Guid Id, string Name, MessageKind Kind, int Version, TemplateStatus Status, string? Subject, Guid? ProcedureId,
    IReadOnlyList<VariantView> Variants, bool Blocking, int? ApprovedVersion, DateTimeOffset? ApprovedAt, int Revision);

public sealed record TemplateSummary(Guid Id, string Name, MessageKind Kind, int Version, TemplateStatus Status, int? ApprovedVersion, bool Blocking,
    IReadOnlyList<TemplateVariant> Variants);

public sealed record RenderedMessage(Guid TemplateId, int Version, TemplateVariant Variant, string? Subject, string Body, LanguageCheckView Check);
