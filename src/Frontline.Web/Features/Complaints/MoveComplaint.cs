using Frontline.Data;
using Frontline.Domain.Complaints;
using Frontline.Domain.Platform;

namespace Frontline.Web.Features.Complaints;

/// <summary>
/// Lifecycle steps that are not letters: start investigating, resolve by summary resolution (customer accepted
/// within the window), close, reopen, refer to the ombudsman and record its outcome.
/// </summary>
public sealed class MoveComplaint(FrontlineDbContext db, ComplaintStore store)
{
    public static readonly IReadOnlyList<string> Actions =
        ["start-investigation", "resolve-summary", "close", "reopen", "refer-to-ombudsman", "ombudsman-outcome"];

    public async Task<Complaint> ExecuteAsync(Guid id, LifecycleRequest request, CancellationToken cancellationToken)
    {
        var complaint = await store.LoadAsync(id, cancellationToken);
        ComplaintStore.CheckVersion(complaint, request.Version);
        var now = store.Now;
        var today = store.Today;
        switch (request.Action)
        {
            case "start-investigation":
                complaint.StartInvestigation(now);
                break;
            case "resolve-summary":
                complaint.ResolveBySummary(now, today);
                break;
            case "close":
                complaint.Close(now);
                break;
            case "reopen":
                complaint.Reopen(now);
                break;
            case "refer-to-ombudsman":
                complaint.ReferToOmbudsman(now, today);
                break;
            case "ombudsman-outcome":
                complaint.RecordOmbudsmanOutcome(string.IsNullOrWhiteSpace(request.OmbudsmanOutcome)
                    ? throw new DomainException("complaint.ombudsman-outcome-required", "Say what the ombudsman decided.", DomainErrorKind.Invalid, "ombudsmanOutcome")
                    : request.OmbudsmanOutcome.Trim(), now);
                break;
            default:
                throw new DomainException("complaint.action-unknown", $"Use one of: {string.Join(", ", Actions)}. Letters acknowledge, hold and respond.",
                    DomainErrorKind.Invalid, "action");
        }

        await db.SaveChangesAsync(cancellationToken);
        return complaint;
    }
}
