using System.Security.Claims;
using Frontline.Data;
using Frontline.Domain.Compliance;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Compliance;

/// <summary>
/// Keeps disciplinary and grievance records out of the audit trail's readers who are outside the confidentiality rule
/// (an administrator reads the audit trail but not these): the entries of a breach routed to disciplinary or grievance
/// are shown only to managers and compliance officers. The entries stay in the chain (verification is unchanged).
/// </summary>
public static class ConfidentialAudit
{
    public static async Task<IQueryable<AuditEntry>> FilterAsync(IQueryable<AuditEntry> query, FrontlineDbContext db, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        if (ComplianceAccess.Officers.Any(user.IsInRole))
        {
            return query;
        }

        var hidden = (await db.Set<Breach>().AsNoTracking().Where(b => b.Route == BreachRoute.Disciplinary || b.Route == BreachRoute.Grievance)
            .Select(b => b.Id).ToListAsync(cancellationToken)).Select(id => id.ToString()).ToList();
        return hidden.Count == 0 ? query : query.Where(e => !(e.EntityType == nameof(Breach) && hidden.Contains(e.EntityId)));
    }
}
