using System.Globalization;
using Frontline.Data;
using Frontline.Domain.Complaints;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Complaints;

/// <summary>The organisation's complaint settings: rule-pack conventions, taxonomies, letter templates, expected volumes.</summary>
public sealed class ComplaintSettingsEditor(FrontlineDbContext db, ComplaintReferenceData reference, TimeProvider clock)
{
    public async Task<RulePack> UpdateRulePackAsync(string packId, UpdateRulePackSettingsRequest request, CancellationToken cancellationToken)
    {
        var pack = RulePacks.Find(packId) ?? throw DomainException.NotFound("rule pack");
        if (!RulePacks.TryParseConvention(request.ReceiptOnNonBusinessDay, out var convention))
        {
            throw new DomainException("rule-pack.convention", "Use strict or deemed-next-business-day.", DomainErrorKind.Invalid, "receiptOnNonBusinessDay");
        }

        if (!CalendarDivisions.TryParse(request.Division, out var division))
        {
            throw new DomainException("rule-pack.division", "Use england-and-wales, scotland or northern-ireland.", DomainErrorKind.Invalid, "division");
        }

        var setting = await db.Set<RulePackSetting>().SingleOrDefaultAsync(s => s.PackId == pack.Id, cancellationToken);
        if (setting is null)
        {
            setting = new RulePackSetting { PackId = pack.Id, Division = division.Slug() };
            db.Set<RulePackSetting>().Add(setting);
        }

        setting.ReceiptOnNonBusinessDay = convention;
        setting.CloseOfBusiness = TimeOnly.ParseExact(request.CloseOfBusiness, "HH:mm", CultureInfo.InvariantCulture);
        setting.Division = division.Slug();
        if (pack.Id == RulePack.Organisation)
        {
            setting.SummaryResolutionBusinessDays = request.SummaryResolutionBusinessDays;
            setting.FinalResponseCalendarDays = request.FinalResponseCalendarDays ?? 56;
        }

        await db.SaveChangesAsync(cancellationToken);
        reference.Invalidate();
        return (await reference.GetAsync(cancellationToken)).RequirePack(pack.Id);
    }

    public async Task<TaxonomyEntry> AddTaxonomyEntryAsync(AddTaxonomyEntryRequest request, CancellationToken cancellationToken)
    {
        if (!TaxonomyKinds.All.Contains(request.Kind, StringComparer.Ordinal))
        {
            throw new DomainException("taxonomy.kind", $"Use one of: {string.Join(", ", TaxonomyKinds.All)}.", DomainErrorKind.Invalid, "kind");
        }

        await reference.GetAsync(cancellationToken);
        if (await db.Set<TaxonomyEntry>().AnyAsync(t => t.Kind == request.Kind && t.Code == request.Code, cancellationToken))
        {
            throw new DomainException("taxonomy.duplicate", $"The code '{request.Code}' is already in use.", DomainErrorKind.Conflict, "code");
        }

        var entry = new TaxonomyEntry { Kind = request.Kind, Code = request.Code, Label = request.Label.Trim(), Parent = string.IsNullOrWhiteSpace(request.Parent) ? null : request.Parent.Trim() };
        db.Set<TaxonomyEntry>().Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        reference.Invalidate();
        return entry;
    }

    public async Task SetTaxonomyEntryActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        var entry = await db.Set<TaxonomyEntry>().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw DomainException.NotFound("taxonomy entry");
        entry.Active = active;
        await db.SaveChangesAsync(cancellationToken);
        reference.Invalidate();
    }

    public async Task<string> TemplateAsync(LetterKind kind, CancellationToken cancellationToken) =>
        await db.Set<LetterTemplate>().AsNoTracking().Where(t => t.Kind == kind).Select(t => t.Body).SingleOrDefaultAsync(cancellationToken)
        ?? ComplaintLetters.DefaultBody(kind);

    /// <summary>Saves a template; returns what it lacks of the mandatory content (a letter from it will be refused until fixed).</summary>
    public async Task<IReadOnlyList<string>> UpdateTemplateAsync(LetterKind kind, string body, CancellationToken cancellationToken)
    {
        var template = await db.Set<LetterTemplate>().SingleOrDefaultAsync(t => t.Kind == kind, cancellationToken);
        if (template is null)
        {
            template = new LetterTemplate { Kind = kind, Body = body };
            db.Set<LetterTemplate>().Add(template);
        }

        template.Body = CardNumberRedactor.Redact(body)!;
        template.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        var sample = new LetterValues("Customer", "CMP-SAMPLE", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 20), RulePacks.FcaDispGeneral,
            ComplaintClockCalculator.Calculate(RulePacks.FcaDispGeneral, BusinessCalendar.For(CalendarDivision.EnglandAndWales),
                new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero)), "Upheld", null, 0, "Handler");
        return ComplaintLetters.MissingContent(kind, ComplaintLetters.Render(template.Body, sample), RulePacks.FcaDispGeneral);
    }

    public async Task UpdateSettingsAsync(UpdateComplaintSettingsRequest request, CancellationToken cancellationToken)
    {
        var config = await reference.GetAsync(cancellationToken);
        config.RequirePack(request.DefaultRulePack, "defaultRulePack");
        var settings = await db.Set<ComplaintSettings>().SingleAsync(cancellationToken);
        settings.DefaultRulePackId = request.DefaultRulePack;
        settings.ExpectedBasis = request.ExpectedBasis;
        settings.ExpectedRatePerThousand = request.ExpectedRatePerThousand;
        settings.TolerancePercent = request.TolerancePercent;
        await db.SaveChangesAsync(cancellationToken);
        reference.Invalidate();
    }
}
