using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Frontline.Web.Features.Platform;

/// <summary>A table of text cells (first row the header) as CSV, or as XLSX with the named columns written as numbers.</summary>
public static class TableExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Csv(IEnumerable<string[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var row in rows)
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

    /// <param name="rows">The header first, then the data rows (numbers in invariant culture).</param>
    /// <param name="numeric">Columns (from 0) whose non-empty data cells are numbers.</param>
    /// <param name="sheetName">The worksheet's name.</param>
    public static byte[] Xlsx(IEnumerable<string[]> rows, IReadOnlySet<int> numeric, string sheetName)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (row, index) in rows.Select((r, i) => (r, i)))
            {
                data.AppendChild(new Row(row.Select((v, column) => index > 0 && numeric.Contains(column) && v.Length > 0
                    ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(v) }
                    : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v)) })));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }
}
