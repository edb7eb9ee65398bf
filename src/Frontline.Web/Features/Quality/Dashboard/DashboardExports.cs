using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Frontline.Web.Features.Quality.Dashboard;

/// <summary>The evaluations behind a dashboard figure as CSV or XLSX (OpenXml), scores as numbers in XLSX.</summary>
public static class DashboardExports
{
    private static readonly string[] Columns =
        ["evaluation_id", "submitted_at", "agent", "team", "scorecard", "scorecard_version", "score", "score_before_critical", "band", "critical_failures", "evaluator"];

    private static IEnumerable<string[]> Rows(IEnumerable<EvaluationRow> rows) => rows.Select(r => new[]
    {
        r.Id.ToString(), r.SubmittedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), r.Agent ?? r.AgentId.ToString(), r.Team ?? "", r.Scorecard,
        r.ScorecardVersion.ToString(CultureInfo.InvariantCulture), r.Score?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
        r.ScoreBeforeCritical?.ToString("0.00", CultureInfo.InvariantCulture) ?? "", r.Band ?? "", r.CriticalFailures.ToString(CultureInfo.InvariantCulture),
        r.Evaluator ?? r.EvaluatorId.ToString(),
    });

    public static byte[] Csv(IEnumerable<EvaluationRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var row in Rows(rows).Prepend(Columns))
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

    public static byte[] Xlsx(IEnumerable<EvaluationRow> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var numeric = new HashSet<int> { 5, 6, 7, 9 };
            foreach (var (row, index) in Rows(rows).Prepend(Columns).Select((r, i) => (r, i)))
            {
                data.AppendChild(new Row(row.Select((v, column) => index > 0 && numeric.Contains(column) && v.Length > 0
                    ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(v) }
                    : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v)) })));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Evaluations" });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }
}
