namespace Frontline.Web.Features.Platform;

/// <summary>Settings under <c>Frontline:</c> (environment: <c>Frontline__SeedDemo</c>, ...).</summary>
public sealed class FrontlineOptions
{
    public const string Section = "Frontline";

    /// <summary>
    /// Seed the demo centre (30+ accounts with a published password) on first start with an empty database. Unset, it is
    /// seeded only in the Development environment; elsewhere only when asked for explicitly (<c>Frontline__SeedDemo=true</c>).
    /// </summary>
    public bool? SeedDemo { get; set; }

    /// <summary>
    /// Where a generated administrator password is written when the console is not a terminal (readable by the owner
    /// only); relative paths are from the working directory.
    /// </summary>
    public string AdminPasswordFile { get; set; } = "data/admin-password.txt";

    /// <summary>How long a browser session may act on a cached view of the person's state (active, roles, stamp).</summary>
    public int SessionCheckSeconds { get; set; } = 1;

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
