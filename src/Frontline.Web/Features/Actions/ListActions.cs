using Frontline.Domain.Actions;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Actions;

/// <summary>The register filtered, searched, sorted and paged within the caller's scope.</summary>
public sealed class ListActions(ActionRegister register, CurrentStaff me)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static readonly IReadOnlyList<string> SortColumns = ["dueOn", "title", "status", "sourceKind", "owner", "createdAt", "updatedAt"];

    public async Task<PagedList<ActionView>> ExecuteAsync(ActionQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? DefaultPageSize;
        if (page < 1)
        {
            throw new DomainException("paging.page", "page starts at 1.", DomainErrorKind.Invalid, "page");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new DomainException("paging.page-size", $"pageSize is between 1 and {MaxPageSize}.", DomainErrorKind.Invalid, "pageSize");
        }

        var rows = await FilterAsync(query, cancellationToken);
        var total = await rows.CountAsync(cancellationToken);
        var items = await Sort(rows, query.Sort).Skip((page - 1) * pageSize).Take(pageSize).AsNoTracking().ToListAsync(cancellationToken);
        return new PagedList<ActionView>([.. items.Select(register.ToView)], total, page, pageSize);
    }

    /// <summary>Every matching action (for the CSV export), in the requested order, up to <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<ActionView>> AllAsync(ActionQuery query, int limit, CancellationToken cancellationToken)
    {
        var rows = await FilterAsync(query, cancellationToken);
        var items = await Sort(rows, query.Sort).Take(limit).AsNoTracking().ToListAsync(cancellationToken);
        return [.. items.Select(register.ToView)];
    }

    /// <summary>Open and overdue actions per source kind within the caller's scope (the chart on the register page).</summary>
    public async Task<IReadOnlyList<(ActionSourceKind Kind, int Open, int Overdue)>> BySourceAsync(CancellationToken cancellationToken)
    {
        var today = register.Today;
        var rows = await FilterAsync(new ActionQuery(), cancellationToken);
        var counts = await rows.Where(r => r.Action.Status == ActionStatus.Open || r.Action.Status == ActionStatus.InProgress)
            .GroupBy(r => r.Action.SourceKind)
            .Select(g => new { Kind = g.Key, Open = g.Count(), Overdue = g.Count(r => r.Action.DueOn < today) })
            .ToListAsync(cancellationToken);
        return [.. Enum.GetValues<ActionSourceKind>().Select(k =>
        {
            var c = counts.FirstOrDefault(x => x.Kind == k);
            return (k, c?.Open ?? 0, c?.Overdue ?? 0);
        })];
    }

    private async Task<IQueryable<ActionRegister.Row>> FilterAsync(ActionQuery query, CancellationToken cancellationToken)
    {
        var rows = await register.VisibleAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(query.Owner))
        {
            if (!string.Equals(query.Owner.Trim(), "me", StringComparison.OrdinalIgnoreCase) && !Guid.TryParse(query.Owner, out _))
            {
                throw new DomainException("actions.owner-filter", "owner is 'me' or a staff id.", DomainErrorKind.Invalid, "owner");
            }

            var owner = Guid.TryParse(query.Owner, out var id) ? id : me.Id;
            rows = rows.Where(r => r.Action.OwnerId == owner);
        }

        if (!string.IsNullOrWhiteSpace(query.Team))
        {
            List<Guid> teams;
            if (string.Equals(query.Team.Trim(), "mine", StringComparison.OrdinalIgnoreCase))
            {
                // "My team's": the teams I lead, or the team I am in.
                var scope = await me.ScopeAsync(cancellationToken);
                var profile = await me.ProfileAsync(cancellationToken);
                teams = scope.All ? (profile.TeamId is { } own ? [own] : []) : [.. scope.TeamIds];
            }
            else
            {
                teams = Guid.TryParse(query.Team, out var team)
                    ? [team]
                    : throw new DomainException("actions.team-filter", "team is 'mine' or a team id.", DomainErrorKind.Invalid, "team");
            }

            rows = rows.Where(r => r.OwnerTeamId != null && teams.Contains(r.OwnerTeamId.Value));
        }

        if (query.Overdue == true)
        {
            var today = register.Today;
            rows = rows.Where(r => (r.Action.Status == ActionStatus.Open || r.Action.Status == ActionStatus.InProgress) && r.Action.DueOn < today);
        }

        if (!string.IsNullOrWhiteSpace(query.SourceKind))
        {
            var kind = ActionRegister.ParseSourceKind(query.SourceKind);
            rows = rows.Where(r => r.Action.SourceKind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var statuses = query.Status.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => ActionNames.TryParse<ActionStatus>(s, out var status)
                    ? status
                    : throw new DomainException("actions.status-filter", "status is open, in-progress, done or cancelled (comma-separated).",
                        DomainErrorKind.Invalid, "status"))
                .ToList();
            rows = rows.Where(r => statuses.Contains(r.Action.Status));
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToLowerInvariant();
            rows = rows.Where(r => r.Action.Title.ToLower().Contains(q)
                || (r.Action.Description != null && r.Action.Description.ToLower().Contains(q))
                || (r.StaffName != null && r.StaffName.ToLower().Contains(q))
                || (r.Action.OwnerName != null && r.Action.OwnerName.ToLower().Contains(q)));
        }

        return rows;
    }

    private static IOrderedQueryable<ActionRegister.Row> Sort(IQueryable<ActionRegister.Row> rows, string? sort)
    {
        var text = string.IsNullOrWhiteSpace(sort) ? "dueOn" : sort.Trim();
        var descending = text.StartsWith('-');
        var column = descending ? text[1..] : text;
        IOrderedQueryable<ActionRegister.Row> ordered = column.ToLowerInvariant() switch
        {
            "dueon" => descending ? rows.OrderByDescending(r => r.Action.DueOn) : rows.OrderBy(r => r.Action.DueOn),
            "title" => descending ? rows.OrderByDescending(r => r.Action.Title) : rows.OrderBy(r => r.Action.Title),
            "status" => descending ? rows.OrderByDescending(r => r.Action.Status) : rows.OrderBy(r => r.Action.Status),
            "sourcekind" => descending ? rows.OrderByDescending(r => r.Action.SourceKind) : rows.OrderBy(r => r.Action.SourceKind),
            "owner" => descending ? rows.OrderByDescending(r => r.StaffName ?? r.Action.OwnerName) : rows.OrderBy(r => r.StaffName ?? r.Action.OwnerName),
            "createdat" => descending ? rows.OrderByDescending(r => r.Action.CreatedAt) : rows.OrderBy(r => r.Action.CreatedAt),
            "updatedat" => descending ? rows.OrderByDescending(r => r.Action.UpdatedAt) : rows.OrderBy(r => r.Action.UpdatedAt),
            _ => throw new DomainException("actions.sort", $"sort is one of {string.Join(", ", SortColumns)} (prefix - for descending).",
                DomainErrorKind.Invalid, "sort"),
        };
        // A stable order for paging.
        return ordered.ThenBy(r => r.Action.Id);
    }
}
