using Frontline.Domain.People.Development;

namespace Frontline.Web.Features.People;

/// <summary>
/// Where other modules report evidence that a colleague needs to develop (back-office.md: "Quality, Feedback,
/// Compliance (coaching route), Performance (red results) → People: development needs"). People owns and implements it.
/// The evidence is added to the caller's unit of work (the scoped <c>FrontlineDbContext</c>): it is saved with the
/// caller's own change, or not at all. Needs merge by skill, and the same record (source + record id) is never counted
/// twice, so calling again for the same record is harmless.
/// </summary>
public interface IDevelopmentNeeds
{
    /// <summary>Adds the evidence to the person's need in the skill it shows (see <see cref="DevelopmentNeedSignal"/>).</summary>
    Task RaiseAsync(DevelopmentNeedSignal signal, CancellationToken cancellationToken);
}

/// <summary>
/// Evidence of a development need. The skill is found from <paramref name="Skill"/> (a skill code or name of the
/// framework), else from <paramref name="Kpi"/> (a KPI code a skill is linked to), else from <paramref name="Criterion"/>
/// (a scorecard criterion key or text a skill is linked to); when none matches, the need is recorded under
/// <c>general</c>, except for a criterion-only signal, which is ignored (not every low criterion is a skill need).
/// </summary>
/// <param name="StaffId">The colleague.</param>
/// <param name="Source">qa-evaluation, feedback, breach, kpi, self-assessment, observation, knowledge-check.</param>
/// <param name="RecordId">The record that shows it (evaluation, feedback response, breach, KPI result, ...).</param>
/// <param name="Summary">What it shows, in a sentence the colleague can read.</param>
/// <param name="Link">Where the record is, in the web UI.</param>
/// <param name="Skill">A skill code or name of the framework, when the source names one.</param>
/// <param name="Kpi">A KPI code (red results), matched to the skill linked to it.</param>
/// <param name="Criterion">A scorecard criterion, matched to the skill linked to it.</param>
/// <param name="RaisedById">Who raised it, when a person did.</param>
public sealed record DevelopmentNeedSignal(Guid StaffId, NeedSource Source, Guid? RecordId, string Summary, string? Link = null, string? Skill = null,
    string? Kpi = null, CriterionRef? Criterion = null, Guid? RaisedById = null);

/// <summary>A scorecard criterion by its key (stable across scorecard versions) and text.</summary>
public sealed record CriterionRef(Guid Key, string Text);
