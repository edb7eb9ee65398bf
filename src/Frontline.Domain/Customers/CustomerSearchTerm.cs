namespace Frontline.Domain.Customers;

/// <summary>What a search query is taken to be; each kind is answered by its own index.</summary>
public enum CustomerSearchKind
{
    Reference,
    Postcode,
    Phone,
    Email,
    Name,
}

/// <summary>
/// A classified customer search: the kind, and the normalised prefix to look for. For a name of two or
/// more words, <see cref="Key"/> is the first name prefix and <see cref="SecondKey"/> the last name prefix.
/// </summary>
public sealed record CustomerSearchTerm(CustomerSearchKind Kind, string Key, string? SecondKey = null)
{
    /// <summary>
    /// Classifies a query: an <c>@</c> makes it an email; digits (with spaces, +, -, brackets) a phone
    /// number; the start of a UK postcode a postcode; other letters-and-digits a customer reference;
    /// anything else a name. Returns null for a query with nothing to search on.
    /// </summary>
    public static CustomerSearchTerm? Classify(string? query)
    {
        var text = query?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Contains('@', StringComparison.Ordinal))
        {
            return new(CustomerSearchKind.Email, SearchKeys.Email(text));
        }

        if (text.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')') && text.Count(char.IsAsciiDigit) >= 3)
        {
            return new(CustomerSearchKind.Phone, SearchKeys.Phone(text));
        }

        var compact = SearchKeys.Postcode(text);
        if (SearchKeys.PostcodePrefix().IsMatch(compact))
        {
            return new(CustomerSearchKind.Postcode, compact);
        }

        if (compact.Any(char.IsAsciiDigit) && compact.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return new(CustomerSearchKind.Reference, SearchKeys.Reference(compact));
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SearchKeys.Name).Where(w => w.Length > 0).ToList();
        return words.Count switch
        {
            0 => null,
            1 => new(CustomerSearchKind.Name, words[0]),
            _ => new(CustomerSearchKind.Name, words[0], words[^1]),
        };
    }
}
