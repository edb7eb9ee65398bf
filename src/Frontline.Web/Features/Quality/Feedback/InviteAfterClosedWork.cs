using Frontline.Data;
using Frontline.Domain.Quality.Feedback;
using Frontline.Web.Features.Cases;
using Frontline.Web.Features.Customers;
using Frontline.Web.Features.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Frontline.Web.Features.Quality.Feedback;

/// <summary>
/// Automatic survey invitations (CCTC9 4.4): each active survey triggered by closed contacts or cases invites, by
/// e-mail, the customers of those closed since its last run — the survey's share of them, at most once per contact or
/// case, never a customer invited to any survey within the survey's quiet days, never one without an e-mail address.
/// Invitations wait in the survey outbox; <see cref="SurveyEmailDelivery"/> sends them.
/// </summary>
/// <remarks>
/// Each run looks back an hour before where the last one stopped, so work saved late (a contact recorded after it
/// ended) is still seen; what was already invited is recognised and left. Nothing is invited while e-mail is off or the
/// survey page has no public address: a link nobody can open is worse than none.
/// </remarks>
public sealed class InviteAfterClosedWork(FrontlineDbContext db, IClosedWork closedWork, ICustomerEmailAddresses addresses,
    IOptionsMonitor<SmtpOptions> smtp, IConfiguration configuration, TimeProvider clock, ILogger<InviteAfterClosedWork> log)
{
    public const int BatchSize = 5_000;
    public static readonly TimeSpan LookBack = TimeSpan.FromHours(1);

    /// <summary>Why automatic invitations are not being made now, or null when they are.</summary>
    public string? Off() =>
        !smtp.CurrentValue.Enabled ? "E-mail is off (no SMTP host is configured), so no automatic invitations are made."
        : SurveyPublicAddress.Of(configuration) is null ? "The survey page has no public address (set Quality__PublicBaseUrl), so no automatic invitations are made."
        : null;

    /// <summary>Invites what is due; returns how many invitations were made.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (Off() is { } reason)
        {
            log.LogDebug("Automatic survey invitations skipped: {Reason}", reason);
            return 0;
        }

        var invited = 0;
        var surveys = await db.Set<Survey>().Where(s => s.IsActive && s.Trigger != SurveyTrigger.Manual).ToListAsync(cancellationToken);
        foreach (var survey in surveys)
        {
            try
            {
                invited += await InviteForAsync(survey, cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another node ran this survey at the same moment: its run stands, this one's invitations are dropped.
                db.ChangeTracker.Clear();
            }
        }

        return invited;
    }

    private async Task<int> InviteForAsync(Survey survey, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var from = survey.AutoInvitedUpTo is { } upTo ? upTo - LookBack : survey.CreatedAt;
        if (from < survey.CreatedAt)
        {
            from = survey.CreatedAt; // work closed before the survey existed is not surveyed
        }

        var quietSince = now.AddDays(-survey.QuietDays);
        var invitedCustomers = new HashSet<Guid>();
        var invited = 0;
        while (true)
        {
            var work = survey.Trigger == SurveyTrigger.CaseClosed
                ? await closedWork.CasesClosedAsync(from, now, BatchSize, cancellationToken)
                : await closedWork.ContactsEndedAsync(from, now, BatchSize, cancellationToken);
            var chosen = work.Where(w => w.CustomerId is not null && survey.Selects(w.ContactId ?? w.CaseId!.Value)).ToList();
            var customerIds = chosen.Select(w => w.CustomerId!.Value).Distinct().ToList();
            var already = await AlreadyInvitedAsync(survey.Id, chosen, cancellationToken);
            invitedCustomers.UnionWith(await RecentlyInvitedAsync(customerIds, quietSince, cancellationToken));
            var emails = await addresses.ForAsync(customerIds, cancellationToken);
            foreach (var w in chosen)
            {
                var customerId = w.CustomerId!.Value;
                if (already.Contains(w.ContactId ?? w.CaseId!.Value) || !emails.TryGetValue(customerId, out var address) || !invitedCustomers.Add(customerId))
                {
                    continue;
                }

                db.Add(new SurveyInvitation
                {
                    SurveyId = survey.Id,
                    ContactId = w.ContactId,
                    CaseId = w.CaseId,
                    CustomerId = customerId,
                    AgentId = w.AgentId,
                    TeamId = w.TeamId,
                    Email = address.Email,
                    Delivery = InvitationDelivery.EmailQueued,
                    NextAttemptAt = now,
                    Automatic = true,
                    CreatedAt = now,
                    ExpiresAt = survey.LinkExpiry(now),
                });
                invited++;
            }

            // A full batch: carry on from its last record (no look-back inside a run); otherwise the window is done.
            var full = work.Count == BatchSize;
            survey.AutoInvitedUpTo = full ? work[^1].ClosedAt : now;
            await db.SaveChangesAsync(cancellationToken);
            if (!full)
            {
                return invited;
            }

            from = work[^1].ClosedAt;
        }
    }

    private async Task<HashSet<Guid>> AlreadyInvitedAsync(Guid surveyId, IReadOnlyList<ClosedWork> work, CancellationToken cancellationToken)
    {
        var found = new HashSet<Guid>();
        foreach (var chunk in work.Select(w => w.ContactId ?? w.CaseId!.Value).Chunk(500))
        {
            var ids = chunk.Select(id => (Guid?)id).ToList();
            var rows = await db.Set<SurveyInvitation>().AsNoTracking()
                .Where(i => i.SurveyId == surveyId && (ids.Contains(i.ContactId) || (i.ContactId == null && ids.Contains(i.CaseId))))
                .Select(i => i.ContactId ?? i.CaseId).ToListAsync(cancellationToken);
            found.UnionWith(rows.OfType<Guid>());
        }

        return found;
    }

    private async Task<List<Guid>> RecentlyInvitedAsync(IReadOnlyList<Guid> customerIds, DateTime since, CancellationToken cancellationToken)
    {
        var found = new List<Guid>();
        foreach (var chunk in customerIds.Chunk(500))
        {
            var ids = chunk.Select(id => (Guid?)id).ToList();
            found.AddRange((await db.Set<SurveyInvitation>().AsNoTracking()
                .Where(i => ids.Contains(i.CustomerId) && i.CreatedAt >= since)
                .Select(i => i.CustomerId).Distinct().ToListAsync(cancellationToken)).OfType<Guid>());
        }

        return found;
    }
}

/// <summary>The public address survey links in e-mails start with: <c>Quality:PublicBaseUrl</c>, else <c>Notifications:BaseUrl</c>.</summary>
public static class SurveyPublicAddress
{
    public static string? Of(IConfiguration configuration) =>
        configuration["Quality:PublicBaseUrl"] is { Length: > 0 } quality ? quality
        : configuration["Notifications:BaseUrl"] is { Length: > 0 } app ? app
        : null;
}
