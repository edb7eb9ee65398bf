using System.Globalization;
using System.Text.Json;
using Frontline.Domain.People.Development;

namespace Frontline.Web.Features.People.Development.Pages;

/// <summary>How the development pages word enums and dates.</summary>
public static class DevelopmentText
{
    public static string Kebab<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static string Method(DevelopmentMethod method) => method switch
    {
        DevelopmentMethod.CoachingSession => "Coaching session",
        DevelopmentMethod.SideBySideListening => "Side-by-side listening",
        DevelopmentMethod.CallListeningFeedback => "Call listening with feedback",
        DevelopmentMethod.Buddying => "Buddying",
        DevelopmentMethod.Shadowing => "Shadowing",
        DevelopmentMethod.RolePlay => "Role-play",
        DevelopmentMethod.ELearning => "E-learning",
        DevelopmentMethod.Workshop => "Workshop",
        DevelopmentMethod.KnowledgeArticle => "Reading and acknowledging a knowledge article",
        DevelopmentMethod.KnowledgeCheck => "Knowledge check",
    };

    public static string Source(NeedSource source) => source switch
    {
        NeedSource.QaEvaluation => "QA evaluation",
        NeedSource.Feedback => "Customer feedback",
        NeedSource.Breach => "Breach routed to coaching",
        NeedSource.Kpi => "Red KPI result",
        NeedSource.SelfAssessment => "Self-assessment",
        NeedSource.Observation => "Observation",
        NeedSource.KnowledgeCheck => "Knowledge check",
    };

    public static string Day(DateOnly? day) => day?.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB")) ?? "—";

    public static string Day(DateTime at) => at.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
