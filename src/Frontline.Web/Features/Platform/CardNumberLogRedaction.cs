using Frontline.Domain.Platform;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace Frontline.Web.Features.Platform;

/// <summary>
/// Wraps every log sink so that no card number reaches the log stream (PCI DSS 3.3, 10.3): the message template's own
/// text, every property value (nested ones too) and the exception's text (message and stack trace, e.g. a binding error
/// echoing <c>limit=4111111111111111</c>) are masked before the event is written.
/// </summary>
public sealed class CardNumberLogRedaction(ILogEventSink inner) : ILogEventSink, IDisposable
{
    private static readonly MessageTemplateParser Parser = new();

    public void Emit(LogEvent logEvent) => inner.Emit(Redact(logEvent));

    /// <summary>The event as it may be written: itself when nothing in it looks like a card number.</summary>
    public static LogEvent Redact(LogEvent logEvent)
    {
        var template = CardNumberRedactor.MayContainCardNumber(logEvent.MessageTemplate.Text)
            ? Parser.Parse(CardNumberRedactor.Redact(logEvent.MessageTemplate.Text)!)
            : logEvent.MessageTemplate;
        var exception = logEvent.Exception is { } error && CardNumberRedactor.ContainsCardNumber(error.ToString())
            ? new RedactedException(error)
            : logEvent.Exception;
        var changed = !ReferenceEquals(template, logEvent.MessageTemplate) || !ReferenceEquals(exception, logEvent.Exception);
        var properties = new List<LogEventProperty>(logEvent.Properties.Count);
        foreach (var (name, value) in logEvent.Properties)
        {
            var redacted = Redact(value);
            changed |= !ReferenceEquals(redacted, value);
            properties.Add(new LogEventProperty(name, redacted));
        }

        return changed ? new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template, properties) : logEvent;
    }

    private static LogEventPropertyValue Redact(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text } when CardNumberRedactor.ContainsCardNumber(text):
                return new ScalarValue(CardNumberRedactor.Redact(text));
            case ScalarValue { Value: not null and not string } scalar when scalar.Value.ToString() is { } shown
                && CardNumberRedactor.ContainsCardNumber(shown):
                // A long, a Uri, a query string: written through ToString, so masked as text.
                return new ScalarValue(CardNumberRedactor.Redact(shown));
            case SequenceValue sequence:
            {
                var elements = sequence.Elements.Select(Redact).ToList();
                return elements.Where((e, i) => !ReferenceEquals(e, sequence.Elements[i])).Any() ? new SequenceValue(elements) : value;
            }

            case StructureValue structure:
            {
                var properties = structure.Properties.Select(p => new LogEventProperty(p.Name, Redact(p.Value))).ToList();
                return properties.Where((p, i) => !ReferenceEquals(p.Value, structure.Properties[i].Value)).Any()
                    ? new StructureValue(properties, structure.TypeTag)
                    : value;
            }

            case DictionaryValue dictionary:
            {
                var elements = dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, Redact(e.Value))).ToList();
                return elements.Where((e, i) => !ReferenceEquals(e.Value, dictionary.Elements.ElementAt(i).Value)).Any()
                    ? new DictionaryValue(elements)
                    : value;
            }

            default:
                return value;
        }
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    /// <summary>An exception as the log shows it: its type, message and stack trace, with card numbers masked.</summary>
    private sealed class RedactedException(Exception original) : Exception(CardNumberRedactor.Redact(original.Message))
    {
        private readonly string _text = CardNumberRedactor.Redact(original.ToString())!;

        public override string? StackTrace => null;

        public override string ToString() => _text;
    }
}
