namespace Marsad.Cli;

/// <summary>The exit codes every command uses.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some inputs failed (each reported on standard error); the rest were processed.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;
}
