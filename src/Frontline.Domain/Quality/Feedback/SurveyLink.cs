using System.Buffers.Binary;
using System.Security.Cryptography;
using Frontline.Domain.Platform;

namespace Frontline.Domain.Quality.Feedback;

/// <summary>
/// The token of a survey link: the invitation id and expiry, signed with HMAC-SHA256 under a server key, so a link
/// cannot be made up or altered (tampered links are refused before the database is asked).
/// Format: base64url(16-byte id ‖ 8-byte expiry in Unix seconds) "." base64url(HMAC).
/// </summary>
public static class SurveyLink
{
    public static string Sign(Guid invitationId, DateTime expiresAt, byte[] key)
    {
        var payload = Payload(invitationId, expiresAt);
        return $"{Base64Url(payload)}.{Base64Url(HMACSHA256.HashData(key, payload))}";
    }

    /// <summary>The invitation id and expiry of a genuine token; throws a 404-kind error for anything else.</summary>
    public static (Guid InvitationId, DateTime ExpiresAt) Verify(string? token, byte[] key)
    {
        var parts = (token ?? "").Split('.');
        if (parts.Length != 2 || FromBase64Url(parts[0]) is not { Length: 24 } payload || FromBase64Url(parts[1]) is not { Length: 32 } mac
            || !CryptographicOperations.FixedTimeEquals(mac, HMACSHA256.HashData(key, payload)))
        {
            throw Invalid();
        }

        var id = new Guid(payload.AsSpan(0, 16));
        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(16))).UtcDateTime;
        return (id, expires);
    }

    public static DomainException Invalid() =>
        new("survey.link-invalid", "This survey link is not valid. Please check that you copied the whole link.", DomainErrorKind.NotFound);

    private static byte[] Payload(Guid invitationId, DateTime expiresAt)
    {
        var payload = new byte[24];
        invitationId.TryWriteBytes(payload.AsSpan(0, 16));
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(16), new DateTimeOffset(DateTime.SpecifyKind(expiresAt, DateTimeKind.Utc)).ToUnixTimeSeconds());
        return payload;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        s = s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
        try
        {
            return Convert.FromBase64String(s);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
