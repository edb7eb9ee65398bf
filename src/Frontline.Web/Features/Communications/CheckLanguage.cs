using System.Text.Json.Serialization;
using Frontline.Data;
using Frontline.Domain.Communications;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Communications;

public sealed record LanguageCheckRequest(string? Text, MessageKind? Kind);

public sealed record JargonView(string Term, string Suggestion, int Count);

/// <summary>The language check as the API returns it (contract in issue 11: keep stable); <c>sms</c> only for kind <c>sms</c>.</summary>
public sealed record LanguageCheckView(
    double FleschReadingEase,
    double FleschKincaidGrade,
    double TargetReadingEase,
    int Sentences,
    int Words,
    IReadOnlyList<LongSentence> LongSentences,
    IReadOnlyList<JargonView> Jargon,
    IReadOnlyList<string> BannedPhrases,
    double PassiveShare,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SmsEstimate? Sms,
    IReadOnlyList<string> MissingElements,
    IReadOnlyList<LanguageFinding> Findings,
    bool Blocking)
{
    public static LanguageCheckView From(LanguageReport r) => new(r.FleschReadingEase, r.FleschKincaidGrade, r.TargetReadingEase, r.Sentences, r.Words,
        r.LongSentences, [.. r.Jargon.Select(j => new JargonView(j.Term, j.Suggestion, j.Count))], r.BannedPhrases, r.PassiveShare, r.Sms, r.MissingElements,
        r.Findings, r.Blocks);
}

/// <summary>
/// Runs the language check on a text (a template being written, or an agent's reply before it is sent) with the
/// organisation's rules: the reading-ease target comes from the communication policy in force.
/// </summary>
public sealed class CheckLanguage(FrontlineDbContext db)
{
    public const int MaxTextLength = 100_000;

    public async Task<LanguageRules> RulesAsync(CancellationToken cancellationToken)
    {
        var target = await db.Set<PolicyVersion>().AsNoTracking().Where(v => v.Status == PolicyStatus.Published).OrderByDescending(v => v.PublishedAt)
            .Select(v => (double?)v.TargetReadingEase).FirstOrDefaultAsync(cancellationToken);
        return target is { } t ? LanguageRules.Default with { TargetReadingEase = t } : LanguageRules.Default;
    }

    public async Task<LanguageReport> ExecuteAsync(LanguageCheckRequest request, CancellationToken cancellationToken)
    {
        if (request.Text is null || request.Text.Length > MaxTextLength)
        {
            throw new DomainException("language.text", $"Give the text to check (up to {MaxTextLength:N0} characters).", DomainErrorKind.Invalid, "text");
        }

        var kind = request.Kind ?? throw new DomainException("language.kind", "Say what kind of message it is: email, sms, letter, chat or complaint-letter.",
            DomainErrorKind.Invalid, "kind");
        return LanguageChecker.Check(request.Text, kind, await RulesAsync(cancellationToken));
    }
}
