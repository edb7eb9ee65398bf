using Frontline.Data;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Customers;

/// <summary>Reads and changes the centre's one ID&amp;V policy; the shipped default is stored on first use.</summary>
public sealed class IdvPolicies(FrontlineDbContext db, TimeProvider clock)
{
    public async Task<IdvPolicy> GetAsync(CancellationToken cancellationToken)
    {
        var policy = await db.Set<IdvPolicy>().OrderBy(p => p.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        if (policy is not null)
        {
            return policy;
        }

        policy = IdvPolicy.CreateDefault(clock.GetUtcNow().UtcDateTime);
        db.Add(policy);
        await db.SaveChangesAsync(cancellationToken);
        return policy;
    }

    public async Task<IdvPolicy> UpdateAsync(IdvPolicyDto request, CancellationToken cancellationToken)
    {
        var policy = await GetAsync(cancellationToken);
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

    public static IdvPolicyDto ToDto(IdvPolicy p) => new(p.EnabledFactors,
        [.. p.Rules.Select(r => new IdvRuleDto(r.Level, r.MinimumFactors, r.Factors, r.MustInclude, r.Describe()))],
        [.. p.Requirements.Select(r => new LevelRequirementDto(r.Action, r.Channel, r.Level))],
        p.UnlistedActionLevel, p.MaxFailures, p.LockoutMinutes, p.PasscodeCharactersAsked, p.Version);
}
