using System.Text.RegularExpressions;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Communications;

/// <summary>A version of a template for customers' needs: chosen from their recorded support needs and preferences.</summary>
public enum TemplateVariant
{
    Standard,
    LargePrint,
    EasyRead,
    Welsh,
}

public enum TemplateStatus
{
    Draft,
    Approved,
    Retired,
}

/// <summary>The placeholders a template may use (with the sample value a preview renders) and the variant a customer needs.</summary>
public static partial class TemplatePlaceholders
{
    public static readonly IReadOnlyDictionary<string, string> Allowed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["customer.first_name"] = "Sam",
        ["customer.last_name"] = "Jones",
        ["customer.name"] = "Sam Jones",
        ["customer.reference"] = "CU-10042",
        ["case.reference"] = "CS-2026-0042",
        ["complaint.reference"] = "CP-2026-0042",
        ["complaint.final_response_due"] = "4 February 2027",
        ["agent.name"] = "Alex",
        ["centre.name"] = "Frontline",
        ["centre.phone"] = "0800 123 4567",
        ["today"] = "7 December 2026",
    };

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "if", "elsif", "unless", "else", "endif", "endunless", "and", "or", "contains", "blank", "empty", "nil", "null", "true", "false",
    };

    /// <summary>The variable paths a template reads: in outputs (<c>{{ a.b | filter }}</c>) and in conditions (<c>{% if a.b %}</c>).</summary>
    public static IReadOnlyList<string> Used(string source)
    {
        var paths = new List<string>();
        foreach (Match output in Output().Matches(source))
        {
            var head = Quoted().Replace(output.Groups["e"].Value, "").Split('|')[0];
            paths.AddRange(Path().Matches(head).Select(m => m.Value));
        }

        foreach (Match tag in Condition().Matches(source))
        {
            paths.AddRange(Path().Matches(Quoted().Replace(tag.Groups["e"].Value, "")).Select(m => m.Value).Where(p => !Keywords.Contains(p)));
        }

        return [.. paths.Where(p => !Quoted().IsMatch(p) && !char.IsDigit(p[0])).Distinct(StringComparer.Ordinal)];
    }

    public static IReadOnlyList<string> Unknown(string source) => [.. Used(source).Where(p => !Allowed.ContainsKey(p))];

    /// <summary>
    /// The variant for a customer, from their recorded needs and preferences (free text): Welsh, then easy read, then
    /// large print, each only when the template has it; otherwise the standard text.
    /// </summary>
    public static TemplateVariant Choose(IEnumerable<TemplateVariant> available, IEnumerable<string?> needs)
    {
        var have = available.ToHashSet();
        var text = string.Join(" ", needs.Where(n => !string.IsNullOrWhiteSpace(n))).ToLowerInvariant();
        if (have.Contains(TemplateVariant.Welsh) && (text.Contains("welsh", StringComparison.Ordinal) || text.Contains("cymraeg", StringComparison.Ordinal)))
        {
            return TemplateVariant.Welsh;
        }

        if (have.Contains(TemplateVariant.EasyRead) && (text.Contains("easy read", StringComparison.Ordinal) || text.Contains("easy-read", StringComparison.Ordinal)
            || text.Contains("learning disab", StringComparison.Ordinal)))
        {
            return TemplateVariant.EasyRead;
        }

        if (have.Contains(TemplateVariant.LargePrint) && (text.Contains("large print", StringComparison.Ordinal) || text.Contains("large-print", StringComparison.Ordinal)
            || text.Contains("partially sighted", StringComparison.Ordinal) || text.Contains("visual impair", StringComparison.Ordinal)))
        {
            return TemplateVariant.LargePrint;
        }

        return TemplateVariant.Standard;
    }

    [GeneratedRegex(@"\{\{-?(?<e>.*?)-?\}\}", RegexOptions.Singleline)]
    private static partial Regex Output();

    [GeneratedRegex(@"\{%-?\s*(?:if|elsif|unless)\s(?<e>.*?)-?%\}", RegexOptions.Singleline)]
    private static partial Regex Condition();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")]
    private static partial Regex Path();

    [GeneratedRegex(@"""[^""]*""|'[^']*'")]
    private static partial Regex Quoted();
}

/// <summary>A variant's text as written.</summary>
public sealed record VariantDefinition(TemplateVariant Variant, string Body);

/// <summary>What an author writes; the language check of each variant comes from outside (<see cref="LanguageChecker"/> on the rendered sample).</summary>
public sealed record TemplateDefinition(string Name, MessageKind Kind, string? Subject, IReadOnlyList<VariantDefinition> Variants, Guid? ProcedureId = null)
{
    public const int MaxNameLength = 200;
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 20_000;

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > MaxNameLength)
        {
            throw new DomainException("template.name", $"Give the template a name of up to {MaxNameLength} characters.", DomainErrorKind.Invalid, "name");
        }

        if (!Enum.IsDefined(Kind))
        {
            throw new DomainException("template.kind", "Choose the kind: email, sms, letter, chat or complaint-letter.", DomainErrorKind.Invalid, "kind");
        }

        if (Subject?.Length > MaxSubjectLength)
        {
            throw new DomainException("template.subject", $"Keep the subject under {MaxSubjectLength} characters.", DomainErrorKind.Invalid, "subject");
        }

        if (Variants is null || !Variants.Any(v => v.Variant == TemplateVariant.Standard))
        {
            throw new DomainException("template.standard", "A template needs its standard text.", DomainErrorKind.Invalid, "variants");
        }

        for (var i = 0; i < Variants.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Variants[i].Body) || Variants[i].Body.Length > MaxBodyLength)
            {
                throw new DomainException("template.body", $"Each variant needs text of up to {MaxBodyLength:N0} characters.", DomainErrorKind.Invalid, $"variants[{i}].body");
            }

            if (Variants.Take(i).Any(v => v.Variant == Variants[i].Variant))
            {
                throw new DomainException("template.variant", "Each variant appears once.", DomainErrorKind.Invalid, $"variants[{i}].variant");
            }

            var unknown = TemplatePlaceholders.Unknown(Variants[i].Body);
            if (unknown.Count > 0)
            {
                throw new DomainException("template.placeholder",
                    $"Unknown placeholder(s): {string.Join(", ", unknown)}. Use: {string.Join(", ", TemplatePlaceholders.Allowed.Keys)}.", DomainErrorKind.Invalid,
                    $"variants[{i}].body");
            }
        }
    }
}

/// <summary>
/// A message template (CCTC9 4.2): e-mail, SMS, letter, chat or complaint letter, with variants for customers' needs.
/// Each version stores the language check of each variant; a version with a blocking finding cannot be approved.
/// </summary>
public sealed class MessageTemplate : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public MessageKind Kind { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<TemplateVersion> Versions { get; init; } = [];

    public TemplateVersion? Draft => Versions.SingleOrDefault(v => v.Status == TemplateStatus.Draft);

    public TemplateVersion? Approved => Versions.SingleOrDefault(v => v.Status == TemplateStatus.Approved);

    public TemplateVersion Latest => Versions.MaxBy(v => v.Number) ?? throw new InvalidOperationException("A template has at least one version.");

    public static MessageTemplate Create(TemplateDefinition definition, Func<VariantDefinition, LanguageReport> check, Guid authorId, DateTime now)
    {
        definition.Validate();
        var template = new MessageTemplate { Name = definition.Name.Trim(), Kind = definition.Kind, CreatedAt = now, UpdatedAt = now };
        template.Versions.Add(TemplateVersion.From(template.Id, 1, definition, check, authorId, now));
        return template;
    }

    /// <summary>Saves the draft, or starts the next version when only approved or retired versions exist (those never change).</summary>
    public TemplateVersion SaveDraft(TemplateDefinition definition, Func<VariantDefinition, LanguageReport> check, Guid authorId, DateTime now)
    {
        definition.Validate();
        if (definition.Kind != Kind)
        {
            throw new DomainException("template.kind-fixed", "A template's kind cannot change: make a new template.", DomainErrorKind.Invalid, "kind");
        }

        var number = Draft is { } draft ? draft.Number : Latest.Number + 1;
        if (Draft is { } old)
        {
            Versions.Remove(old);
        }

        var version = TemplateVersion.From(Id, number, definition, check, authorId, now);
        Versions.Add(version);
        Name = version.Name;
        UpdatedAt = now;
        return version;
    }

    /// <summary>Approves the draft: refused while any variant fails a blocking check; the version approved before is retired.</summary>
    public TemplateVersion Approve(Guid approverId, DateTime now)
    {
        var draft = Draft ?? throw new DomainException("template.no-draft", "There is no draft to approve.", DomainErrorKind.Conflict);
        var blocking = draft.Variants.Where(v => v.Blocking).ToList();
        if (blocking.Count > 0)
        {
            throw new DomainException("template.blocking",
                $"The template cannot be approved: {string.Join("; ", blocking.SelectMany(v => v.Findings.Where(f => f.Blocking).Select(f => $"{v.Variant}: {f.Message}")))}",
                DomainErrorKind.Conflict);
        }

        if (Approved is { } previous)
        {
            previous.Status = TemplateStatus.Retired;
        }

        draft.Status = TemplateStatus.Approved;
        draft.ApprovedAt = now;
        draft.ApprovedById = approverId;
        UpdatedAt = now;
        return draft;
    }
}

public sealed class TemplateVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TemplateId { get; init; }

    public int Number { get; init; }

    public required string Name { get; init; }

    public string? Subject { get; init; }

    public Guid? ProcedureId { get; init; }

    public TemplateStatus Status { get; set; } = TemplateStatus.Draft;

    public Guid CreatedById { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? ApprovedAt { get; set; }

    public Guid? ApprovedById { get; set; }

    public List<TemplateVariantText> Variants { get; init; } = [];

    internal static TemplateVersion From(Guid templateId, int number, TemplateDefinition definition, Func<VariantDefinition, LanguageReport> check, Guid authorId,
        DateTime now)
    {
        var version = new TemplateVersion
        {
            TemplateId = templateId, Number = number, Name = definition.Name.Trim(), Subject = string.IsNullOrWhiteSpace(definition.Subject) ? null : definition.Subject.Trim(),
            ProcedureId = definition.ProcedureId, CreatedById = authorId, CreatedAt = now,
        };
        foreach (var variant in definition.Variants)
        {
            var report = check(variant);
            version.Variants.Add(new TemplateVariantText
            {
                VersionId = version.Id, Variant = variant.Variant, Body = variant.Body, ReadingEase = report.FleschReadingEase, Grade = report.FleschKincaidGrade,
                SmsSegments = report.Sms?.Segments, Blocking = report.Blocks, Findings = [.. report.Findings],
            });
        }

        return version;
    }
}

/// <summary>One variant's text with the language check stored when it was saved.</summary>
public sealed class TemplateVariantText
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid VersionId { get; init; }

    public TemplateVariant Variant { get; init; }

    public required string Body { get; init; }

    public double ReadingEase { get; init; }

    public double Grade { get; init; }

    public int? SmsSegments { get; init; }

    public bool Blocking { get; init; }

    public List<LanguageFinding> Findings { get; init; } = [];
}
