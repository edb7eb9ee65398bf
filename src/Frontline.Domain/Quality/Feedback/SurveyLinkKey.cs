using Frontline.Domain.Platform;

namespace Frontline.Domain.Quality.Feedback;

/// <summary>
/// The server key survey links are signed with, when configuration does not give one (<c>Quality:SurveyLinkKey</c>):
/// generated once and shared by every app node through the database. Never written to the audit trail.
/// </summary>
public sealed class SurveyLinkKey
{
    public int Id { get; init; } = 1;

    [Secret]
    public required byte[] Key { get; init; }

    public DateTime CreatedAt { get; init; }
}
