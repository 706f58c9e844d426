using System.Runtime.InteropServices;

namespace Marsad.Cli.Commands;

/// <summary>
/// A token that Ctrl+C or SIGTERM cancels, while the signal no longer ends the process at once: a
/// long-running command finishes what it holds (an article being saved) and returns by itself.
/// </summary>
internal sealed class SignalStop : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly PosixSignalRegistration[] _signals;

    public SignalStop(CancellationToken cancellation)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        _signals = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop)];
    }

    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        foreach (var signal in _signals)
        {
            signal.Dispose();
        }

        _stop.Dispose();
    }

    private void Stop(PosixSignalContext signal)
    {
        signal.Cancel = true;
        Console.Error.WriteLine($"{signal.Signal}: stopping after the current item");
        _stop.Cancel();
    }
}
