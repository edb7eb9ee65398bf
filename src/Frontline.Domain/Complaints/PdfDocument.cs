using System.Globalization;
using System.Text;

namespace Frontline.Domain.Complaints;

/// <summary>
/// A minimal PDF 1.4 writer for text letters: A4 pages of Helvetica with word-wrapped lines. Enough for
/// letters to be stored and sent as PDF without a third-party library.
/// </summary>
public static class PdfDocument
{
    private const int LinesPerPage = 50;
    private const int CharsPerLine = 90;

    public static byte[] FromText(string title, string text)
    {
        var lines = new List<string> { title, "" };
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            lines.AddRange(Wrap(paragraph));
        }

        var pages = lines.Chunk(LinesPerPage).ToList();
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "", // pages, filled below
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        var kids = new List<string>();
        foreach (var page in pages)
        {
            var content = new StringBuilder("BT /F1 11 Tf 56 790 Td 14 TL\n");
            foreach (var line in page)
            {
                content.Append('(').Append(Escape(line)).Append(") Tj T*\n");
            }

            content.Append("ET");
            var stream = content.ToString();
            objects.Add($"<< /Length {Latin1.GetByteCount(stream)} >>\nstream\n{stream}\nendstream");
            var contentRef = objects.Count;
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {contentRef} 0 R >>");
            kids.Add($"{objects.Count} 0 R");
        }

        objects[1] = $"<< /Type /Pages /Kids [{string.Join(' ', kids)}] /Count {kids.Count} >>";

        using var output = new MemoryStream();
        void Write(string s) => output.Write(Latin1.GetBytes(s));
        Write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = output.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static readonly Encoding Latin1 = Encoding.Latin1;

    private static IEnumerable<string> Wrap(string paragraph)
    {
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > CharsPerLine)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        yield return line.ToString();
    }

    private static string Escape(string text)
    {
        var s = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // Helvetica with WinAnsi covers Latin-1 (and £); anything else is shown as '?'.
            var ch = c switch { '\u2019' => '\'', '\u2018' => '\'', '\u201c' or '\u201d' => '"', '\u2013' or '\u2014' => '-', _ => c };
            if (ch is '(' or ')' or '\\')
            {
                s.Append('\\');
            }

            s.Append(ch > '\u00ff' || char.IsControl(ch) ? '?' : ch);
        }

        return s.ToString();
    }
}
