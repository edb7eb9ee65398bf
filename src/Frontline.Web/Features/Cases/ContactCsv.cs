using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Frontline.Domain.Cases;
using Frontline.Domain.Platform.Calendar;

namespace Frontline.Web.Features.Cases;

/// <summary>One CSV data row: a contact to record, skipped (with why), or rejected (with why).</summary>
public sealed record CsvContactRow(int Row, ContactRequest? Contact, string? Rejection, bool Skipped = false);

/// <summary>
/// Reads contacts from CSV in either of two layouts, chosen by the header:
/// <list type="bullet">
/// <item>the Technion "Anonymous Bank" call log (<c>vru+line,call_id,...,server</c>, 17 columns): the call entering the
/// IVR is when it was offered, agent service start and end are answered and ended, abandoned calls end when the caller hung
/// up; <c>q_start</c> is when it entered the queue (a call answered without queueing entered it when answered, waiting 0 s; a
/// call that hung up in the IVR never reached it); <c>PHANTOM</c> rows (virtual calls the log says to ignore) are skipped. Times are read as the centre's local time,
/// and a time earlier than the call's start is taken to be after midnight;</item>
/// <item>Frontline's own layout: the API's field names as columns (<c>channel,direction,offeredAt,...,notes</c>).</item>
/// </list>
/// Row numbers are line numbers in the file (the header is row 1).
/// </summary>
public static class ContactCsv
{
    private static readonly string[] CallLogColumns =
        ["vru+line", "call_id", "customer_id", "priority", "type", "date", "vru_entry", "vru_exit", "vru_time", "q_start", "q_exit", "q_time",
         "outcome", "ser_start", "ser_exit", "ser_time", "server"];

    private static readonly Dictionary<string, string> ServiceTypes = new(StringComparer.Ordinal)
    {
        ["PS"] = "regular", ["PE"] = "regular (English)", ["IN"] = "internet support", ["NE"] = "stock exchange",
        ["NW"] = "prospective customer", ["TT"] = "callback",
    };

    public static List<CsvContactRow> Read(TextReader text)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = null,
            TrimOptions = TrimOptions.Trim,
        };
        using var csv = new CsvReader(text, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw new FormatException("The file is empty: it needs a header row.");
        }

        var isCallLog = CallLogColumns.All(c => header.Contains(c, StringComparer.OrdinalIgnoreCase));
        if (!isCallLog && !(header.Contains("channel", StringComparer.OrdinalIgnoreCase) && header.Contains("direction", StringComparer.OrdinalIgnoreCase)))
        {
            throw new FormatException("Unknown columns: use the 1999 call-log layout (vru+line, call_id, ..., server) or Frontline's (channel, direction, offeredAt, ..., notes).");
        }

        var index = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.OrdinalIgnoreCase);
        var rows = new List<CsvContactRow>();
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            var fields = csv.Parser.Record ?? [];
            if (fields.Length == 1 && string.IsNullOrWhiteSpace(fields[0]))
            {
                continue;
            }

            if (fields.Length < header.Length)
            {
                rows.Add(new(row, null, $"The row has {fields.Length} columns; the header has {header.Length}."));
                continue;
            }

            string Field(string name) => fields[index[name]];
            try
            {
                rows.Add(isCallLog ? FromCallLog(row, Field) : FromFrontline(row, name => index.ContainsKey(name) ? Field(name) : ""));
            }
            catch (FormatException ex)
            {
                rows.Add(new(row, null, ex.Message));
            }
        }

        return rows;
    }

    private static CsvContactRow FromCallLog(int row, Func<string, string> field)
    {
        var outcome = field("outcome");
        if (outcome == "PHANTOM")
        {
            return new(row, null, "PHANTOM: a virtual call the log says to ignore.", Skipped: true);
        }

        if (outcome is not ("AGENT" or "HANG"))
        {
            throw new FormatException($"outcome: '{outcome}' is not AGENT, HANG or PHANTOM.");
        }

        var date = DateOnly.TryParseExact(field("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FormatException($"date: '{field("date")}' is not a date (YYYY-MM-DD).");
        var entry = Time(field, "vru_entry");
        DateTimeOffset At(TimeOnly time) => UkTime.ToInstant(time < entry ? date.AddDays(1) : date, time);

        var offered = At(entry);
        var queued = Time(field, "q_start") != TimeOnly.MinValue;
        DateTimeOffset? queuedAt = queued ? At(Time(field, "q_start")) : null;
        DateTimeOffset? answered = null;
        DateTimeOffset ended;
        string code;
        if (outcome == "AGENT")
        {
            answered = At(Time(field, "ser_start"));
            queuedAt ??= answered; // answered without queueing: waited 0 s
            ended = At(Time(field, "ser_exit"));
            code = "served";
        }
        else
        {
            ended = At(Time(field, queued ? "q_exit" : "vru_exit"));
            code = queued ? "abandoned-in-queue" : "abandoned-in-ivr";
        }

        var type = field("type");
        var server = field("server");
        var notes = string.Create(CultureInfo.InvariantCulture,
            $"1999 call log: {ServiceTypes.GetValueOrDefault(type, type)} service, priority {field("priority")}, {field("vru_time")} s in IVR, {field("q_time")} s queued{(server == "NO_SERVER" ? "" : ", agent " + server)}.");
        return new(row, new ContactRequest(null, ContactChannels.Phone, ContactDirections.Inbound, null, offered, answered, ended, null, code, notes, null,
            Queue: type, ExternalReference: $"{field("vru+line")}/{field("call_id")}/{field("date")}", QueuedAt: queuedAt), null);
    }

    private static TimeOnly Time(Func<string, string> field, string name) =>
        TimeOnly.TryParseExact(field(name), ["H:mm:ss", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw new FormatException($"{name}: '{field(name)}' is not a time (H:MM:SS).");

    private static CsvContactRow FromFrontline(int row, Func<string, string> field)
    {
        static string? Text(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
        Guid? Id(string name) => Text(field(name)) is { } v ? (Guid.TryParse(v, out var g) ? g : throw new FormatException($"{name}: '{v}' is not an id.")) : null;
        DateTimeOffset? Instant(string name) => Text(field(name)) is { } v
            ? (DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : throw new FormatException($"{name}: '{v}' is not an ISO-8601 time."))
            : null;

        return new(row, new ContactRequest(Id("customerId"), field("channel"), field("direction"), Id("agentId"), Instant("offeredAt"),
            Instant("answeredAt"), Instant("endedAt"), Instant("wrapEndedAt"), Text(field("outcome")), Text(field("notes")), Id("caseId"),
            Text(field("queue")), Text(field("externalReference")), Instant("queuedAt")), null);
    }
}
