namespace Frontline.Web.Features.Platform;

/// <summary>Settings under <c>Frontline:</c> (environment: <c>Frontline__SeedDemo</c>, ...).</summary>
public sealed class FrontlineOptions
{
    public const string Section = "Frontline";

    /// <summary>Seed the demo centre on first start with an empty database.</summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>Password of the <c>admin</c> account when it is created; generated and printed once when empty.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Where the data files of the repository live (bank holidays, the demo call log); found automatically when empty.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Failed sign-ins before an account is locked.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>Opening time on business days (UK local, HH:mm); business minutes and service targets count from it.</summary>
    public string OpensAt { get; set; } = "09:00";

    /// <summary>Closing time on business days (UK local, HH:mm), also the complaint rule packs' default close of business.</summary>
    public string ClosesAt { get; set; } = "17:30";

    /// <summary>How long a locked account stays locked.</summary>
    public int LockoutMinutes { get; set; } = 15;
}
