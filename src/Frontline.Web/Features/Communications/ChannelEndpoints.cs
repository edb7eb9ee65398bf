using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Web.Features.Communications;

/// <summary>API of the channel catalogue: figures per channel for a period (contract in issue 11), configured costs, evaluations.</summary>
public static class ChannelEndpoints
{
    public static RouteGroupBuilder MapChannelApi(this RouteGroupBuilder comms)
    {
        var channels = comms.MapGroup("/channels");
        channels.MapGet("/", FiguresAsync).WithName("ChannelFigures")
            .WithSummary("Each channel's figures for ?from=YYYY-MM-DD&to=YYYY-MM-DD: contacts, handling, cost per contact (formula shown), FCR, complaints per 1,000, CSAT, support-needs share");
        channels.MapPut("/{channel}", ConfigureAsync).RequireAuthorization(CommunicationsAccess.Agree).WithName("ConfigureChannel")
            .WithSummary("Whether the channel is offered and its costs in pence (negative refused)");
        channels.MapGet("/evaluations", EvaluationsAsync).WithName("ListChannelEvaluations").WithSummary("Channel evaluations, newest first");
        channels.MapPost("/evaluations", EvaluateAsync).RequireAuthorization(CommunicationsAccess.Agree).WithName("EvaluateChannels")
            .WithSummary("Record a dated evaluation: weighted scores and a recommendation with reasons per channel");
        return comms;
    }

    public static async Task<Ok<ChannelFiguresView>> FiguresAsync(DateOnly? from, DateOnly? to, ChannelDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.FiguresAsync(from, to, cancellationToken));

    public static async Task<Ok<ChannelSettingsRequest>> ConfigureAsync(string channel, ChannelSettingsRequest request, ConfigureChannel configure,
        CancellationToken cancellationToken)
    {
        var s = await configure.ExecuteAsync(channel, request, cancellationToken);
        return TypedResults.Ok(new ChannelSettingsRequest(s.Offered, s.StaffPencePerHour, s.TechnologyPencePerMonth, s.TechnologyPencePerContact,
            s.PostagePencePerContact, s.Version));
    }

    public static async Task<Ok<IReadOnlyList<ChannelEvaluationView>>> EvaluationsAsync(ChannelDirectory directory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await directory.EvaluationsAsync(50, cancellationToken));

    public static async Task<Created<ChannelEvaluationView>> EvaluateAsync(ChannelEvaluationRequest request, EvaluateChannels evaluate, CommsPeople people,
        CancellationToken cancellationToken)
    {
        var evaluation = await evaluate.ExecuteAsync(request, cancellationToken);
        var names = await people.DisplayNamesAsync([evaluation.EvaluatorId], cancellationToken);
        return TypedResults.Created($"/api/v1/communications/channels/evaluations/{evaluation.Id}",
            ChannelDirectory.View(evaluation, names.GetValueOrDefault(evaluation.EvaluatorId, "—")));
    }
}
