using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Frontline.Web.Features.Performance.Staffing;

/// <summary>A day plan as CSV or XLSX: one row per interval, numbers as numbers in XLSX.</summary>
public static class DayPlanExports
{
    private static readonly string[] Columns =
        ["interval_start", "calls", "traffic_erlangs", "agents", "agents_after_shrinkage", "service_level", "asa_seconds", "occupancy"];

    private static IEnumerable<string[]> Rows(DayPlanResponse plan) => plan.Intervals.Select(r => new[]
    {
        r.Start, N(r.Calls, "0.##"), N(r.TrafficErlangs, "0.####"), r.Agents.ToString(CultureInfo.InvariantCulture),
        r.AgentsAfterShrinkage.ToString(CultureInfo.InvariantCulture), N(r.ServiceLevel, "0.####"), N(r.AsaSeconds, "0.##"), N(r.Occupancy, "0.####"),
    });

    private static string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    public static byte[] Csv(DayPlanResponse plan)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var row in Rows(plan).Prepend(Columns))
            {
                foreach (var field in row)
                {
                    csv.WriteField(field);
                }

                csv.NextRecord();
            }
        }

        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] Xlsx(DayPlanResponse plan)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (row, index) in Rows(plan).Prepend(Columns).Select((r, i) => (r, i)))
            {
                data.AppendChild(new Row(row.Select((v, column) => index > 0 && column > 0
                    ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(v) }
                    : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v)) })));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Day plan" });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }
}
