using Frontline.Domain.Cases;

namespace Frontline.Domain.Tests.Cases;

public sealed class ContactImportTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    private static ContactImport Running(DateTime? heartbeatAt) => new()
    {
        FileName = "calls.csv",
        StartedAt = Now.AddHours(-1),
        HeartbeatAt = heartbeatAt,
        Status = ImportStatus.Running,
        TotalRows = 10_000,
        ProcessedRows = 4_000,
        Accepted = 3_990,
    };

    [Fact]
    public void MarkInterrupted_Running_SaysHowFarItGot_AndWhatToUploadAgain_KeepingTheCounts()
    {
        var import = Running(Now);
        import.MarkInterrupted(Now);
        import.Status.ShouldBe(ImportStatus.Interrupted);
        import.IsFinished.ShouldBeTrue();
        import.FinishedAt.ShouldBe(Now);
        import.Error.ShouldBe("Interrupted by an application restart after 4,000 of 10,000 rows; the rows already imported are kept. "
            + "To import the rest, upload the header and the rows after the first 4,000 (the whole file again would record those twice).");
        (import.ProcessedRows, import.Accepted).ShouldBe((4_000, 3_990));
    }

    [Fact]
    public void MarkInterrupted_BeforeAnyRow_AsksForTheWholeFile()
    {
        var import = new ContactImport { FileName = "calls.csv", StartedAt = Now };
        import.MarkInterrupted(Now);
        import.Status.ShouldBe(ImportStatus.Interrupted);
        import.Error.ShouldBe("Interrupted by an application restart before any row was imported. Upload the file again.");
    }

    [Fact]
    public void MarkInterrupted_Finished_ChangesNothing()
    {
        var import = new ContactImport { FileName = "calls.csv", StartedAt = Now, Status = ImportStatus.Completed, FinishedAt = Now.AddMinutes(-1) };
        import.MarkInterrupted(Now);
        import.Status.ShouldBe(ImportStatus.Completed);
        import.Error.ShouldBeNull();
        import.FinishedAt.ShouldBe(Now.AddMinutes(-1));
    }

    [Fact]
    public void IsAbandoned_OnlyUnfinished_WithNoHeartbeatSinceTheCutoff_TheStartStandingInForAMissingHeartbeat()
    {
        var cutoff = Now.AddMinutes(-5);
        Running(Now.AddMinutes(-1)).IsAbandoned(cutoff).ShouldBeFalse();
        Running(Now.AddMinutes(-6)).IsAbandoned(cutoff).ShouldBeTrue();
        Running(null).IsAbandoned(cutoff).ShouldBeTrue(); // started an hour ago
        Running(null).IsAbandoned(Now.AddHours(-2)).ShouldBeFalse();
        Running(Now).IsAbandoned(null).ShouldBeTrue();
        new ContactImport { FileName = "x.csv", StartedAt = Now.AddHours(-1), Status = ImportStatus.Failed }.IsAbandoned(null).ShouldBeFalse();
    }
}
