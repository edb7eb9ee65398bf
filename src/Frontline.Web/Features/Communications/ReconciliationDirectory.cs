using Frontline.Data;
using Frontline.Domain.Communications;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Actions;
using Frontline.Web.Features.Quality;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Communications;

/// <summary>
/// The reconciliation of a policy with its procedures (CC26 2.3): the gaps as they stand, the improvement actions raised
/// on each (through the Actions register's seam), and the reconciliations recorded so far.
/// </summary>
public sealed class ReconciliationDirectory(FrontlineDbContext db, PolicyDirectory policies, ProcedureDirectory procedures, IImprovementActions actions,
    CommsPeople people)
{
    public const string ActionSourceKind = "other";

    public static string SourceId(Guid policyId, string gapKey) => $"comms-gap:{policyId:N}:{gapKey}";

    public sealed record Gaps(CommunicationPolicy Policy, PolicyVersion Published, IReadOnlyList<PolicyGap> Items, int ProceduresInForce);

    public async Task<Gaps> GapsAsync(Guid policyId, CancellationToken cancellationToken)
    {
        var policy = await policies.LoadAsync(policyId, tracked: false, cancellationToken);
        var published = Procedure.PublishedOf(policy);
        var written = await procedures.ForPolicyAsync(policyId, tracked: false, cancellationToken);
        return new Gaps(policy, published, Reconciliation.Gaps(published, written), written.Count(p => p.InForce is not null));
    }

    /// <summary>The actions raised on each gap, by gap key.</summary>
    public async Task<Dictionary<string, IReadOnlyList<ImprovementActionSummary>>> ActionsAsync(Guid policyId, IEnumerable<PolicyGap> gaps,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, IReadOnlyList<ImprovementActionSummary>>(StringComparer.Ordinal);
        foreach (var gap in gaps)
        {
            found[gap.Key] = await actions.ForSourceAsync(ActionSourceKind, SourceId(policyId, gap.Key), cancellationToken);
        }

        return found;
    }

    public async Task<ReconciliationView> GetAsync(Guid policyId, CancellationToken cancellationToken)
    {
        var gaps = await GapsAsync(policyId, cancellationToken);
        var raised = await ActionsAsync(policyId, gaps.Items, cancellationToken);
        var history = await db.Set<PolicyReconciliation>().AsNoTracking().Where(r => r.PolicyId == policyId).OrderByDescending(r => r.At).ToListAsync(cancellationToken);
        var names = await people.DisplayNamesAsync(history.Select(h => h.RecordedById), cancellationToken);
        return new ReconciliationView(policyId, gaps.Published.Title, gaps.Published.Number,
            [.. gaps.Items.Select(g => new GapView(g.Kind, g.Key, g.Description, g.ProcedureId, raised[g.Key]))], gaps.ProceduresInForce,
            [.. history.Select(h => new ReconciliationRecordView(h.Id, h.PolicyVersion, names.GetValueOrDefault(h.RecordedById, "—"), QualityText.Instant(h.At),
                h.UnimplementedClauses, h.UntracedSteps, h.OutdatedProcedures, h.Notes))]);
    }

    public static PolicyGap Find(Gaps gaps, string? key) =>
        gaps.Items.FirstOrDefault(g => g.Key == key) ?? throw new DomainException("reconciliation.gap", "That gap is not open (it may have been closed already).",
            DomainErrorKind.Invalid, "gapKey");
}
