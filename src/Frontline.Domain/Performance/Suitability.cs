namespace Frontline.Domain.Performance;

/// <summary>
/// Whether a figure is fair to judge someone by: an individual figure from fewer than <see cref="DefaultMinimumContacts"/>
/// contacts is marked not reliable and left out of rankings.
/// </summary>
public static class Suitability
{
    public const int DefaultMinimumContacts = 30;

    public static bool IsReliable(int count, int minimumContacts = DefaultMinimumContacts) => count >= minimumContacts;
}
