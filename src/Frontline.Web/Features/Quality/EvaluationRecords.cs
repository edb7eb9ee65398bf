using Frontline.Domain.Platform;
using Frontline.Domain.Quality;
using Frontline.Web.Features.Cases;
using Frontline.Web.Features.Catalogue;
using Frontline.Web.Features.Complaints;
using Frontline.Web.Features.Customers;

namespace Frontline.Web.Features.Quality;

/// <summary>
/// The work an evaluation is beside — a contact, case or complaint — read through the owning modules in the caller's
/// scope (out of scope: not found). Quality never reads their tables.
/// </summary>
public sealed class EvaluationRecords(ContactDirectory contacts, CaseDirectory cases, IComplaintLinks complaints, IContactVerifications verifications,
    IContactDisclosures disclosures, QualityPeople people)
{
    /// <summary>Whose work it is and what it was, for starting an evaluation (exactly one of the ids).</summary>
    public async Task<EvaluatedWork> WorkAsync(Guid? contactId, Guid? caseId, Guid? complaintId, CancellationToken cancellationToken)
    {
        if (new[] { contactId, caseId, complaintId }.Count(id => id is not null) != 1)
        {
            throw new DomainException("evaluation.subject", "Evaluate one contact, case or complaint: give exactly one of contactId, caseId, complaintId.",
                DomainErrorKind.Invalid, "contactId");
        }

        if (contactId is { } id)
        {
            var contact = await contacts.GetAsync(id, cancellationToken);
            return new EvaluatedWork(EvaluationSubject.Contact, contact.Id, contact.CaseId, null, contact.AgentId, contact.TeamId, contact.Channel,
                contact.AnsweredAt ?? contact.OfferedAt ?? contact.CreatedAt, "contactId");
        }

        if (caseId is { } c)
        {
            var view = await cases.GetAsync(c, cancellationToken);
            return new EvaluatedWork(EvaluationSubject.Case, null, view.Id, null, view.OwnerId, view.TeamId, null, view.CreatedAt, "caseId");
        }

        var complaint = await complaints.FindInScopeAsync(complaintId!.Value, cancellationToken);
        return new EvaluatedWork(EvaluationSubject.Complaint, null, complaint.CaseId, complaint.Id, complaint.HandlerId, complaint.TeamId, complaint.Channel,
            complaint.ReceivedAt, "complaintId");
    }

    /// <summary>Everything the evaluator looks at beside the scorecard.</summary>
    public async Task<EvaluationRecordView> RecordAsync(Guid? contactId, Guid? caseId, Guid? complaintId, CancellationToken cancellationToken)
    {
        ContactView? contact = contactId is { } id ? await contacts.GetAsync(id, cancellationToken) : null;
        var caseIdToShow = contact?.CaseId ?? caseId;
        IReadOnlyList<ComplaintLinkView> linked = [];
        if (complaintId is { } complaint)
        {
            var one = await complaints.FindInScopeAsync(complaint, cancellationToken);
            linked = [one];
            caseIdToShow ??= one.CaseId;
        }
        else if (contact is not null || caseIdToShow is not null)
        {
            linked = await complaints.ForContactAsync(contact?.Id ?? Guid.Empty, caseIdToShow, cancellationToken);
        }

        CaseView? @case = null;
        if (caseIdToShow is { } cid)
        {
            try
            {
                @case = await cases.GetAsync(cid, cancellationToken);
            }
            catch (DomainException ex) when (ex.Kind == DomainErrorKind.NotFound && contact is not null)
            {
                // The contact is in scope but its case belongs to another team: show the contact without it.
            }
        }

        var agentId = contact?.AgentId ?? @case?.OwnerId ?? linked.FirstOrDefault()?.HandlerId;
        var names = await people.NamesAsync([agentId], cancellationToken);
        return new EvaluationRecordView(contact, @case, linked,
            contact is null ? [] : await verifications.ForContactAsync(contact.Id, cancellationToken),
            contact is null ? [] : await disclosures.ForContactAsync(contact.Id, cancellationToken),
            agentId ?? Guid.Empty, agentId is { } a ? names.GetValueOrDefault(a) : null, contact?.TeamId ?? @case?.TeamId ?? linked.FirstOrDefault()?.TeamId,
            contact?.Channel ?? linked.FirstOrDefault()?.Channel);
    }
}

/// <summary>The work being evaluated: the agent and their team come from the record.</summary>
public sealed record EvaluatedWork(EvaluationSubject Subject, Guid? ContactId, Guid? CaseId, Guid? ComplaintId, Guid? AgentId, Guid? TeamId, string? Channel,
    DateTimeOffset? WorkAt, string Field);
