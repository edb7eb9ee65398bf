namespace Frontline.Domain.Customers;

/// <summary>
/// How sure the centre is of who it is talking to, reached by passing identity verification in a contact.
/// Actions require a level (e.g. a general enquiry none, case details standard, a refund high).
/// </summary>
public enum AssuranceLevel
{
    None = 0,
    Standard = 1,
    High = 2,
}
