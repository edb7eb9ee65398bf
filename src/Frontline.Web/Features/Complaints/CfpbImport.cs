using System.Collections.Concurrent;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Frontline.Data;
using Frontline.Domain.Complaints;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frontline.Web.Features.Complaints;

/// <summary>A row the import could not map, with the reason.</summary>
public sealed record UnmappedRow(int Line, string ComplaintId, string Product, string Issue, string Reason);

/// <summary>Progress of one import, polled by the import page.</summary>
public sealed class ImportProgress
{
    public Guid Id { get; } = Guid.CreateVersion7();

    public int Total { get; set; }

    public int Processed { get; set; }

    public int Imported { get; set; }

    public ConcurrentQueue<UnmappedRow> Unmapped { get; } = new();

    public bool Finished { get; set; }

    public string? Error { get; set; }

    public int Percent => Total == 0 ? 0 : (int)(100L * Processed / Total);
}

/// <summary>
/// Imports historical complaints from the CFPB consumer-complaint sample (Seed/Complaints): product → FCA product
/// group, issue → cause group (by the phrases below), company response and timeliness → outcome and whether the
/// response was in time. Rows that cannot be mapped are reported, not guessed. Runs in the background with progress.
/// </summary>
public sealed class CfpbImport(IServiceScopeFactory scopes, IOptions<FrontlineOptions> options, ILogger<CfpbImport> logger)
{
    public const string FileName = "complaints_sample_6623.csv";

    /// <summary>
    /// Progress lives in this process only, so after a restart (or on another node) an import's id is unknown: what the
    /// page and the API say then, rather than polling for ever.
    /// </summary>
    public const string UnknownImport = "This import is not running on this server: the application was restarted (or another server answered) since it started, "
        + "so its progress is lost. The complaints it had imported are kept (their 'About' detail begins 'CFPB'); starting the import again imports every row again, those included.";

    private static readonly (string Product, string Group)[] Products =
    [
        ("Credit card", "credit-cards"), ("Prepaid card", "credit-cards"), ("Checking or savings account", "current-accounts"),
        ("Bank account or service", "current-accounts"), ("Mortgage", "home-finance"), ("Credit reporting", "other-banking"),
        ("Debt collection", "other-banking"), ("Student loan", "other-banking"), ("Vehicle loan", "other-banking"), ("Consumer Loan", "other-banking"),
        ("Payday loan", "other-banking"), ("Money transfer", "other-banking"),
    ];

    /// <summary>Issue phrases to cause groups, first match wins.</summary>
    private static readonly (string Phrase, string Cause)[] Issues =
    [
        ("fraud or scam", "other"), ("collect", "arrears-related"), ("debt", "arrears-related"), ("struggling", "arrears-related"),
        ("threat", "arrears-related"), ("legal action", "arrears-related"), ("communication tactics", "arrears-related"), ("false statements", "arrears-related"),
        ("contact someone", "arrears-related"), ("fee", "terms-disputed-sums-charges"), ("interest", "terms-disputed-sums-charges"),
        ("charg", "terms-disputed-sums-charges"), ("purchase", "terms-disputed-sums-charges"), ("payment", "terms-disputed-sums-charges"),
        ("transaction", "terms-disputed-sums-charges"), ("funds", "terms-disputed-sums-charges"), ("money was not available", "terms-disputed-sums-charges"),
        ("credited", "terms-disputed-sums-charges"), ("other features, terms", "product-performance-features"), ("applying", "advising-selling-arranging"),
        ("getting", "advising-selling-arranging"), ("opening", "advising-selling-arranging"), ("advertising", "advising-selling-arranging"),
        ("disclosure", "advising-selling-arranging"), ("received a loan", "advising-selling-arranging"), ("incorrect information", "general-admin-customer-service"),
        ("investigation", "general-admin-customer-service"), ("improper use", "general-admin-customer-service"), ("managing", "general-admin-customer-service"),
        ("closing", "general-admin-customer-service"), ("credit report", "general-admin-customer-service"), ("customer service", "general-admin-customer-service"),
        ("fraud alert", "general-admin-customer-service"), ("monitoring", "general-admin-customer-service"), ("dealing with your lender", "general-admin-customer-service"),
        ("service problem", "general-admin-customer-service"), ("using your card", "general-admin-customer-service"),
    ];

    private readonly ConcurrentDictionary<Guid, ImportProgress> _jobs = new();

    public ImportProgress? Find(Guid id) => _jobs.GetValueOrDefault(id);

    public static string? MapProduct(string product) =>
        Products.FirstOrDefault(p => product.StartsWith(p.Product, StringComparison.OrdinalIgnoreCase)).Group;

    public static string? MapIssue(string issue) =>
        Issues.FirstOrDefault(i => issue.Contains(i.Phrase, StringComparison.OrdinalIgnoreCase)).Cause;

