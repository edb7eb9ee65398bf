using Frontline.Data;
using Frontline.Domain.People.Development;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.People.Development;

/// <summary>
/// A person records a need: the colleague a self-assessment of their own; their supporters (team leader, line manager,
/// trainer, manager) an observation or customer feedback. Merged by skill like every other source. Closing a need
/// is for supporters, with a note.
/// </summary>
public sealed class RecordNeed(FrontlineDbContext db, DevelopmentScope scope, SkillsFramework skills, RaiseDevelopmentNeed raise, TimeProvider clock)
{
    public async Task<NeedView> ExecuteAsync(Guid staffId, RecordNeedRequest request, CancellationToken cancellationToken)
    {
        var person = await scope.PersonAsync(staffId, cancellationToken);
        var own = person.Id == scope.StaffId;
        var kind = request.Kind ?? (own ? NeedSource.SelfAssessment : NeedSource.Observation);
        if (own && kind != NeedSource.SelfAssessment)
        {
            throw new DomainException("need.own-kind", "You can record a self-assessment of your own development.", DomainErrorKind.Invalid, "kind");
        }

        if (!own && kind is not (NeedSource.Observation or NeedSource.Feedback))
        {
            throw new DomainException("need.kind", "Record an observation or customer feedback; other sources arrive from their modules.", DomainErrorKind.Invalid, "kind");
        }

        if (string.IsNullOrWhiteSpace(request.Skill) || await skills.FindAsync(request.Skill, cancellationToken) is not { IsActive: true } skill)
        {
            throw new DomainException("need.skill-unknown", "Choose a skill of the framework.", DomainErrorKind.Invalid, "skill");
        }

        var summary = DevelopmentRules.Text(request.Summary, DevelopmentNeed.MaxSummaryLength, "summary")
            ?? throw new DomainException("need.summary-required", "Say what shows the need.", DomainErrorKind.Invalid, "summary");
        var need = await raise.RaiseAndReturnAsync(new DevelopmentNeedSignal(staffId, kind, request.RecordId ?? Guid.CreateVersion7(), summary,
            Skill: skill.Code, RaisedById: scope.StaffId), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return NeedsDirectory.View(need!, skill);
    }

    public async Task<NeedView> CloseAsync(Guid staffId, Guid needId, CloseNeedRequest request, CancellationToken cancellationToken)
    {
        await scope.SupportedPersonAsync(staffId, cancellationToken);
        var need = await db.Set<DevelopmentNeed>().SingleOrDefaultAsync(n => n.Id == needId && n.StaffId == staffId, cancellationToken)
            ?? throw DomainException.NotFound("need");
        DevelopmentRules.EnsureVersion(request.Version, need.Version, "need");
        need.Close(DevelopmentRules.Text(request.Note, DevelopmentNeed.MaxSummaryLength, "note"), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        var skill = await db.Set<Skill>().AsNoTracking().SingleAsync(s => s.Id == need.SkillId, cancellationToken);
        return NeedsDirectory.View(need, skill);
    }
}
