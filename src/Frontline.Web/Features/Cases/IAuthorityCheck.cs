namespace Frontline.Web.Features.Cases;

/// <summary>
/// The authority matrix as other modules ask it: may this staff member take this action up to this amount?
/// Implemented by the Cases module (which administers the matrix); asked by Cases and Complaints (redress).
/// </summary>
public interface IAuthorityCheck
{
    /// <summary>The decision for <paramref name="staffId"/> taking <paramref name="action"/> (e.g. <c>goodwill-payment</c>) for <paramref name="amountPence"/>.</summary>
    Task<AuthorityDecision> CheckAsync(Guid staffId, string action, long amountPence, CancellationToken cancellationToken);
}

/// <summary>Allowed, or refused with the reason and the lowest grade that may do it (null when no grade may).</summary>
public sealed record AuthorityDecision(bool Allowed, string Reason, int StaffGrade, int? GradeNeeded, long? LimitPence);
