using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Customers;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Frontline.Web.Tests.Cases;

/// <summary>
/// The app with a stand-in for the Customers module's identity assurance, so the Cases tests control whether the
/// contact has reached the ID&amp;V level an action needs (the real policy is tested in the Customers module).
/// </summary>
public sealed class CasesAppFactory : FrontlineAppFactory
{
    public StubIdentityAssurance Identity { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IIdentityAssurance>();
            services.AddSingleton<IIdentityAssurance>(Identity);
        });
    }
}

public sealed class StubIdentityAssurance : IIdentityAssurance
{
    /// <summary>The level the contact has reached; actions need <see cref="AssuranceLevel.High"/> when <see cref="Enforce"/> is on.</summary>
    public bool Enforce { get; set; }

    public Task<AssuranceLevel> RequiredLevelAsync(string action, string channel, CancellationToken cancellationToken) =>
        Task.FromResult(Enforce ? AssuranceLevel.High : AssuranceLevel.None);

    public Task<AssuranceLevel> LevelReachedAsync(Guid customerId, Guid? contactId, CancellationToken cancellationToken) =>
        Task.FromResult(AssuranceLevel.None);

    public Task RequireAsync(Guid customerId, Guid? contactId, string action, string channel, CancellationToken cancellationToken) =>
        Enforce
            ? throw new DomainException("idv.level-needed", $"A {action} needs identity verification at level high in this contact.", DomainErrorKind.Forbidden)
            : Task.CompletedTask;
}
