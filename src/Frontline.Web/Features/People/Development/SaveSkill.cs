using Frontline.Data;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People.Development;

/// <summary>Adds a skill to the framework or edits one (trainers and managers). Codes are unique and never change.</summary>
public sealed class SaveSkill(FrontlineDbContext db)
{
    public async Task<SkillView> CreateAsync(SkillRequest request, CancellationToken cancellationToken)
    {
        var name = Name(request.Name) ?? throw new DomainException("skill.name-required", "Name the skill.", DomainErrorKind.Invalid, "name");
        var code = Skill.CodeFrom(string.IsNullOrWhiteSpace(request.Code) ? name : request.Code);
        if (code.Length == 0)
        {
            throw new DomainException("skill.code", "The code needs letters or digits.", DomainErrorKind.Invalid, "code");
        }

        if (await db.Set<Skill>().AnyAsync(s => s.Code == code || s.Name == name, cancellationToken))
        {
            throw new DomainException("skill.taken", $"A skill called '{name}' (code '{code}') already exists.", DomainErrorKind.Conflict, "name");
        }

        var skill = new Skill { Code = code, Name = name };
        Apply(skill, request);
        db.Add(skill);
        await db.SaveChangesAsync(cancellationToken);
        return SkillsFramework.View(skill);
    }

    public async Task<SkillView> UpdateAsync(Guid id, SkillRequest request, CancellationToken cancellationToken)
    {
        var skill = await db.Set<Skill>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw DomainException.NotFound("skill");
        DevelopmentRules.EnsureVersion(request.Version, skill.Version, "skill");
        if (request.Name is not null)
        {
            var name = Name(request.Name) ?? throw new DomainException("skill.name-required", "Name the skill.", DomainErrorKind.Invalid, "name");
            if (await db.Set<Skill>().AnyAsync(s => s.Name == name && s.Id != id, cancellationToken))
            {
                throw new DomainException("skill.taken", $"A skill called '{name}' already exists.", DomainErrorKind.Conflict, "name");
            }

            skill.Name = name;
        }

        Apply(skill, request);
        await db.SaveChangesAsync(cancellationToken);
        return SkillsFramework.View(skill);
    }

    private static void Apply(Skill skill, SkillRequest request)
    {
        if (request.Description is not null)
        {
            skill.Description = DevelopmentRules.Text(request.Description, Skill.MaxDescriptionLength, "description");
        }

        skill.Area = request.Area ?? skill.Area;
        if (request.LinkedCriteria is not null)
        {
            skill.LinkedCriteria = Clean(request.LinkedCriteria);
        }

        if (request.LinkedKpis is not null)
        {
            skill.LinkedKpis = Clean(request.LinkedKpis);
        }

        skill.IsActive = request.IsActive ?? skill.IsActive;
    }

    private static List<string> Clean(IEnumerable<string> values) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string? Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        return trimmed.Length > Skill.MaxNameLength
            ? throw new DomainException("skill.name-long", $"The name is longer than {Skill.MaxNameLength} characters.", DomainErrorKind.Invalid, "name")
            : trimmed;
    }
}
