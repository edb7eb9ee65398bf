using Frontline.Data;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People.Development;

/// <summary>
/// Trainers and managers write knowledge checks (and retire them); everyone signed in lists the active ones. The answer
/// key is read only through <see cref="GetForAuthorAsync"/> (the authors' policy): colleagues see questions only on an
/// attempt's paper.
/// </summary>
public sealed class KnowledgeChecks(FrontlineDbContext db, SkillsFramework skills, DevelopmentScope scope, TimeProvider clock)
{
    public async Task<List<KnowledgeCheckSummary>> ListAsync(bool includeRetired, CancellationToken cancellationToken) =>
        await db.Set<KnowledgeCheck>().AsNoTracking().Where(c => includeRetired || c.IsActive).OrderBy(c => c.Title)
            .Select(c => new KnowledgeCheckSummary(c.Id, c.Title, c.About, c.Skill, c.PassMark, c.Questions.Count, c.IsActive, c.Version))
            .ToListAsync(cancellationToken);

    public async Task<KnowledgeCheckView> GetForAuthorAsync(Guid id, CancellationToken cancellationToken) =>
        AuthorView(await LoadAsync(id, tracked: false, cancellationToken));

    public async Task<KnowledgeCheckView> CreateAsync(KnowledgeCheckRequest request, CancellationToken cancellationToken)
    {
        var skill = await skills.FindAsync(request.Skill ?? "", cancellationToken)
            ?? throw new DomainException("check.skill", "Choose a skill of the framework.", DomainErrorKind.Invalid, "skill");
        var questions = (request.Questions ?? []).Select((q, i) => new QuizQuestion
        {
            Text = DevelopmentRules.Text(q.Text, KnowledgeCheck.MaxTextLength, $"questions[{i}].text") ?? "",
            Kind = q.Kind ?? QuizQuestionKind.SingleChoice,
            Options = [.. (q.Options ?? []).Select((o, j) => new QuizOption(j + 1,
                DevelopmentRules.Text(o.Text, KnowledgeCheck.MaxTextLength, $"questions[{i}].options[{j}].text") ?? "", o.Correct ?? false))],
        }).ToList();
        var check = KnowledgeCheck.Create(DevelopmentRules.Text(request.Title, KnowledgeCheck.MaxTitleLength, "title"),
            DevelopmentRules.Text(request.About, KnowledgeCheck.MaxTextLength, "about"), skill.Code, request.PassMark, questions, scope.StaffId,
            clock.GetUtcNow().UtcDateTime);
        db.Add(check);
        await db.SaveChangesAsync(cancellationToken);
        return AuthorView(check);
    }

    /// <summary>Retires a check (no new attempts; past attempts keep their marks). Stale version → 409.</summary>
    public async Task<KnowledgeCheckView> RetireAsync(Guid id, int? version, CancellationToken cancellationToken)
    {
        var check = await LoadAsync(id, tracked: true, cancellationToken);
        DevelopmentRules.EnsureVersion(version, check.Version, "check");
        check.IsActive = false;
        await db.SaveChangesAsync(cancellationToken);
        return AuthorView(check);
    }

    public async Task<KnowledgeCheck> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var checks = tracked ? db.Set<KnowledgeCheck>() : db.Set<KnowledgeCheck>().AsNoTracking();
        return await checks.Include(c => c.Questions).SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw DomainException.NotFound("knowledge check");
    }

    private static KnowledgeCheckView AuthorView(KnowledgeCheck c) => new(c.Id, c.Title, c.About, c.Skill, c.PassMark, c.IsActive,
        [.. c.Questions.OrderBy(q => q.Position).Select(q => new AuthorQuestionView(q.Id, q.Position, q.Text, q.Kind, q.Options))], c.Version);
}
