using System.Security.Cryptography;
using System.Text;

namespace Frontline.Domain.Platform;

/// <summary>
/// A personal access token for the API. Only a SHA-256 hash of the token is stored; the token itself is
/// shown once, when it is created. Tokens expire and can be revoked by their owner or an administrator.
/// </summary>
public sealed class ApiToken
{
    public const string Prefix = "flt_";
    public const int MaxNameLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid StaffId { get; init; }

    public required string Name { get; init; }

    [Secret]
    public required string TokenHash { get; init; }

    /// <summary>The first characters of the token, to tell tokens apart in lists.</summary>
    public required string Hint { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime ExpiresAt { get; init; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public bool IsUsableAt(DateTime utcNow) => RevokedAt is null && utcNow < ExpiresAt;

    /// <summary>Creates a new random token; returns the entity and the plain token (never stored).</summary>
    public static (ApiToken Token, string PlainText) Issue(Guid staffId, string name, DateTime utcNow, int expiresInDays)
    {
        var plain = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var token = new ApiToken
        {
            StaffId = staffId,
            Name = name,
            TokenHash = HashOf(plain),
            Hint = plain[..8],
            CreatedAt = utcNow,
            ExpiresAt = utcNow.AddDays(expiresInDays),
        };
        return (token, plain);
    }

    public static string HashOf(string plainText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plainText)));
}
