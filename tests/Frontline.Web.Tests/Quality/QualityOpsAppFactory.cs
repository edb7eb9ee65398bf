using Frontline.Web.Tests.Infrastructure;

namespace Frontline.Web.Tests.Quality;

/// <summary>The app for quality-operations tests (audits, feedback, sampling, dashboard): its own database.</summary>
public sealed class QualityOpsAppFactory : FrontlineAppFactory;
