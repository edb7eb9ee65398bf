using Frontline.Data;
using Frontline.Domain.Communications;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Frontline.Web.Features.Quality;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Communications;

/// <summary>
/// Reads communication policies for the signed-in person: reviewers see every version; everyone else sees only
/// published and superseded versions (a policy never published is not found for them).
/// </summary>
public sealed class PolicyDirectory(FrontlineDbContext db, CurrentStaff me, CommsPeople people, TimeProvider clock)
{
    public bool SeesDrafts => me.IsInAnyRole(CommunicationsAccess.Reviewers);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private bool Visible(PolicyVersion version) => SeesDrafts || version.Status is PolicyStatus.Published or PolicyStatus.Superseded;

    /// <summary>The policy with every version, clause, comment, sign-off and acknowledgement; not found when the caller sees none of its versions.</summary>
    public async Task<CommunicationPolicy> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var query = tracked ? db.Set<CommunicationPolicy>() : db.Set<CommunicationPolicy>().AsNoTracking();
        var policy = await query.Include(p => p.Versions).ThenInclude(v => v.Clauses)
            .Include(p => p.Versions).ThenInclude(v => v.Comments)
            .Include(p => p.Versions).ThenInclude(v => v.SignOffs)
            .Include(p => p.Versions).ThenInclude(v => v.Acknowledgements)
            .AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return policy is not null && policy.Versions.Any(Visible) ? policy : throw DomainException.NotFound("policy");
    }

    /// <summary>409 when the change is based on an older revision of the policy (omitted: no check).</summary>
    public static void CheckRevision(CommunicationPolicy policy, int? revision)
    {
        if (revision is { } r && r != policy.Version)
        {
            throw new DomainException("version.stale",
                $"This policy was changed by someone else (revision {policy.Version}, yours {r}). Reload and apply your change again.", DomainErrorKind.Conflict,
                "revision");
        }
    }

    public async Task<PolicyView> GetAsync(Guid id, int? number, CancellationToken cancellationToken)
    {
        var policy = await LoadAsync(id, tracked: false, cancellationToken);
        return await ViewAsync(policy, number, cancellationToken);
    }

    /// <summary>The version shown by default: the latest the caller may see.</summary>
    public PolicyVersion Shown(CommunicationPolicy policy, int? number)
    {
        var version = number is { } n ? policy.Versions.SingleOrDefault(v => v.Number == n) : policy.Versions.Where(Visible).MaxBy(v => v.Number);
        return version is not null && Visible(version) ? version : throw DomainException.NotFound("policy version");
    }

    public async Task<PolicyView> ViewAsync(CommunicationPolicy policy, int? number, CancellationToken cancellationToken)
    {
        var version = Shown(policy, number);
        var names = await people.DisplayNamesAsync(
            [version.AuthorId, .. version.Comments.SelectMany(c => new[] { c.AuthorId, c.RepliedById ?? Guid.Empty, c.ResolvedById ?? Guid.Empty }),
                .. version.SignOffs.Select(s => s.SignerId)], cancellationToken);
        string Name(Guid? id) => id is { } g && names.TryGetValue(g, out var n) ? n : "—";
        var clauses = version.Ordered.Select((c, i) => new ClauseView(c.Id, c.Key, i + 1, c.Component, PolicyComponents.Name(c.Component), c.Heading, c.Text,
            [.. version.Comments.Where(m => m.ClauseId == c.Id).OrderBy(m => m.CreatedAt).Select(m => new CommentView(m.Id, m.ClauseId, Name(m.AuthorId), m.Text,
                QualityText.Instant(m.CreatedAt), m.Reply, m.RepliedById is null ? null : Name(m.RepliedById), QualityText.Instant(m.RepliedAt), m.ResolvedAt is not null,
                m.ResolvedById is null ? null : Name(m.ResolvedById)))])).ToList();
        return new PolicyView(policy.Id, version.Number, version.Id, version.Title, version.Status, version.ReviewDue(Today), Name(version.AuthorId), version.AuthorId,
            version.RequiredAgreements, version.Status is PolicyStatus.Submitted or PolicyStatus.Agreed or PolicyStatus.Published or PolicyStatus.Superseded
                ? version.AgreementsThisRound : 0,
            version.AuthorMaySign, version.ReviewMonths, version.TargetReadingEase, version.RejectionReason, version.ReviewDueOn, version.MissingComponents, clauses,
            [.. version.SignOffs.OrderBy(s => s.At).Select(s => new SignOffView(s.SignerId, Name(s.SignerId), s.Role, s.Decision, s.Comment, QualityText.Instant(s.At), s.Round))],
            version.Acknowledgements.Count, version.Acknowledgements.Any(a => a.StaffId == me.Id), version.Comments.Count(c => c.ResolvedAt is null),
            [.. policy.Versions.Where(Visible).OrderBy(v => v.Number).Select(v => new PolicyVersionSummary(v.Number, v.Status, QualityText.Instant(v.CreatedAt),
                QualityText.Instant(v.AgreedAt), QualityText.Instant(v.PublishedAt), QualityText.Instant(v.SupersededAt)))],
            policy.Published?.Number, policy.Version);
    }

    public async Task<PagedResult<PolicySummary>> ListAsync(ListQuery list, PolicyStatus? status, CancellationToken cancellationToken)
    {
        var query = db.Set<CommunicationPolicy>().AsNoTracking();
        if (list.Q is { } q)
        {
            var pattern = $"%{q.ToLowerInvariant()}%";
            query = query.Where(p => EF.Functions.Like(p.Title.ToLower(), pattern));
        }

        var (field, descending) = list.SortOr("title", false);
        query = field switch
        {
            "title" => descending ? query.OrderByDescending(p => p.Title) : query.OrderBy(p => p.Title),
            "updatedAt" => descending ? query.OrderByDescending(p => p.UpdatedAt) : query.OrderBy(p => p.UpdatedAt),
            _ => throw new DomainException("list.sort", "Sort by title or updatedAt (prefix - for descending).", DomainErrorKind.Invalid, "sort"),
        };
        // Policies are few (a handful per centre): versions are filtered here.
        var all = await query.Include(p => p.Versions).ThenInclude(v => v.Acknowledgements).AsSplitQuery().ToListAsync(cancellationToken);
        var visible = all.Select(p => (Policy: p, Shown: p.Versions.Where(Visible).MaxBy(v => v.Number)))
            .Where(x => x.Shown is not null && (status is null || x.Shown.Status == status)).ToList();
        var items = visible.Skip(list.Skip).Take(list.PageSize).Select(x => new PolicySummary(x.Policy.Id, x.Shown!.Title, x.Shown.Number, x.Shown.Status,
            x.Policy.Published?.Number, x.Policy.Published?.ReviewDue(Today) ?? false, x.Policy.Published?.ReviewDueOn,
            x.Policy.Published is { } p && p.Acknowledgements.All(a => a.StaffId != me.Id), QualityText.Instant(x.Policy.UpdatedAt))).ToList();
        return new PagedResult<PolicySummary>(items, visible.Count, list.Page, list.PageSize);
    }

    public async Task<PolicyDiffView> DiffAsync(Guid id, int? from, int? to, CancellationToken cancellationToken)
    {
        var policy = await LoadAsync(id, tracked: false, cancellationToken);
        var newer = Shown(policy, to);
        var older = Shown(policy, from ?? newer.Number - 1);
        var diff = PolicyDiff.Compare(older, newer);
        return new PolicyDiffView(policy.Id, newer.Title, older.Number, newer.Number,
            [.. diff.Select(d => new ClauseDiffView(d.Key, d.Component, PolicyComponents.Name(d.Component), d.Heading, d.Change, d.ComponentChanged, d.Pieces))]);
    }
}
