using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Frontline.Data;
using Frontline.Domain.Platform;
using Frontline.Domain.Quality.Feedback;
using Frontline.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality.Feedback;

/// <summary>
/// Imports responses collected by another survey tool, as CSV with a header row:
/// <c>external_id, contact_id, case_id, responded_at, csat, nps, effort, comment</c> (ids and scores may be blank).
/// Each row is linked to its contact's agent and team through the Cases module. Rows already imported (same
/// external id) are skipped, so a file can be loaded again; bad rows are reported by line and nothing of them is kept.
/// </summary>
public sealed class ImportSurveyResponses(FrontlineDbContext db, ContactDirectory contacts, CaseDirectory cases, TimeProvider clock)
{
    public const int MaxRows = 50_000;

    public async Task<ImportResult> ExecuteAsync(Guid surveyId, Stream csv, CancellationToken cancellationToken)
    {
        var survey = await db.Set<Survey>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken) ?? throw DomainException.NotFound("survey");
        var known = (await db.Set<SurveyResponse>().AsNoTracking().Where(r => r.SurveyId == surveyId && r.ExternalReference != null)
            .Select(r => r.ExternalReference!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var problems = new List<ImportProblem>();
        var responses = new List<SurveyResponse>();
        var skipped = 0;
        using var reader = new StreamReader(csv);
        using var parser = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            BadDataFound = null,
        });
        if (!await parser.ReadAsync() || !parser.ReadHeader() || parser.HeaderRecord is not { } header || !header.Contains("external_id", StringComparer.OrdinalIgnoreCase))
        {
            throw new DomainException("import.header", "The file needs a header row with external_id, contact_id, case_id, responded_at, csat, nps, effort, comment.",
                DomainErrorKind.Invalid, "file");
        }

        while (await parser.ReadAsync())
        {
            var line = parser.Parser.Row;
            if (responses.Count + skipped + problems.Count >= MaxRows)
            {
                problems.Add(new ImportProblem(line, $"Only {MaxRows:N0} rows are read per file."));
                break;
            }

            string? Field(string name) => parser.TryGetField<string>(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
            try
            {
                var external = Field("external_id") ?? throw new DomainException("import.external-id", "external_id is empty.");
                if (external.Length > SurveyResponse.MaxExternalReferenceLength)
                {
                    throw new DomainException("import.external-id", "external_id is too long.");
                }

                if (!known.Add(external))
                {
                    skipped++;
                    continue;
                }

                Guid? contactId = Field("contact_id") is { } c ? Guid.TryParse(c, out var cg) ? cg : throw new DomainException("import.contact", "contact_id is not an id.") : null;
                Guid? caseId = Field("case_id") is { } k ? Guid.TryParse(k, out var kg) ? kg : throw new DomainException("import.case", "case_id is not an id.") : null;
                var respondedAt = Field("responded_at") is { } r
                    ? DateTimeOffset.TryParse(r, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.UtcDateTime
                        : throw new DomainException("import.date", "responded_at is not a date and time (ISO 8601).")
                    : clock.GetUtcNow().UtcDateTime;
                var answers = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var q in survey.Questions)
                {
                    answers[q.Id] = q.Kind switch
                    {
                        QuestionKind.Csat => Field("csat"),
                        QuestionKind.Nps => Field("nps"),
                        QuestionKind.Effort => Field("effort"),
                        QuestionKind.Text => Field("comment"),
                    };
                }

                // Imported answers may leave out what the survey asks as required: the other tool asked its own way.
                var relaxed = new Survey { Name = survey.Name, Questions = survey.Questions.Select(q => q with { Required = false }).ToList() };
                var scores = relaxed.Score(answers);
                Guid? agentId = null, teamId = null;
                if (contactId is { } cid)
                {
                    var contact = await contacts.GetAsync(cid, cancellationToken);
                    (agentId, teamId, caseId) = (contact.AgentId, contact.TeamId, caseId ?? contact.CaseId);
                }
                else if (caseId is { } kid)
                {
                    var @case = await cases.FindInScopeAsync(kid, false, cancellationToken);
                    (agentId, teamId) = (@case.OwnerId, @case.TeamId);
                }

                responses.Add(new SurveyResponse
                {
                    SurveyId = survey.Id,
                    ContactId = contactId,
                    CaseId = caseId,
                    AgentId = agentId,
                    TeamId = teamId,
                    Source = ResponseSource.Import,
                    ExternalReference = external,
                    RespondedAt = respondedAt,
                    Csat = scores.Csat,
                    Nps = scores.Nps,
                    Effort = scores.Effort,
                    Comment = scores.Comment,
                    LowScore = survey.IsLow(scores.Csat, scores.Nps),
                });
            }
            catch (DomainException e)
            {
                problems.Add(new ImportProblem(line, e.Kind == DomainErrorKind.NotFound ? "The contact or case was not found." : e.Message));
            }
        }

        db.AddRange(responses);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult(responses.Count, skipped, problems);
    }
}
