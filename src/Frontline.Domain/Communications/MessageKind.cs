namespace Frontline.Domain.Communications;

/// <summary>What a message is: the language check's SMS arithmetic and required elements depend on it.</summary>
public enum MessageKind
{
    Email,
    Sms,
    Letter,
    Chat,
    ComplaintLetter,
}