    /// <summary>Starts importing the shipped sample (at most <paramref name="limit"/> rows) in the background.</summary>
    public ImportProgress Start(Guid startedBy, int? limit)
    {
        var path = Path.Combine(DataFiles.Locate(options.Value.DataDirectory), "Complaints", FileName);
        if (!File.Exists(path))
        {
            throw new DomainException("import.file-missing", $"The CFPB sample was not found at {path}.", DomainErrorKind.Conflict);
        }

        var progress = new ImportProgress();
        _jobs[progress.Id] = progress;
        _ = Task.Run(async () =>
        {
            try
            {
                await RunAsync(path, startedBy, limit, progress);
            }
            catch (Exception ex) when (ex is IOException or DbUpdateException or CsvHelperException or InvalidOperationException)
            {
                logger.LogError(ex, "CFPB import {ImportId} failed", progress.Id);
                progress.Error = "The import stopped: " + ex.GetType().Name + ". Rows imported so far are kept.";
            }
            finally
            {
                progress.Finished = true;
            }
        });
        return progress;
    }

    private async Task RunAsync(string path, Guid startedBy, int? limit, ImportProgress progress)
    {
        var rows = new List<(int Line, Dictionary<string, string> Fields)>();
        using (var reader = new StreamReader(path))
        using (var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null }))
        {
            await csv.ReadAsync();
            csv.ReadHeader();
            var header = csv.HeaderRecord ?? [];
            while (await csv.ReadAsync() && (limit is null || rows.Count < limit))
            {
                rows.Add((csv.Parser.RawRow, header.ToDictionary(h => h, h => csv.GetField(h) ?? "", StringComparer.Ordinal)));
            }
        }

        progress.Total = rows.Count;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
        var clocks = scope.ServiceProvider.GetRequiredService<ComplaintClockService>();
        var customer = await db.Set<Customer>().SingleOrDefaultAsync(c => c.Reference == "CFPB-IMPORT");
        if (customer is null)
        {
            customer = new Customer { Reference = "CFPB-IMPORT", FirstName = "Historical", LastName = "CFPB complainants", CreatedAt = DateTime.UtcNow };
            db.Add(customer);
        }

        foreach (var chunk in rows.Chunk(250))
        {
            foreach (var (line, f) in chunk)
            {
                var complaint = await MapAsync(line, f, customer.Id, startedBy, clocks, progress);
                if (complaint is not null)
                {
                    db.Add(complaint);
                    progress.Imported++;
                }

                progress.Processed++;
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private static async Task<Complaint?> MapAsync(int line, Dictionary<string, string> f, Guid customerId, Guid startedBy, ComplaintClockService clocks,
        ImportProgress progress)
    {
        string F(string name) => f.GetValueOrDefault(name, "").Trim();
        void Unmapped(string reason) => progress.Unmapped.Enqueue(new UnmappedRow(line, F("Complaint ID"), F("Product"), F("Issue"), reason));

        var group = MapProduct(F("Product"));
        var cause = MapIssue(F("Issue"));
        if (group is null)
        {
            Unmapped("product has no product group");
            return null;
        }

        if (cause is null)
        {
            Unmapped("issue has no cause");
            return null;
        }

        if (!DateOnly.TryParseExact(F("Date sent to company"), "yyyy/M/d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var received)
            && !DateOnly.TryParseExact(F("Date received"), "yyyy/M/d", CultureInfo.InvariantCulture, DateTimeStyles.None, out received))
        {
            Unmapped("date not readable");
            return null;
        }

        var response = F("Company response to consumer");
        ComplaintOutcome? outcome = response switch
        {
            "Closed with monetary relief" => ComplaintOutcome.Upheld,
            "Closed with non-monetary relief" => ComplaintOutcome.PartiallyUpheld,
            "Closed with explanation" or "Closed" or "Closed without relief" => ComplaintOutcome.NotUpheld,
            _ => null,
        };
        var open = response is "In progress" or "Untimely response";
        if (outcome is null && !open)
        {
            Unmapped($"company response '{response}' has no outcome");
            return null;
        }

        var narrative = F("Consumer complaint narrative");
        var receivedAt = UkTimeAt(received);
        var complaint = new Complaint
        {
            CustomerId = customerId,
            ReceivedAt = receivedAt.UtcDateTime,
            Division = "england-and-wales",
            Channel = F("Submitted via").ToLowerInvariant() switch { "phone" => "phone", "postal mail" => "letter", "email" => "email", _ => "web-form" },
            Description = CardNumberRedactor.Redact(Truncate(narrative.Length > 0 ? narrative : $"{F("Issue")} — {F("Sub-issue")}", Complaint.MaxDescriptionLength))!,
            AboutKind = "product",
            AboutDetail = Truncate($"CFPB {F("Complaint ID")}: {F("Product")} / {F("Sub-product")}", Complaint.MaxShortText),
            ProductGroup = group,
            CauseCategory = cause,
            RulePackId = RulePack.FcaDisp,
            HandlerId = startedBy,
            Outcome = outcome,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        await clocks.RecalculateAsync(complaint, null, CancellationToken.None);
        if (!open)
        {
            // Timely: answered within the period (the CFPB's 15 days); not timely: after the final-response date.
            var respondedOn = F("Timely response?") == "Yes" ? received.AddDays(14) : complaint.FinalResponseDue.AddDays(7);
            complaint.IssueFinalResponse(UkTimeAt(respondedOn).UtcDateTime, respondedOn);
            await clocks.RecalculateAsync(complaint, respondedOn, CancellationToken.None);
        }

        return complaint;
    }

    private static DateTimeOffset UkTimeAt(DateOnly date) => Frontline.Domain.Platform.Calendar.UkTime.ToInstant(date, new TimeOnly(12, 0));

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
