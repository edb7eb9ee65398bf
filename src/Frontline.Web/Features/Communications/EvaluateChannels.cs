using Frontline.Data;
using Frontline.Domain.Communications;
using Frontline.Web.Features.Platform;

namespace Frontline.Web.Features.Communications;

/// <summary>Records a dated channel evaluation by the signed-in manager: weighted scores and a recommendation with reasons per channel.</summary>
public sealed class EvaluateChannels(FrontlineDbContext db, CurrentStaff me, TimeProvider clock)
{
    public async Task<ChannelEvaluation> ExecuteAsync(ChannelEvaluationRequest request, CancellationToken cancellationToken)
    {
        var (from, to) = (request.From ?? throw Missing("from"), request.To ?? throw Missing("to"));
        var evaluation = ChannelEvaluation.Record(request.Title ?? "", from, to, request.Weights ?? throw Missing("weights"),
            [.. (request.Channels ?? []).Select(c => new ChannelScoreInput(c.Channel ?? "", c.Cost, c.Preference, c.Accessibility, c.Resolution, c.Risk, c.Recommendation,
                c.Reasons ?? ""))], me.Id, clock.GetUtcNow().UtcDateTime);
        db.Add(evaluation);
        await db.SaveChangesAsync(cancellationToken);
        return evaluation;
    }

    private static Domain.Platform.DomainException Missing(string field) =>
        new("channel-evaluation.required", $"Give the {field}.", Domain.Platform.DomainErrorKind.Invalid, field);
}
