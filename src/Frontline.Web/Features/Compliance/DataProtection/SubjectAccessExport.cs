using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Frontline.Data;
using Frontline.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Compliance.DataProtection;

/// <summary>
/// The subject access export: everything held about the customer across modules (each module's
/// <see cref="IPersonalDataSource"/>) plus the audit entries about their record (values masked as the trail keeps
/// them), as one zip with <c>subject-access.json</c> and a readable <c>summary.pdf</c>. What was withheld, and why, is
/// listed in both.
/// </summary>
public sealed class SubjectAccessExport(FrontlineDbContext db, SubjectAccessDesk desk, IEnumerable<IPersonalDataSource> sources, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public async Task<(byte[] Zip, string FileName)> ExecuteAsync(Guid sarId, CancellationToken cancellationToken)
    {
        var sar = await desk.LoadAsync(sarId, cancellationToken);
        var sections = new List<PersonalDataSection>();
        foreach (var source in sources)
        {
            sections.AddRange(await source.CollectAsync(sar.CustomerId, cancellationToken));
        }

        var id = sar.CustomerId.ToString();
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "Customer" && e.EntityId == id).OrderBy(e => e.Sequence)
            .Select(e => new { e.At, e.Action, e.Changes }).ToListAsync(cancellationToken);
        sections.Add(new PersonalDataSection("audit", "Changes to the customer record (the audit trail; personal values masked as it keeps them)",
            [.. audit.Select(a => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["at"] = a.At, ["action"] = a.Action, ["changes"] = JsonDocument.Parse(a.Changes).RootElement.Clone(),
            })],
            ["Who made each change is not named (colleagues' personal data)."]));

        var reference = sections.FirstOrDefault(s => s.Name == "customer")?.Records.FirstOrDefault()?.GetValueOrDefault("reference")?.ToString() ?? id[..8];
        var generatedAt = clock.GetUtcNow().UtcDateTime;
        var document = new
        {
            subjectAccessRequest = new { sar.Id, receivedAt = sar.ReceivedOn, sar.DueDate, generatedAt },
            customerReference = reference,
            sections = sections.Select(s => new { s.Name, s.Description, count = s.Records.Count, s.Records }),
            redactions = sections.SelectMany(s => s.Redactions.Select(r => new { section = s.Name, withheld = r })),
        };
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var json = zip.CreateEntry("subject-access.json").Open())
            {
                await JsonSerializer.SerializeAsync(json, document, Json, cancellationToken);
            }

            await using var pdf = zip.CreateEntry("summary.pdf").Open();
            var bytes = PdfDocument.FromText($"Personal data held about customer {reference}", Summary(sections, generatedAt));
            await pdf.WriteAsync(bytes, cancellationToken);
        }

        return (buffer.ToArray(), $"subject-access-{reference}.zip");
    }

    private static string Summary(List<PersonalDataSection> sections, DateTime at)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Prepared {at:d MMMM yyyy} under UK GDPR Article 15. The full detail is in subject-access.json.");
        foreach (var s in sections)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{s.Description}: {s.Records.Count} record(s).");
            foreach (var record in s.Records.Take(50))
            {
                text.AppendLine("- " + string.Join("; ", record.Where(kv => kv.Value is string or DateTime or DateOnly or int or long or bool)
                    .Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key}: {kv.Value}"))));
            }

            foreach (var r in s.Redactions)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"Withheld: {r}");
            }
        }

        return text.ToString();
    }
}
