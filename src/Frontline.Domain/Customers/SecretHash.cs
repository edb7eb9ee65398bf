using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Frontline.Domain.Customers;

/// <summary>
/// Salted PBKDF2-SHA256 hashes of verification secrets. The stored form
/// <c>pbkdf2-sha256$iterations$salt$hash</c> carries its own parameters, so the work factor can rise later
/// without invalidating stored secrets. Secrets are compared in constant time and never stored or shown.
/// </summary>
public static class SecretHash
{
    public const int DefaultIterations = 10_000;
    private const string Scheme = "pbkdf2-sha256";

    public static string Create(string secret, int iterations = DefaultIterations)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), salt, iterations, HashAlgorithmName.SHA256, 32);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    public static bool Verify(string secret, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations))
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(secret), Convert.FromBase64String(parts[2]), iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Security answers compare ignoring case and extra spaces: "  Rover  the dog" = "rover the dog".</summary>
    public static string NormaliseAnswer(string answer) =>
        string.Join(' ', answer.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>A passcode character is hashed with its position, so rows cannot be swapped between positions.</summary>
    public static string PasscodeCharacter(int position, char character) =>
        string.Create(CultureInfo.InvariantCulture, $"{position}:{char.ToLowerInvariant(character)}");
}
