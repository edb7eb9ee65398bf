using Frontline.Data;
using Frontline.Domain.Compliance;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform.Notifications;
using Frontline.Web.Features.Quality;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Compliance;

/// <summary>
/// Listens to Quality (<see cref="IQualityFindings"/>): a compliance-critical failure in a submitted evaluation raises a
/// <em>suspected</em> breach, in the evaluation's unit of work, for a compliance officer to confirm or dismiss with a
/// reason. The requirement is the one the failed criterion cites (its id, or a citation in the register). When an
/// upheld dispute clears the failure, a breach still suspected is dismissed with that reason.
/// </summary>
public sealed class SuspectedBreaches(FrontlineDbContext db, INotifications notifications) : IQualityFindings
{
    public void ComplianceCriticalFailed(QualityFinding finding)
    {
        var existing = db.Set<Breach>().Local.FirstOrDefault(b => b.EvaluationId == finding.EvaluationId)
            ?? db.Set<Breach>().FirstOrDefault(b => b.EvaluationId == finding.EvaluationId && b.Status != BreachStatus.Dismissed);
        var now = finding.At.UtcDateTime;
        if (finding.Cleared || finding.Criteria.Count == 0)
        {
            if (existing is { Status: BreachStatus.Suspected })
            {
                existing.Status = BreachStatus.Dismissed;
                existing.DecisionReason = "An upheld dispute cleared the compliance-critical failure.";
                existing.UpdatedAt = now;
            }

            return;
        }

        if (existing is not null)
        {
            return;
        }

        var register = db.Set<Requirement>().AsNoTracking().Where(r => r.Status != RequirementStatus.Retired)
            .Select(r => new { r.Id, r.Citation }).ToList();
        Guid? requirementId = null;
        string? citation = null;
        foreach (var criterion in finding.Criteria)
        {
            var text = criterion.Requirement?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var match = Guid.TryParse(text, out var id)
                ? register.FirstOrDefault(r => r.Id == id)
                : register.Where(r => text.Contains(r.Citation, StringComparison.OrdinalIgnoreCase) || r.Citation.Contains(text, StringComparison.OrdinalIgnoreCase))
                    .OrderByDescending(r => r.Citation.Length).FirstOrDefault();
            if (match is not null)
            {
                (requirementId, citation) = (match.Id, match.Citation);
                break;
            }
        }

        var description = "QA evaluation failed compliance-critical " + (finding.Criteria.Count == 1 ? "criterion: " : "criteria: ")
            + string.Join("; ", finding.Criteria.Select(c => c.Requirement is { Length: > 0 } r ? $"{c.Text} ({r})" : c.Text));
        var breach = Breach.Record(requirementId, [finding.AgentId], now, now, BreachDetection.QaEvaluation, finding.Link,
            description.Length > Breach.MaxTextLength ? description[..Breach.MaxTextLength] : description, BreachSeverity.Medium, false, null, now,
            finding.EvaluationId, BreachStatus.Suspected);
        db.Add(breach);
        var officers = db.Set<StaffMember>().AsNoTracking().Where(s => s.IsActive).ToList().Where(s => s.HasRole(Roles.ComplianceOfficer));
        foreach (var officer in officers)
        {
            notifications.Queue(new NotificationRequest(officer.Id, "breach-suspected", $"Suspected breach{(citation is null ? "" : " of " + citation)} to confirm",
                "A QA evaluation failed a compliance-critical criterion. Confirm the breach or dismiss it with a reason.", ComplianceNotices.Link(breach.Id),
                "you are a compliance officer"));
        }
    }
}
