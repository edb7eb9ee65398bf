using Frontline.Data;
using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>
/// Writes a template (a new one, or its draft): placeholders must be known, tags balanced (Fluid parses it), and each
/// variant's language check is stored with the version. Nothing is saved when the template is refused.
/// </summary>
public sealed class WriteTemplate(FrontlineDbContext db, TemplateDirectory directory, CheckLanguage language, CurrentStaff me, TimeProvider clock)
{
    public async Task<MessageTemplate> CreateAsync(TemplateRequest request, CancellationToken cancellationToken)
    {
        var definition = request.ToDefinition();
        var rules = await language.RulesAsync(cancellationToken);
        var template = MessageTemplate.Create(definition, Checker(definition, rules), me.Id, clock.GetUtcNow().UtcDateTime);
        db.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return template;
    }

    public async Task<(MessageTemplate Template, TemplateVersion Version)> SaveDraftAsync(Guid id, TemplateRequest request, CancellationToken cancellationToken)
    {
        var template = await directory.LoadAsync(id, tracked: true, cancellationToken);
        CheckRevision(template, request.Revision);
        var definition = request.ToDefinition();
        var rules = await language.RulesAsync(cancellationToken);
        var version = template.SaveDraft(definition, Checker(definition, rules), me.Id, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return (template, version);
    }

    private static Func<VariantDefinition, LanguageReport> Checker(TemplateDefinition definition, LanguageRules rules) =>
        variant => TemplateEngine.Check(variant, definition.Kind, rules, IndexOf(definition, variant));

    private static int IndexOf(TemplateDefinition definition, VariantDefinition variant)
    {
        for (var i = 0; i < definition.Variants.Count; i++)
        {
            if (ReferenceEquals(definition.Variants[i], variant))
            {
                return i;
            }
        }

        return 0;
    }

    public static void CheckRevision(MessageTemplate template, int? revision)
    {
        if (revision is { } r && r != template.Version)
        {
            throw new Frontline.Domain.Platform.DomainException("version.stale",
                $"This template was changed by someone else (revision {template.Version}, yours {r}). Reload and apply your change again.",
                Frontline.Domain.Platform.DomainErrorKind.Conflict, "revision");
        }
    }
}
