using Frontline.Data;
using Frontline.Domain.Quality.Feedback;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Web.Features.Quality.Feedback;

/// <summary>
/// The key survey links are signed with: <c>Quality:SurveyLinkKey</c> (base64, at least 32 bytes) when configured,
/// otherwise one generated on first use and kept in the database so every app node signs and checks alike.
/// </summary>
public sealed class SurveyLinkKeys(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    public async Task<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is not null)
        {
            return _key;
        }

        if (configuration["Quality:SurveyLinkKey"] is { Length: > 0 } configured)
        {
            var bytes = Convert.FromBase64String(configured);
            if (bytes.Length < 32)
            {
                throw new InvalidOperationException("Quality:SurveyLinkKey must be at least 32 bytes (base64).");
            }

            return _key = bytes;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontlineDbContext>();
            var stored = await db.Set<SurveyLinkKey>().AsNoTracking().SingleOrDefaultAsync(k => k.Id == 1, cancellationToken);
            if (stored is null)
            {
                db.Add(new SurveyLinkKey { Key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), CreatedAt = clock.GetUtcNow().UtcDateTime });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another node created it first: use theirs.
                }

                db.ChangeTracker.Clear();
                stored = await db.Set<SurveyLinkKey>().AsNoTracking().SingleAsync(k => k.Id == 1, cancellationToken);
            }

            return _key = stored.Key;
        }
        finally
        {
            _gate.Release();
        }
    }
}
