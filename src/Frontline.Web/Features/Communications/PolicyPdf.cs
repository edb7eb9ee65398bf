using System.Globalization;
using Frontline.Domain.Communications;
using Frontline.Domain.Platform.Calendar;
using Frontline.Web.Features.Quality.Audits;
using PdfSharp.Pdf;

namespace Frontline.Web.Features.Communications;

/// <summary>
/// The policy as PDF with its sign-off record: title, version and status, every clause under its component, then
/// each management decision (who, role, when, comment) and the review date. Uses the audit report's page writer.
/// </summary>
public static class PolicyPdf
{
    public static byte[] Render(PolicyView policy)
    {
        AuditReportPdf.EnsureFonts();
        using var document = new PdfDocument();
        document.Info.Title = $"{policy.Title} (version {policy.Version})";
        document.Info.Author = policy.AuthorName;
        var writer = new AuditReportPdf.PageWriter(document);
        writer.Heading(policy.Title, 16);
        writer.Line($"Version {policy.Version} · {PolicyVersion.StatusText(policy.Status)} · drafted by {policy.AuthorName}");
        if (policy.ReviewDueOn is { } due)
        {
            writer.Line($"Review due: {due.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}");
        }

        writer.Space();
        foreach (var group in policy.Clauses.GroupBy(c => c.Component))
        {
            writer.Heading(PolicyComponents.Name(group.Key), 12);
            foreach (var clause in group)
            {
                writer.Paragraph($"{clause.Number}. {(clause.Heading is { } h ? h + ": " : "")}{clause.Text}");
            }

            writer.Space(4);
        }

        writer.Heading("Management agreement", 13);
        writer.Line($"{policy.Agreements} of {policy.RequiredAgreements} required agreement(s) recorded.");
        foreach (var signOff in policy.SignOffs)
        {
            writer.Paragraph($"{(signOff.Decision == SignOffDecision.Agree ? "Agreed" : "Rejected")} by {signOff.SignerName} ({signOff.Role}), {Format(signOff.At)}, submission {signOff.Round}"
                + (signOff.Comment is { } c ? $": {c}" : ""), bold: signOff.Decision == SignOffDecision.Agree);
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static string Format(DateTimeOffset instant) =>
        UkTime.ToLocal(instant).ToDateTimeUnspecified().ToString("d MMM yyyy HH:mm", CultureInfo.GetCultureInfo("en-GB"));
}
