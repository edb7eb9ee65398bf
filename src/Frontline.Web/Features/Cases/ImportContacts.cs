using System.Collections.Concurrent;
using System.Threading.Channels;
using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frontline.Web.Features.Cases;

/// <summary>Starts CSV imports (the file is held in memory until the worker has read it) and reports their progress.</summary>
public sealed class ImportContacts(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, ContactImportQueue queue, InterruptedImports interrupted)
{
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public async Task<ContactImportView> StartAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length > MaxFileBytes)
        {
            throw new DomainException("import.too-large", "The file is larger than 64 MB: split it.", DomainErrorKind.Invalid, "file");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var import = new ContactImport
        {
            FileName = FileNameOf(file),
            StartedById = me.Id,
            StartedAt = now,
            HeartbeatAt = now,
        };
        // Held before it is saved, so no recovery in this node can take it for an orphan.
        queue.Hold(import.Id);
        db.Add(import);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            queue.Release(import.Id);
            throw;
        }

        await queue.EnqueueAsync(new ContactImportJob(import.Id, buffer.ToArray()), cancellationToken);
        return View(import);
    }

    private static string FileNameOf(IFormFile file)
    {
        var name = CardNumberRedactor.Redact(Path.GetFileName(file.FileName)) ?? "";
        return name.Length == 0 ? "upload.csv" : name[..Math.Min(200, name.Length)];
    }

    public async Task<ContactImportView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var import = await db.Set<ContactImport>().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        // Imports are seen by who started them and by centre-wide roles.
        if (import is null || (import.StartedById != me.Id && !me.SeesWholeCentre))
        {
            throw DomainException.NotFound("import");
        }

        // One whose node stopped is shown as interrupted rather than running for ever.
        if (interrupted.Mark(import))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return View(import);
    }

    public static ContactImportView View(ContactImport i) =>
        new(i.Id, i.FileName, i.Status, i.TotalRows, i.ProcessedRows, i.Accepted, i.Skipped, i.RejectedCount, i.Rejected, i.Error,
            CaseAccess.Instant(i.StartedAt), CaseAccess.Instant(i.FinishedAt));
}

public sealed record ContactImportJob(Guid ImportId, byte[] Content);

/// <summary>The imports waiting for the worker (in this app node), and those this node holds (queued or running).</summary>
public sealed class ContactImportQueue
{
    private readonly Channel<ContactImportJob> _jobs = Channel.CreateUnbounded<ContactImportJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, byte> _held = new();

    public void Hold(Guid importId) => _held[importId] = 0;

    public void Release(Guid importId) => _held.TryRemove(importId, out _);

    public bool Holds(Guid importId) => _held.ContainsKey(importId);

    public IReadOnlyList<Guid> Held => [.. _held.Keys];

    public ValueTask EnqueueAsync(ContactImportJob job, CancellationToken cancellationToken) => _jobs.Writer.WriteAsync(job, cancellationToken);

    public IAsyncEnumerable<ContactImportJob> ReadAllAsync(CancellationToken cancellationToken) => _jobs.Reader.ReadAllAsync(cancellationToken);
}

