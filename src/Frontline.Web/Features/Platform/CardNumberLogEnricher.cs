using Frontline.Domain.Platform;
using Serilog.Core;
using Serilog.Events;

namespace Frontline.Web.Features.Platform;

/// <summary>Masks card numbers in every string property of a log event (PCI DSS: not in logs either).</summary>
public sealed class CardNumberLogEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && CardNumberRedactor.ContainsCardNumber(text))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(CardNumberRedactor.Redact(text))));
            }
        }
    }
}
