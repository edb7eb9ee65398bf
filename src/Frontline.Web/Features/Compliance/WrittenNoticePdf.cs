using System.Globalization;
using System.Text;
using Frontline.Domain.Complaints;
using Frontline.Domain.Compliance;
using Frontline.Domain.Platform;

namespace Frontline.Web.Features.Compliance;

/// <summary>
/// The written notice to the employee (ACAS Code: set out the alleged misconduct and its possible consequences, give
/// the evidence, invite them to a meeting and tell them of the right to be accompanied), as a PDF letter.
/// </summary>
public static class WrittenNoticePdf
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static byte[] Render(BreachView breach)
    {
        var notice = breach.Procedure.FirstOrDefault(p => p.Stage == ProcedureStage.WrittenNotice)
            ?? throw new DomainException("breach.no-notice", "No written notice is recorded yet.", DomainErrorKind.Conflict);
        var investigation = breach.Procedure.FirstOrDefault(p => p.Stage == ProcedureStage.Investigation);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Date: {notice.On.ToString("d MMMM yyyy", UkCulture)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"To: {string.Join(", ", breach.Staff.Select(s => s.Name))}");
        text.AppendLine();
        text.AppendLine("Private and confidential: disciplinary procedure");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"We are writing about a possible breach of {breach.RequirementTitle ?? "a requirement"}{(breach.RequirementCitation is null ? "" : $" ({breach.RequirementCitation})")} on {breach.OccurredAt.ToString("d MMMM yyyy", UkCulture)}.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"What is alleged: {breach.Description}");
        if (investigation?.Notes is { } findings)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"What the investigation found: {findings}");
        }

        text.AppendLine();
        text.AppendLine(notice.Notes);
        text.AppendLine();
        text.AppendLine("You have the right to be accompanied at the disciplinary meeting by a colleague or a trade-union representative. "
            + "Please tell us who will accompany you. The possible outcomes are no action, a first written warning, a final written warning or dismissal. "
            + "You will have the right to appeal against any decision.");
        return PdfDocument.FromText("Written notice of a disciplinary meeting", text.ToString());
    }
}