/// <summary>
/// Runs CSV imports in the background: parses the file, then records contacts in chunks (each chunk validated in
/// memory and inserted in one transaction), updating the progress the import page polls. At start-up it marks the
/// imports a stopped process left unfinished as interrupted; while running it beats on the imports it holds; when the
/// application stops it marks those as interrupted straight away (see <see cref="InterruptedImports"/>).
/// </summary>
public sealed class ContactImportWorker(ContactImportQueue queue, IServiceScopeFactory scopes, TimeProvider clock, IOptions<CasesOptions> options,
    ILogger<ContactImportWorker> logger) : BackgroundService
{
    private const int ChunkSize = 2000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await MarkInterruptedAtStartUpAsync(stoppingToken);
        var heartbeat = BeatAsync(stoppingToken);
        try
        {
            await foreach (var job in queue.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await RunAsync(job, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Contact import {ImportId} failed", job.ImportId);
                    await FinishAsync(job.ImportId, ImportStatus.Failed, "The import stopped with an unexpected error; the rows recorded so far are kept.", stoppingToken);
                }
                finally
                {
                    // Stopping: still held, so it is marked interrupted below.
                    if (!stoppingToken.IsCancellationRequested)
                    {
                        queue.Release(job.ImportId);
                    }
                }
            }
        }
        finally
        {
            await MarkHeldInterruptedAsync();
            await heartbeat;
        }
    }

    private async Task MarkInterruptedAtStartUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var marked = await scope.ServiceProvider.GetRequiredService<InterruptedImports>().MarkAllAsync(atStartUp: true, cancellationToken);
            if (marked > 0)
            {
                logger.LogWarning("{Count} contact import(s) left unfinished by a stopped process marked interrupted", marked);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not mark interrupted contact imports at start-up; reading their progress will");
        }
    }

    /// <summary>Tells other nodes (and this one after a restart) that the imports this node holds are alive.</summary>
    private async Task BeatAsync(CancellationToken stoppingToken)
    {
        var every = options.Value.ImportStaleAfter / 5;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, clock, stoppingToken);
                var held = queue.Held;
                if (held.Count > 0)
                {
                    var now = clock.GetUtcNow().UtcDateTime;
                    await UpdateUnfinishedAsync(held, s => s.SetProperty(i => i.HeartbeatAt, now), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Contact import heartbeat failed; will try again");
            }
        }
    }

    /// <summary>The application is stopping: what this node holds will not finish, so say so now rather than after the heartbeat goes stale.</summary>
    private async Task MarkHeldInterruptedAsync()
    {
        var held = queue.Held;
        if (held.Count == 0)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var import in await db.Set<ContactImport>().Where(i => held.Contains(i.Id)).ToListAsync(timeout.Token))
            {
                import.MarkInterrupted(now);
            }

            await db.SaveChangesAsync(timeout.Token);
        }
        catch (Exception ex)
        {
            // Start-up or a progress read (on any node) marks them once their heartbeat is stale.
            logger.LogWarning(ex, "Could not mark the contact imports of this stopping node as interrupted");
        }
    }

    private async Task RunAsync(ContactImportJob job, CancellationToken cancellationToken)
    {
        List<CsvContactRow> rows;
        try
        {
            using var reader = new StreamReader(new MemoryStream(job.Content));
            rows = ContactCsv.Read(reader);
        }
        catch (Exception ex) when (ex is FormatException or CsvHelper.CsvHelperException)
        {
            await FinishAsync(job.ImportId, ImportStatus.Failed, ex.Message, cancellationToken);
            return;
        }

        var rejected = new List<RejectedRow>();
        int accepted = 0, skipped = 0, processed = 0;
        if (!await UpdateProgressAsync(job.ImportId, rows.Count, 0, 0, 0, 0, cancellationToken))
        {
            return;
        }

        foreach (var chunk in rows.Chunk(ChunkSize))
        {
            await using var scope = scopes.CreateAsyncScope();
            var record = scope.ServiceProvider.GetRequiredService<RecordContacts>();
            skipped += chunk.Count(r => r.Skipped);
            // Reasons may quote what was in the row: redacted like any free text before they are stored.
            rejected.AddRange(chunk.Where(r => r is { Contact: null, Skipped: false })
                .Select(r => new RejectedRow(r.Row, CardNumberRedactor.Redact(r.Rejection) ?? "Unreadable row.")));
            var (good, bad) = await record.PrepareAsync([.. chunk.Where(r => r.Contact is not null).Select(r => new NewContact(r.Row, r.Contact!))], cancellationToken);
            rejected.AddRange(bad.Select(b => new RejectedRow(b.Index, string.Join(" ", b.Errors.Select(e => e.ToString())))));
            await record.SaveBulkAsync(good, cancellationToken);
            accepted += good.Count;
            processed += chunk.Length;
            if (!await UpdateProgressAsync(job.ImportId, rows.Count, processed, accepted, skipped, rejected.Count, cancellationToken))
            {
                return;
            }
        }

        await using var final = scopes.CreateAsyncScope();
        var db = final.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var import = await db.Set<ContactImport>().SingleAsync(i => i.Id == job.ImportId, cancellationToken);
        if (import.IsFinished)
        {
            return;
        }

        import.Rejected = [.. rejected.OrderBy(r => r.Row).Take(ContactImport.MaxRejectionsKept)];
        import.Status = ImportStatus.Completed;
        import.FinishedAt = final.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Progress counters (and the heartbeat) are not business changes: they are written without an audit entry each time.
    /// False when the import is no longer unfinished: another node took this one for stopped and marked it interrupted.
    /// </summary>
    private async Task<bool> UpdateProgressAsync(Guid id, int total, int processed, int accepted, int skipped, int rejected, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await UpdateUnfinishedAsync([id], s => s
            .SetProperty(i => i.Status, ImportStatus.Running)
            .SetProperty(i => i.HeartbeatAt, now)
            .SetProperty(i => i.TotalRows, total)
            .SetProperty(i => i.ProcessedRows, processed)
            .SetProperty(i => i.Accepted, accepted)
            .SetProperty(i => i.Skipped, skipped)
            .SetProperty(i => i.RejectedCount, rejected), cancellationToken);
        if (updated == 0)
        {
            logger.LogWarning("Contact import {ImportId} was marked finished elsewhere (interrupted); stopping it here", id);
        }

        return updated > 0;
    }

    private async Task<int> UpdateUnfinishedAsync(IReadOnlyList<Guid> ids, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<ContactImport>> set, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        return await db.Set<ContactImport>()
            .Where(i => ids.Contains(i.Id) && (i.Status == ImportStatus.Queued || i.Status == ImportStatus.Running))
            .ExecuteUpdateAsync(set, cancellationToken);
    }

    private async Task FinishAsync(Guid id, ImportStatus status, string error, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var import = await db.Set<ContactImport>().SingleAsync(i => i.Id == id, cancellationToken);
        if (import.IsFinished)
        {
            return;
        }

        import.Status = status;
        import.Error = error;
        import.FinishedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
