namespace Marsad.Tests.Web;

/// <summary>
/// A test that drives Debian's headless Chromium. On a developer machine without Chromium it is
/// skipped, saying how to get it; in CI (where .ci/run installs it) a missing Chromium fails instead.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath) && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = $"Chromium is not installed at {ExecutablePath} (apt-get install chromium chromium-driver, as .ci/run does)";
        }
    }
}
