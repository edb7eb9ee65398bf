using Frontline.Domain.Cases;
using Frontline.Domain.Performance;

namespace Frontline.Web.Features.Performance.Charter;

/// <summary>A line of the charter as written: <c>kind</c> aim|objective|offer; <c>revision</c> the one you edited (PUT).</summary>
public sealed record CharterRequest(CharterKind? Kind, string? Title, string? Statement, List<Guid>? KpiIds, Guid? PolicyId, bool? IsRetired = null,
    int? Revision = null);

public sealed record CharterKpi(Guid Id, string Name);

public sealed record CharterView(Guid Id, CharterKind Kind, string Title, string Statement, IReadOnlyList<CharterKpi> Kpis, Guid? PolicyId, string? PolicyTitle,
    bool IsRetired, int Revision, DateTimeOffset UpdatedAt);

/// <summary>A case service target: <c>category</c> null or absent for the priority's default.</summary>
public sealed record CaseTargetRequest(string? Category, CasePriority? Priority, long? FirstResponseMinutes, long? ResolutionMinutes, int? Revision = null);

public sealed record CaseTargetView(Guid Id, string? Category, CasePriority Priority, long FirstResponseMinutes, long ResolutionMinutes, int Revision,
    DateTimeOffset UpdatedAt);
