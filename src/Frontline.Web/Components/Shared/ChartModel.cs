namespace Frontline.Web.Components.Shared;

/// <summary>
/// The numbers behind a chart: one label per category and one series per dataset. The <see cref="Chart"/> component
/// draws them with Chart.js and shows the same numbers as a table, so nothing is only in the picture.
/// </summary>
/// <param name="Id">Unique on the page (the canvas id; tests find the chart by it).</param>
/// <param name="Title">The caption of the chart and its table.</param>
/// <param name="Kind">A Chart.js type: <c>bar</c>, <c>line</c>, <c>pie</c>, <c>doughnut</c>.</param>
/// <param name="CategoryHeading">The heading of the table's first column (what the labels are).</param>
/// <param name="Labels">One per category (bar, slice or point).</param>
/// <param name="Series">The datasets, each with one value per label.</param>
/// <param name="Stacked">Stack the bars of the datasets.</param>
public sealed record ChartModel(string Id, string Title, string Kind, string CategoryHeading, IReadOnlyList<string> Labels,
    IReadOnlyList<ChartSeries> Series, bool Stacked = false);

/// <summary>One dataset: its name and one value per label.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);
