using System.Globalization;
using Frontline.Domain.Platform.Calendar;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Frontline.Web.Features.Quality.Audits;

/// <summary>
/// The audit report as PDF (PDFsharp): title, scope, auditor and dates, the findings summary, every item with its
/// evidence, finding and action, then the report text. Text is set in DejaVu Sans, embedded, so any reader shows it.
/// </summary>
public static class AuditReportPdf
{
    private const double Margin = 50;
    private static readonly Lock FontLock = new();

    public static byte[] Render(AuditView audit)
    {
        EnsureFonts();
        using var document = new PdfDocument();
        document.Info.Title = $"Audit report: {audit.Title}";
        document.Info.Author = audit.AuditorName;
        var writer = new PageWriter(document);
        writer.Heading($"Audit report: {audit.Title}", 16);
        writer.Line($"Practice: {audit.PracticeName}");
        if (!string.IsNullOrWhiteSpace(audit.Scope))
        {
            writer.Paragraph($"Scope: {audit.Scope}");
        }

        writer.Line($"Auditor: {audit.AuditorName}");
        writer.Line($"Started: {Format(audit.StartedAt)}    Closed: {(audit.ClosedAt is { } c ? Format(c) : "not yet closed")}");
        writer.Line(string.Join("   ", audit.Findings.Select(f => $"{f.Key}: {f.Value.ToString(CultureInfo.InvariantCulture)}")));
        writer.Space();
        writer.Heading("Findings", 13);
        foreach (var item in audit.Items)
        {
            writer.Paragraph($"{item.Position}. {item.Text}", bold: true);
            writer.Paragraph($"Finding: {(item.Finding?.ToString().ToLowerInvariant() ?? "not recorded")}");
            if (!string.IsNullOrWhiteSpace(item.Evidence))
            {
                writer.Paragraph($"Evidence: {item.Evidence}");
            }

            if (item.Action is { } a)
            {
                writer.Paragraph($"Improvement action: {a.Title} (owner {a.OwnerName}, due {a.DueOn.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}, {a.Status})");
            }
            else if (item.ActionId is { } id)
            {
                writer.Paragraph($"Improvement action: {id}");
            }

            writer.Space(4);
        }

        writer.Heading("Report", 13);
        writer.Paragraph(audit.Report ?? "The report has not been written yet.");
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static string Format(DateTimeOffset instant) =>
        UkTime.ToLocal(instant).ToDateTimeUnspecified().ToString("d MMM yyyy HH:mm", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>PDFsharp's core build has no system fonts: give it DejaVu Sans once per process.</summary>
    internal static void EnsureFonts()
    {
        lock (FontLock)
        {
            if (GlobalFontSettings.FontResolver is not DejaVuFontResolver)
            {
                GlobalFontSettings.FontResolver = new DejaVuFontResolver();
            }
        }
    }

    /// <summary>Writes wrapped text down A4 pages, starting a new page when one is full.</summary>
    internal sealed class PageWriter(PdfDocument document)
    {
        private readonly XFont _body = new(DejaVuFontResolver.Family, 10);
        private readonly XFont _bold = new(DejaVuFontResolver.Family, 10, XFontStyleEx.Bold);
        private XGraphics? _graphics;
        private PdfPage? _page;
        private double _y;

        public void Heading(string text, double size) => Write(text, new XFont(DejaVuFontResolver.Family, size, XFontStyleEx.Bold), 6);

        public void Line(string text) => Write(text, _body, 2);

        public void Paragraph(string text, bool bold = false) => Write(text, bold ? _bold : _body, 3);

        public void Space(double points = 10) => _y += points;

        private void Write(string text, XFont font, double after)
        {
            var width = XUnit.FromPoint(595 - (2 * Margin)).Point;
            var lineHeight = font.GetHeight() * 1.15;
            foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
            {
                foreach (var line in Wrap(paragraph, font, width))
                {
                    var g = Graphics(lineHeight);
                    g.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, width, lineHeight), XStringFormats.TopLeft);
                    _y += lineHeight;
                }
            }

            _y += after;
        }

        private XGraphics Graphics(double needed)
        {
            if (_graphics is null || _y + needed > 842 - Margin)
            {
                _graphics?.Dispose();
                _page = document.AddPage();
                _page.Width = XUnit.FromPoint(595);
                _page.Height = XUnit.FromPoint(842);
                _graphics = XGraphics.FromPdfPage(_page);
                _y = Margin;
            }

            return _graphics;
        }

        private IEnumerable<string> Wrap(string paragraph, XFont font, double width)
        {
            var measure = Graphics(0);
            var words = paragraph.Split(' ');
            var line = "";
            foreach (var word in words)
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (measure.MeasureString(candidate, font).Width <= width || line.Length == 0)
                {
                    line = candidate;
                    continue;
                }

                yield return line;
                line = word;
            }

            yield return line;
        }
    }
}

/// <summary>Resolves every family to DejaVu Sans (regular or bold) from the system font directory.</summary>
internal sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Directory = "/usr/share/fonts/truetype/dejavu";

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[] GetFont(string faceName) => File.ReadAllBytes(Path.Combine(Directory, faceName + ".ttf"));
}
