using Frontline.Data;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Customers;

/// <summary>
/// Reads and changes the centre's one ID&amp;V policy. Until someone changes it, the shipped default applies
/// (reading never writes: pages and checks may read it while other components use the same context).
/// </summary>
public sealed class IdvPolicies(FrontlineDbContext db, TimeProvider clock)
{
    public async Task<IdvPolicy> GetAsync(CancellationToken cancellationToken) =>
        await StoredAsync(cancellationToken) ?? IdvPolicy.CreateDefault(clock.GetUtcNow().UtcDateTime);

    public async Task<IdvPolicy> UpdateAsync(IdvPolicyDto request, CancellationToken cancellationToken)
    {
        var policy = await StoredAsync(cancellationToken);
        if (policy is null)
        {
            // First change: store the default (version 0, audited) so the change shows as an edit of it.
            policy = IdvPolicy.CreateDefault(clock.GetUtcNow().UtcDateTime);
            db.Add(policy);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (request.Version != policy.Version)
        {
            throw new DomainException("version.stale", "The ID&V policy was changed by someone else. Reload it and apply your change again.", DomainErrorKind.Conflict);
        }

        policy.EnabledFactors = [.. request.EnabledFactors.Distinct()];
        policy.Rules = [.. request.Rules.Select(r => new IdvRule(r.Level!.Value, r.MinimumFactors, [.. r.Factors.Distinct()], r.MustInclude))];
        policy.Requirements = [.. request.Requirements.Select(r => new LevelRequirement(r.Action.Trim(), r.Channel.Trim(), r.Level!.Value))];
        policy.UnlistedActionLevel = request.UnlistedActionLevel!.Value;
        policy.MaxFailures = request.MaxFailures;
        policy.LockoutMinutes = request.LockoutMinutes;
        policy.PasscodeCharactersAsked = request.PasscodeCharactersAsked;
        policy.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        policy.Validate();
        await db.SaveChangesAsync(cancellationToken);
        return policy;
    }

    private Task<IdvPolicy?> StoredAsync(CancellationToken cancellationToken) =>
        db.Set<IdvPolicy>().OrderBy(p => p.UpdatedAt).FirstOrDefaultAsync(cancellationToken);

    public static IdvPolicyDto ToDto(IdvPolicy p) => new(p.EnabledFactors,
        [.. p.Rules.Select(r => new IdvRuleDto(r.Level, r.MinimumFactors, r.Factors, r.MustInclude, r.Describe()))],
        [.. p.Requirements.Select(r => new LevelRequirementDto(r.Action, r.Channel, r.Level))],
        p.UnlistedActionLevel, p.MaxFailures, p.LockoutMinutes, p.PasscodeCharactersAsked, p.Version);
}
