using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Frontline.Web.Tests.Cases;
using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Performance;

/// <summary>
/// KPIs over the imported 1999 call log for 1 August 1999, against figures worked out here from the CSV itself: waiting
/// runs from <c>q_start</c> (a call answered without queueing waited 0 s; a call that hung up in the IVR never reached the queue).
/// </summary>
public sealed class CallLogKpiTests(FrontlineAppFactory app) : IClassFixture<FrontlineAppFactory>
{
    private sealed record Expected(int Answered, int Abandoned, int Within20, int LateAbandons, double WaitSum, double TalkSum);

    private static Expected FromCsv(string date)
    {
        static int T(string s)
        {
            var p = s.Split(':').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            return (p[0] * 3600) + (p[1] * 60) + p[2];
        }

        var lines = File.ReadAllLines(ContactImportApiTests.CallLogSlice);
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        int answered = 0, abandoned = 0, within = 0, late = 0;
        double waits = 0, talk = 0;
        foreach (var f in lines.Skip(1).Select(l => l.Split(',')).Where(f => f[Col("date")] == date))
        {
            var entry = T(f[Col("vru_entry")]);
            int At(string column) => T(f[Col(column)]) < entry ? T(f[Col(column)]) + 86_400 : T(f[Col(column)]);
            var queued = f[Col("q_start")] != "0:00:00";
            switch (f[Col("outcome")])
            {
                case "AGENT":
                    answered++;
                    var wait = queued ? Math.Max(0, At("ser_start") - At("q_start")) : 0;
                    waits += wait;
                    within += wait <= 20 ? 1 : 0;
                    talk += At("ser_exit") - At("ser_start");
                    break;
                case "HANG" when queued:
                    abandoned++;
                    late += At("q_exit") - At("q_start") > 20 ? 1 : 0;
                    break;
            }
        }

        return new Expected(answered, abandoned, within, late, waits, talk);
    }

    private static object Kpi(string name, string measure, string direction, double target, double tolerance, string denominator = "offered") => new
    {
        name,
        purpose = "Measured from the centre's own call log.",
        measure,
        parameters = new { thresholdSeconds = 20, denominator },
        filters = new { channel = "phone" },
        direction,
        frequency = "daily",
        targets = new[] { new { level = "centre", target, tolerance } },
    };

    [Fact]
    public async Task Kpis_OverTheImported1999CallLog_GiveTheFiguresWorkedOutFromTheCsv_AndTheSameAfterReimport()
    {
        using var admin = await app.AdminAsync();
        var content = await File.ReadAllBytesAsync(ContactImportApiTests.CallLogSlice);
        (await ContactImportApiTests.ImportAsync(admin, content, "calls.csv")).GetProperty("rejectedCount").GetInt32().ShouldBe(0);
        var e = FromCsv("1999-08-01");
        e.Answered.ShouldBeGreaterThan(100);
        e.Abandoned.ShouldBeGreaterThan(10);

        async Task<Guid> CreateAsync(object kpi) =>
            (await (await admin.PostAsJsonAsync("/api/v1/performance/kpis", kpi)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var kpis = new Dictionary<string, Guid>
        {
            ["sl"] = await CreateAsync(Kpi("1999 SL offered", "service-level", "higher-is-better", 0.8, 0.05)),
            ["sl-late"] = await CreateAsync(Kpi("1999 SL late abandons", "service-level", "higher-is-better", 0.8, 0.05, "answered-plus-late-abandons")),
            ["asa"] = await CreateAsync(Kpi("1999 ASA", "average-speed-of-answer", "lower-is-better", 30, 10)),
            ["abandon"] = await CreateAsync(Kpi("1999 abandonment", "abandonment-rate", "lower-is-better", 0.05, 0.02)),
            ["aht"] = await CreateAsync(Kpi("1999 AHT", "average-handling-time", "lower-is-better", 180, 30)),
        };

        async Task<Dictionary<string, (double Value, int Count)>> FiguresAsync()
        {
            var figures = new Dictionary<string, (double, int)>();
            foreach (var (key, id) in kpis)
            {
                var item = (await (await admin.GetAsync($"/api/v1/performance/kpis/{id}/results?from=1999-08-01&to=1999-08-01&level=centre"))
                    .ReadJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Single();
                item.GetProperty("periodStart").GetString().ShouldBe("1999-08-01");
                figures[key] = (item.GetProperty("value").GetDouble(), item.GetProperty("count").GetInt32());
            }

            return figures;
        }

        var first = await FiguresAsync();
        var offered = e.Answered + e.Abandoned;
        first["sl"].Count.ShouldBe(offered);
        first["sl"].Value.ShouldBe((double)e.Within20 / offered, 1e-12);
        first["sl-late"].Count.ShouldBe(e.Answered + e.LateAbandons);
        first["sl-late"].Value.ShouldBe((double)e.Within20 / (e.Answered + e.LateAbandons), 1e-12);
        first["asa"].Value.ShouldBe(e.WaitSum / e.Answered, 1e-9);
        first["abandon"].Value.ShouldBe((double)e.Abandoned / offered, 1e-12);
        first["aht"].Value.ShouldBe(e.TalkSum / e.Answered, 1e-9);

        (await ContactImportApiTests.ImportAsync(admin, content, "calls-again.csv")).GetProperty("rejectedCount").GetInt32().ShouldBe(0);
        (await FiguresAsync()).ShouldBe(first);
    }
}
