using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Frontline.Web.Features.Catalogue;

/// <summary>
/// Renders knowledge articles. Raw HTML is disabled (it is shown as text, so a pasted <c>&lt;script&gt;</c> never
/// runs), and links may only go to web, mail or relative addresses: <c>javascript:</c> links become inert.
/// </summary>
public static class KnowledgeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        return document.ToHtml(Pipeline);
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = url.Trim();
        return trimmed.StartsWith('/') || trimmed.StartsWith('#')
            || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || !trimmed.Contains(':', StringComparison.Ordinal);
    }
}
