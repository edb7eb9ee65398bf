using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.People;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Cases;

/// <summary>
/// The centre's authority matrix: the stored one, or <see cref="AuthorityMatrix.Default"/> until a manager saves one
/// (version 0). Saving replaces the whole matrix and needs the version read (409 otherwise).
/// </summary>
public sealed class AuthorityMatrixStore(FrontlineDbContext db, TimeProvider clock)
{
    public async Task<AuthorityMatrixView> GetAsync(CancellationToken cancellationToken)
    {
        var record = await db.Set<AuthorityMatrixRecord>().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var matrix = record is null ? AuthorityMatrix.Default : new AuthorityMatrix(record.Rules);
        return new AuthorityMatrixView(matrix.Actions, matrix.Rules, record is null, record?.Version ?? 0);
    }

    public async Task<AuthorityMatrix> MatrixAsync(CancellationToken cancellationToken)
    {
        var rules = await db.Set<AuthorityMatrixRecord>().AsNoTracking().Select(r => r.Rules).SingleOrDefaultAsync(cancellationToken);
        return rules is null ? AuthorityMatrix.Default : new AuthorityMatrix(rules);
    }

    public async Task<AuthorityMatrixView> PutAsync(int? version, IReadOnlyList<AuthorityRule> rules, Guid changedBy, CancellationToken cancellationToken)
    {
        var errors = AuthorityMatrix.Validate(rules);
        if (errors.Count > 0)
        {
            throw new DomainException("authority.invalid", errors[0].Message, DomainErrorKind.Invalid, errors[0].Field);
        }

        var record = await db.Set<AuthorityMatrixRecord>().SingleOrDefaultAsync(cancellationToken);
        CaseAccess.CheckVersion("authority matrix", record?.Version ?? 0, version);
        var now = clock.GetUtcNow().UtcDateTime;
        if (record is null)
        {
            // Version 0 is the built-in default; the first saved matrix is version 1.
            db.Add(new AuthorityMatrixRecord { Rules = [.. rules], ChangedAt = now, ChangedById = changedBy, Version = 1 });
        }
        else
        {
            record.Rules = [.. rules];
            record.ChangedAt = now;
            record.ChangedById = changedBy;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(cancellationToken);
    }
}

/// <summary>The authority matrix as other modules ask it (Complaints redress, case actions, referral resolution).</summary>
public sealed class AuthorityCheck(FrontlineDbContext db, AuthorityMatrixStore store) : IAuthorityCheck
{
    public async Task<AuthorityDecision> CheckAsync(Guid staffId, string action, long amountPence, CancellationToken cancellationToken)
    {
        var grade = await db.Set<StaffMember>().AsNoTracking().Where(s => s.Id == staffId).Select(s => (int?)s.Grade).SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainException.NotFound("staff member");
        var verdict = (await store.MatrixAsync(cancellationToken)).Check(grade, action, amountPence);
        return new AuthorityDecision(verdict.Allowed, verdict.Reason, grade, verdict.GradeNeeded, verdict.LimitPence);
    }
}
