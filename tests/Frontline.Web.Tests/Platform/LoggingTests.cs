using Frontline.Web.Features.Platform;
using Serilog.Events;
using Serilog.Parsing;

namespace Frontline.Web.Tests.Platform;

public sealed class LoggingTests
{
    [Fact]
    public void CardNumberLogRedaction_MasksCardNumbersInLogProperties_AndLeavesOtherNumbers()
    {
        var template = new MessageTemplateParser().Parse("{Path} {Note}");
        var logEvent = new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Information, null, template,
        [
            new LogEventProperty("Path", new ScalarValue("/api/v1/contacts/4111-1111-1111-1111")),
            new LogEventProperty("Note", new ScalarValue("call me on 07700 900123")),
        ]);
        var rendered = CardNumberLogRedaction.Redact(logEvent).RenderMessage(System.Globalization.CultureInfo.InvariantCulture);
        rendered.ShouldNotContain("4111-1111-1111-1111");
        rendered.ShouldContain("411111******1111");
        rendered.ShouldContain("07700 900123");
    }
}
