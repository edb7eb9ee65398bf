using Frontline.Domain.Customers;

namespace Frontline.Web.Features.Customers;

/// <summary>
/// Answers "may this action be taken for this customer in this contact?" from the ID&amp;V policy and the
/// verification attempts in the contact. Implemented by the Customers module; asked by Cases and Complaints
/// (policy administration and enforcement kept apart).
/// </summary>
public interface IIdentityAssurance
{
    /// <summary>The assurance level the policy requires for <paramref name="action"/> (e.g. <c>refund</c>) on <paramref name="channel"/>.</summary>
    Task<AssuranceLevel> RequiredLevelAsync(string action, string channel, CancellationToken cancellationToken);

    /// <summary>The highest level reached by a passing verification of the customer in the contact.</summary>
    Task<AssuranceLevel> LevelReachedAsync(Guid customerId, Guid? contactId, CancellationToken cancellationToken);

    /// <summary>Throws a 403 <c>DomainException</c> naming the level needed when the contact has not reached it.</summary>
    Task RequireAsync(Guid customerId, Guid? contactId, string action, string channel, CancellationToken cancellationToken);
}
