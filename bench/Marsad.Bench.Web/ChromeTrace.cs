using System.Text.Json;
using Microsoft.Playwright;

namespace Marsad.Bench.Web;

/// <summary>
/// A Chromium performance trace of one page load (what DevTools' Performance panel records:
/// scripts, style, layout, paint, network, per thread), written as a JSON file that DevTools or
/// Perfetto open, to see where the page's time goes.
/// </summary>
internal sealed class ChromeTrace
{
    private const string Categories = "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,loading,toplevel,disabled-by-default-v8.cpu_profiler";

    private readonly ICDPSession _browser;
    private readonly List<JsonElement> _events = [];
    private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChromeTrace(ICDPSession browser)
    {
        _browser = browser;
        browser.Event("Tracing.dataCollected").OnEvent += (_, data) =>
        {
            lock (_events)
            {
                _events.AddRange(data!.Value.GetProperty("value").EnumerateArray().Select(e => e.Clone()));
            }
        };
        browser.Event("Tracing.tracingComplete").OnEvent += (_, _) => _complete.TrySetResult();
    }

    public static async Task<ChromeTrace> StartAsync(IBrowser browser)
    {
        var trace = new ChromeTrace(await browser.NewBrowserCDPSessionAsync());
        await trace._browser.SendAsync("Tracing.start", new() { ["transferMode"] = "ReportEvents", ["categories"] = Categories });
        return trace;
    }

    public async Task StopAsync(string path)
    {
        await _browser.SendAsync("Tracing.end");
        await _complete.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, new { traceEvents = _events });
        await _browser.DetachAsync();
    }
}
