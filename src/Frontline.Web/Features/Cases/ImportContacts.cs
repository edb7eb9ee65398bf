using System.Threading.Channels;
using Frontline.Data;
using Frontline.Domain.Cases;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Cases;

/// <summary>Starts CSV imports (the file is held in memory until the worker has read it) and reports their progress.</summary>
public sealed class ImportContacts(FrontlineDbContext db, CurrentStaff me, TimeProvider clock, ContactImportQueue queue)
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
        var import = new ContactImport
        {
            FileName = Path.GetFileName(file.FileName).Length > 0 ? Path.GetFileName(file.FileName)[..Math.Min(200, Path.GetFileName(file.FileName).Length)] : "upload.csv",
            StartedById = me.Id,
            StartedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        await queue.EnqueueAsync(new ContactImportJob(import.Id, buffer.ToArray()), cancellationToken);
        return View(import);
    }

    public async Task<ContactImportView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var import = await db.Set<ContactImport>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        // Imports are seen by who started them and by centre-wide roles.
        if (import is null || (import.StartedById != me.Id && !me.SeesWholeCentre))
        {
            throw DomainException.NotFound("import");
        }

        return View(import);
    }

    public static ContactImportView View(ContactImport i) =>
        new(i.Id, i.FileName, i.Status, i.TotalRows, i.ProcessedRows, i.Accepted, i.Skipped, i.RejectedCount, i.Rejected, i.Error,
            CaseAccess.Instant(i.StartedAt), CaseAccess.Instant(i.FinishedAt));
}

public sealed record ContactImportJob(Guid ImportId, byte[] Content);

/// <summary>The imports waiting for the worker (in this app node).</summary>
public sealed class ContactImportQueue
{
    private readonly Channel<ContactImportJob> _jobs = Channel.CreateUnbounded<ContactImportJob>(new UnboundedChannelOptions { SingleReader = true });

    public ValueTask EnqueueAsync(ContactImportJob job, CancellationToken cancellationToken) => _jobs.Writer.WriteAsync(job, cancellationToken);

    public IAsyncEnumerable<ContactImportJob> ReadAllAsync(CancellationToken cancellationToken) => _jobs.Reader.ReadAllAsync(cancellationToken);
}

/// <summary>
/// Runs CSV imports in the background: parses the file, then records contacts in chunks (each chunk validated in
/// memory and inserted in one transaction), updating the progress the import page polls.
/// </summary>
public sealed class ContactImportWorker(ContactImportQueue queue, IServiceScopeFactory scopes, ILogger<ContactImportWorker> logger) : BackgroundService
{
    private const int ChunkSize = 2000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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
        await UpdateProgressAsync(job.ImportId, rows.Count, 0, 0, 0, 0, cancellationToken);
        foreach (var chunk in rows.Chunk(ChunkSize))
        {
            await using var scope = scopes.CreateAsyncScope();
            var record = scope.ServiceProvider.GetRequiredService<RecordContacts>();
            skipped += chunk.Count(r => r.Skipped);
            rejected.AddRange(chunk.Where(r => r is { Contact: null, Skipped: false }).Select(r => new RejectedRow(r.Row, r.Rejection ?? "Unreadable row.")));
            var (good, bad) = await record.PrepareAsync([.. chunk.Where(r => r.Contact is not null).Select(r => new NewContact(r.Row, r.Contact!))], cancellationToken);
            rejected.AddRange(bad.Select(b => new RejectedRow(b.Index, string.Join(" ", b.Errors.Select(e => e.ToString())))));
            await record.SaveBulkAsync(good, cancellationToken);
            accepted += good.Count;
            processed += chunk.Length;
            await UpdateProgressAsync(job.ImportId, rows.Count, processed, accepted, skipped, rejected.Count, cancellationToken);
        }

        await using var final = scopes.CreateAsyncScope();
        var db = final.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var import = await db.Set<ContactImport>().SingleAsync(i => i.Id == job.ImportId, cancellationToken);
        import.Rejected = [.. rejected.OrderBy(r => r.Row).Take(ContactImport.MaxRejectionsKept)];
        import.Status = ImportStatus.Completed;
        import.FinishedAt = final.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Progress counters are not business changes: they are written without an audit entry each time.</summary>
    private async Task UpdateProgressAsync(Guid id, int total, int processed, int accepted, int skipped, int rejected, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        await db.Set<ContactImport>().Where(i => i.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, ImportStatus.Running)
            .SetProperty(i => i.TotalRows, total)
            .SetProperty(i => i.ProcessedRows, processed)
            .SetProperty(i => i.Accepted, accepted)
            .SetProperty(i => i.Skipped, skipped)
            .SetProperty(i => i.RejectedCount, rejected), cancellationToken);
    }

    private async Task FinishAsync(Guid id, ImportStatus status, string error, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var import = await db.Set<ContactImport>().SingleAsync(i => i.Id == id, cancellationToken);
        import.Status = status;
        import.Error = error;
        import.FinishedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
