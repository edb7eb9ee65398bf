using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Frontline.Web.Features.Complaints;

/// <summary>Drill-down lists as CSV or XLSX.</summary>
public static class ComplaintExports
{
    private static readonly string[] Columns =
        ["id", "received_at", "channel", "product_group", "cause", "status", "summary_resolution_by", "final_response_due", "overdue", "outcome", "redress_gbp"];

    private static IEnumerable<string[]> Rows(IEnumerable<ComplaintSummary> complaints) => complaints.Select(c => new[]
    {
        c.Id.ToString(), c.ReceivedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), c.Channel, c.ProductGroup ?? "", c.CauseCategory ?? "",
        c.Status, c.SummaryResolutionBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        c.FinalResponseDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Overdue ? "yes" : "no", c.Outcome ?? "",
        (c.RedressTotalPence / 100m).ToString("0.00", CultureInfo.InvariantCulture),
    });

    public static string Csv(IEnumerable<ComplaintSummary> complaints)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        foreach (var row in Rows(complaints).Prepend(Columns))
        {
            foreach (var field in row)
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }

        csv.Flush();
        return text.ToString();
    }

    public static byte[] Xlsx(IEnumerable<ComplaintSummary> complaints)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var row in Rows(complaints).Prepend(Columns))
            {
                data.AppendChild(new Row(row.Select(v => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v)) })));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Complaints" });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }
}
