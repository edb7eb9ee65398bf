using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Frontline.Domain.Cases;
using Frontline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Tests.Cases;

public sealed class ContactImportApiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    public static string CallLogSlice => Path.Combine(FrontlineAppFactory.SeedDataDirectory, "Cases", "calls-1999-08-01-02.csv");

    public static async Task<JsonElement> ImportAsync(HttpClient client, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        var response = await client.PostAsync("/api/v1/contacts/imports", form);
        var started = await response.ReadJsonAsync(HttpStatusCode.Accepted);
        var id = started.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/contacts/imports/{id}");
        for (var i = 0; i < 600; i++)
        {
            var progress = await (await client.GetAsync($"/api/v1/contacts/imports/{id}")).ReadJsonAsync(HttpStatusCode.OK);
            if (progress.GetProperty("finished").GetBoolean())
            {
                return progress;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The import did not finish in a minute.");
    }

    [Fact]
    public async Task Import_1999CallLog_ImportsCleanly_WithItsTimings()
    {
        using var admin = await app.AdminAsync();
        var content = await File.ReadAllBytesAsync(CallLogSlice);
        var lines = File.ReadAllLines(CallLogSlice).Skip(1).ToList();
        var phantoms = lines.Count(l => l.Contains(",PHANTOM,", StringComparison.Ordinal));

        var result = await ImportAsync(admin, content, "calls.csv");
        result.GetProperty("status").GetString().ShouldBe("completed", result.ToString());
        result.GetProperty("rejectedCount").GetInt32().ShouldBe(0, result.ToString());
        result.GetProperty("skipped").GetInt32().ShouldBe(phantoms);
        result.GetProperty("accepted").GetInt32().ShouldBe(lines.Count - phantoms);
        result.GetProperty("processedRows").GetInt32().ShouldBe(lines.Count);
        result.GetProperty("percentDone").GetInt32().ShouldBe(100);

        // AA0104,31129 on 1 Aug: IVR 10:00:21, agent NAAMA 10:00:30–10:02:09 (UK summer time, UTC+1).
        var served = await app.WithDbAsync(db => db.Set<Contact>().AsNoTracking().SingleAsync(c => c.ExternalReference == "AA0104/31129/1999-08-01"));
        served.OfferedAt.ShouldBe(new DateTime(1999, 8, 1, 9, 0, 21, DateTimeKind.Utc));
        served.AnsweredAt.ShouldBe(new DateTime(1999, 8, 1, 9, 0, 30, DateTimeKind.Utc));
        served.EndedAt.ShouldBe(new DateTime(1999, 8, 1, 9, 2, 9, DateTimeKind.Utc));
        served.Outcome.ShouldBe("served");
        served.Queue.ShouldBe("PS");
        served.Notes!.ShouldContain("NAAMA");
        var abandoned = await app.WithDbAsync(db => db.Set<Contact>().AsNoTracking().SingleAsync(c => c.ExternalReference == "AA0204/43678/1999-08-01"));
        abandoned.Outcome.ShouldBe("abandoned-in-ivr");
        abandoned.AnsweredAt.ShouldBeNull();
    }

    [Fact]
    public async Task Import_FileWithBadRows_ReportsEachByRowNumber_AndKeepsTheGoodOnes()
    {
        using var admin = await app.AdminAsync();
        var csv = new StringBuilder()
            .AppendLine("channel,direction,offeredAt,answeredAt,endedAt,outcome,notes,externalReference")
            .AppendLine("phone,inbound,2026-11-02T09:00:00Z,2026-11-02T09:01:00Z,2026-11-02T09:05:00Z,resolved,fine,bad-rows-1")
            .AppendLine("phone,inbound,2026-11-02T09:00:00Z") // row 3: missing columns
            .AppendLine("fax,inbound,2026-11-02T09:00:00Z,,,resolved,unknown channel,bad-rows-3") // row 4
            .AppendLine("email,inbound,not-a-time,,,resolved,bad time,bad-rows-4") // row 5
            .AppendLine("chat,outbound,2026-11-02T10:00:00Z,2026-11-02T09:00:00Z,,resolved,answered before offered,bad-rows-5") // row 6
            .AppendLine("letter,outbound,,,,sent,\"Card 4242 4242 4242 4242, kept redacted\",bad-rows-6")
            .AppendLine("phone,inbound,4111111111111111,,,resolved,card typed in a time column,bad-rows-7") // row 8: the reason quotes it, redacted
            .ToString();
        var result = await ImportAsync(admin, Encoding.UTF8.GetBytes(csv), "bad.csv");
        result.GetProperty("accepted").GetInt32().ShouldBe(2);
        var rejected = result.GetProperty("rejected").EnumerateArray().Select(r => (Row: r.GetProperty("row").GetInt32(), Reason: r.GetProperty("reason").GetString()!)).ToList();
        rejected.Select(r => r.Row).ShouldBe([3, 4, 5, 6, 8]);
        rejected[4].Reason.ShouldContain("411111******1111");
        rejected[4].Reason.ShouldNotContain("4111111111111111");
        rejected[0].Reason.ShouldContain("columns");
        rejected[1].Reason.ShouldContain("channel");
        rejected[2].Reason.ShouldContain("offeredAt");
        rejected[3].Reason.ShouldContain("answeredAt");
        var kept = await app.WithDbAsync(db => db.Set<Contact>().AsNoTracking().Where(c => c.ExternalReference!.StartsWith("bad-rows-")).ToListAsync());
        kept.Select(c => c.ExternalReference).ShouldBe(["bad-rows-1", "bad-rows-6"], ignoreOrder: true);
        kept.Single(c => c.ExternalReference == "bad-rows-6").Notes.ShouldBe("Card 424242******4242, kept redacted");
    }

    [Fact]
    public async Task Import_UnknownLayout_Fails_WithReason_AndNoFile_Answers400()
    {
        using var admin = await app.AdminAsync();
        var result = await ImportAsync(admin, Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n"), "odd.csv");
        result.GetProperty("status").GetString().ShouldBe("failed");
        result.GetProperty("error").GetString()!.ShouldContain("Unknown columns");

        using var empty = new MultipartFormDataContent { { new StringContent("x"), "notfile" } };
        await (await admin.PostAsync("/api/v1/contacts/imports", empty)).ShouldBeValidationProblemAsync("file");
    }

    [Fact]
    public async Task Import_AsAgent_Answers403()
    {
        await app.CreateStaffAsync("imp.agent", ["Agent"]);
        using var agent = await app.ClientForAsync("imp.agent");
        using var form = new MultipartFormDataContent { { new ByteArrayContent("channel,direction\n"u8.ToArray()), "file", "x.csv" } };
        await (await agent.PostAsync("/api/v1/contacts/imports", form)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await agent.GetAsync($"/api/v1/contacts/imports/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
