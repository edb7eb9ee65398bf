using Frontline.Data;
using Frontline.Domain.Complaints;
using Frontline.Domain.Customers;
using Frontline.Domain.Platform;
using Frontline.Web.Features.Platform;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Complaints;

/// <summary>
/// Issues a letter from the organisation's template: the acknowledgement, a holding response, the summary
/// resolution communication or the final response. Each moves the complaint on; a letter for the wrong state or
/// lacking the pack's mandatory content is refused and nothing is saved.
/// </summary>
public sealed class IssueComplaintLetter(FrontlineDbContext db, ComplaintStore store, ComplaintClockService clocks, CurrentStaff me)
{
    public async Task<(Complaint Complaint, ComplaintLetter Letter)> ExecuteAsync(Guid id, IssueLetterRequest request, CancellationToken cancellationToken)
    {
        if (!ComplaintNames.TryParse<LetterKind>(request.Kind, out var kind))
        {
            throw new DomainException("letter.kind-unknown", "Use acknowledgement, summary-resolution, holding or final-response.", DomainErrorKind.Invalid, "kind");
        }

        var complaint = await store.LoadAsync(id, cancellationToken);
        if (request.Version is not null)
        {
            ComplaintStore.CheckVersion(complaint, request.Version);
        }

        var now = store.Now;
        var today = store.Today;
        DateOnly? responseSentOn = null;
        switch (kind)
        {
            case LetterKind.Acknowledgement:
                complaint.Acknowledge(now);
                break;
            case LetterKind.Holding:
                complaint.SendHoldingResponse(now, today);
                break;
            case LetterKind.SummaryResolution:
                if (complaint.Status != ComplaintStatus.ResolvedSummary || complaint.Letters.Any(l => l.Kind == LetterKind.SummaryResolution))
                {
                    throw new DomainException("complaint.transition",
                        "A summary resolution communication is sent once, after the complaint has been resolved within the summary resolution window.",
                        DomainErrorKind.Conflict);
                }

                responseSentOn = today;
                break;
            default:
                complaint.IssueFinalResponse(now, today);
                responseSentOn = today;
                break;
        }

        var clockDates = await clocks.RecalculateAsync(complaint, responseSentOn, cancellationToken);

        var pack = await clocks.PackOfAsync(complaint, cancellationToken);
        var template = await db.Set<LetterTemplate>().AsNoTracking().Where(t => t.Kind == kind).Select(t => t.Body).SingleOrDefaultAsync(cancellationToken)
            ?? ComplaintLetters.DefaultBody(kind);
        var customer = await db.Set<Customer>().AsNoTracking().Where(c => c.Id == complaint.CustomerId)
            .Select(c => c.FirstName + " " + c.LastName).SingleOrDefaultAsync(cancellationToken) ?? "Customer";
        var handler = (await me.ProfileAsync(cancellationToken)).DisplayName;
        var agreed = complaint.Options.FirstOrDefault(o => o.Id == complaint.AgreedOptionId)?.Description;
        var text = ComplaintLetters.Render(template, new LetterValues(customer, Reference(complaint), complaint.ReceivedOn, today, pack, clockDates,
            complaint.Outcome is { } o ? ComplaintNames.Display(o) : null, agreed, complaint.RedressTotalPence, handler));
        var missing = ComplaintLetters.MissingContent(kind, text, pack);
        if (missing.Count > 0)
        {
            throw new DomainException("letter.incomplete", $"This letter cannot be issued: it does not give {string.Join("; ", missing)}. Correct the template in complaint settings.",
                DomainErrorKind.Invalid, "template");
        }

        var letter = new ComplaintLetter
        {
            ComplaintId = complaint.Id,
            Kind = kind,
            Body = text,
            Pdf = PdfDocument.FromText(Title(kind), text),
            IssuedBy = me.Id,
            IssuedAt = now,
        };
        complaint.Letters.Add(letter);
        db.Set<ComplaintLetter>().Add(letter);
        complaint.Touch(now);
        await db.SaveChangesAsync(cancellationToken);
        return (complaint, letter);
    }

    public static string Reference(Complaint complaint) => "CMP-" + complaint.Id.ToString("N")[^8..].ToUpperInvariant();

    public static string Title(LetterKind kind) => kind switch
    {
        LetterKind.Acknowledgement => "Acknowledgement of your complaint",
        LetterKind.SummaryResolution => "Your complaint has been resolved",
        LetterKind.Holding => "Update on your complaint",
        _ => "Final response to your complaint",
    };
}
