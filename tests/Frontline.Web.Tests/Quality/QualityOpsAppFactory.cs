using System.Collections.Concurrent;
using Frontline.Web.Features.Actions;
using Frontline.Web.Features.Platform.Notifications;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Frontline.Web.Tests.Quality;

/// <summary>
/// The app for quality-operations tests. Until the platform's action register and notifications are merged, stand-ins
/// record what was raised (TryAdd: the real implementations win once they are registered).
/// </summary>
public sealed class QualityOpsAppFactory : FrontlineAppFactory
{
    public RecordedActions Actions { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.TryAddSingleton<IImprovementActions>(Actions);
            services.TryAddSingleton<INotifications>(Actions);
        });
    }

    /// <summary>Whether the platform's own register is in use (then tests read actions through the API).</summary>
    public bool UsesPlatformActions => Services.GetRequiredService<IImprovementActions>() is not RecordedActions;
}

public sealed class RecordedActions : IImprovementActions, INotifications
{
    public ConcurrentDictionary<Guid, RaiseImprovementAction> Raised { get; } = new();

    public ConcurrentQueue<NotificationRequest> Sent { get; } = new();

    public Guid Raise(RaiseImprovementAction action)
    {
        var id = Guid.CreateVersion7();
        Raised[id] = action;
        return id;
    }

    public Task<IReadOnlyList<ImprovementActionSummary>> ForSourceAsync(string sourceKind, string sourceId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ImprovementActionSummary>>(Raised.Where(a => a.Value.SourceKind == sourceKind && a.Value.SourceId == sourceId)
            .Select(a => new ImprovementActionSummary(a.Key, a.Value.Title, a.Value.OwnerId, "Owner", a.Value.DueOn, "open", null)).ToList());

    public void Queue(NotificationRequest notification) => Sent.Enqueue(notification);
}
