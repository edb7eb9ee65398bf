using BenchmarkDotNet.Attributes;
using Frontline.Domain.Platform;
using Frontline.Domain.Platform.Calendar;

namespace Frontline.Bench;

/// <summary>Pure domain hot paths: card-number redaction of a note, business-day arithmetic, audit hashing.</summary>
[MemoryDiagnoser]
public class DomainBenchmarks
{
    private const string Note = "Customer called about card 4242 4242 4242 4242, ref 0207 946 0000; wants a refund of 12.50 for order 123456789.";
    private readonly BusinessCalendar _calendar = BusinessCalendar.For(CalendarDivision.EnglandAndWales);

    [Benchmark]
    public string? RedactNote() => CardNumberRedactor.Redact(Note);

    [Benchmark]
    public DateOnly AddThirtyFiveBusinessDays() => _calendar.AddBusinessDays(new DateOnly(2025, 12, 19), 35);

    [Benchmark]
    public string AuditHash() => AuditEntry.ComputeHash(1, DateTime.UtcNow, Guid.Empty, "admin", "created", "Contact", "x", "{}", AuditChain.Genesis);
}
