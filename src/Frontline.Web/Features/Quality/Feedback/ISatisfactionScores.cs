using Frontline.Data;
using Frontline.Domain.Quality.Feedback;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality.Feedback;

/// <summary>
/// CSAT answers linked to contacts. Owned by Quality (feedback surveys); asked by Communications for satisfaction per
/// channel without reading the survey tables.
/// </summary>
public interface ISatisfactionScores
{
    /// <summary>Responses in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) that answered the CSAT question (1 to 5) about a contact.</summary>
    Task<IReadOnlyList<ContactSatisfaction>> ForContactsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);
}

public sealed record ContactSatisfaction(Guid ContactId, int Csat);

public sealed class SatisfactionScores(FrontlineDbContext db) : ISatisfactionScores
{
    public async Task<IReadOnlyList<ContactSatisfaction>> ForContactsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        await db.Set<SurveyResponse>().AsNoTracking().Where(r => r.RespondedAt >= fromUtc && r.RespondedAt < toUtc && r.ContactId != null && r.Csat != null)
            .Select(r => new ContactSatisfaction(r.ContactId!.Value, r.Csat!.Value)).ToListAsync(cancellationToken);
}
