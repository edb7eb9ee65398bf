using System.Net;
using System.Net.Http.Json;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Cases;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Performance;

/// <summary>Contacts carry the instant they entered the queue (waiting is measured from it), through the API and the 1999 call-log import.</summary>
public sealed class ContactQueueTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private const string CallLogHeader = "vru+line,call_id,customer_id,priority,type,date,vru_entry,vru_exit,vru_time,q_start,q_exit,q_time,outcome,ser_start,ser_exit,ser_time,server";

    private static DateTimeOffset Uk(int hour, int minute, int second) => UkTime.ToInstant(new DateOnly(1999, 8, 2), new TimeOnly(hour, minute, second));

    [Fact]
    public void CallLog_QStartIsQueuedAt_AnsweredWithoutQueueingWaitedZero_IvrHangUpNeverQueued()
    {
        var rows = ContactCsv.Read(new StringReader(string.Join("\r\n",
            CallLogHeader,
            "AA0101,1,0,1,PS,1999-08-02,10:00:00,10:00:10,10,10:00:10,10:00:40,30,AGENT,10:00:40,10:03:00,140,TOVA",
            "AA0101,2,0,1,PS,1999-08-02,10:05:00,10:05:08,8,0:00:00,0:00:00,0,AGENT,10:05:07,10:06:00,53,TOVA",
            "AA0101,3,0,1,PS,1999-08-02,10:10:00,10:10:10,10,10:10:10,10:11:00,50,HANG,0:00:00,0:00:00,0,NO_SERVER",
            "AA0101,4,0,1,PS,1999-08-02,10:20:00,10:20:30,30,0:00:00,0:00:00,0,HANG,0:00:00,0:00:00,0,NO_SERVER"))).Select(r => r.Contact!).ToList();

        rows[0].QueuedAt.ShouldBe(Uk(10, 0, 10));
        rows[0].Queue.ShouldBe("PS");
        rows[1].QueuedAt.ShouldBe(rows[1].AnsweredAt);
        rows[1].QueuedAt.ShouldBe(Uk(10, 5, 7));
        rows[2].QueuedAt.ShouldBe(Uk(10, 10, 10));
        rows[2].Outcome.ShouldBe("abandoned-in-queue");
        rows[3].QueuedAt.ShouldBeNull();
        rows[3].Outcome.ShouldBe("abandoned-in-ivr");
    }

    [Fact]
    public async Task Contacts_QueuedAtAndQueue_AreRecordedAndReturned_AndAQueueEntryBeforeTheOfferIsRefused()
    {
        using var admin = await app.AdminAsync();
        var offered = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

        var created = await (await admin.PostAsJsonAsync("/api/v1/contacts", new
        {
            channel = "phone", direction = "inbound", queue = "billing", offeredAt = offered, queuedAt = offered.AddSeconds(12), answeredAt = offered.AddSeconds(40),
            endedAt = offered.AddMinutes(5), outcome = "resolved",
        })).ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var read = await (await admin.GetAsync($"/api/v1/contacts/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        read.GetProperty("queuedAt").GetDateTimeOffset().ShouldBe(offered.AddSeconds(12));
        read.GetProperty("queue").GetString().ShouldBe("billing");

        await (await admin.PostAsJsonAsync("/api/v1/contacts", new
        {
            channel = "phone", direction = "inbound", queue = "billing", offeredAt = offered, queuedAt = offered.AddSeconds(-5), outcome = "abandoned-in-queue",
        })).ShouldBeValidationProblemAsync("queuedAt");
    }
}
