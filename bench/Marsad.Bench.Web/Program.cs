using System.Diagnostics;
using System.Globalization;
using Marsad.Bench.Web;
using Marsad.Store;
using Marsad.Web;
using Microsoft.Playwright;

// Usage: Marsad.Bench.Web [EVENTS=20000] [STORE=/tmp/marsad-web-bench-EVENTS.db] [RUNS=5]
// Fills a store with EVENTS generated incidents (kept for the next run), serves it on loopback and
// opens the page RUNS times in headless Chromium, each in a fresh browser context (empty cache).
// Reports, per run, the time from navigation start to the first complete render (map with its
// borders and points, timeline and table drawn), as the page itself measures it.
var events = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
var path = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"marsad-web-bench-{events}.db");
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;

if (!File.Exists(path))
{
    var generating = Stopwatch.StartNew();
    GeneratedStore.Create(path, events);
    Console.WriteLine($"generated {path} in {generating.Elapsed.TotalSeconds:F1} s");
}

using (var store = MarsadStore.Open(path, new StoreOptions { MustExist = true }))
{
    var counts = store.Counts();
    Console.WriteLine($"store: {counts.Articles} articles, {counts.Events} events, {counts.Clusters} incidents");
}

var starting = Stopwatch.StartNew();
await using var app = MarsadWeb.Build(new ServeOptions { DbPath = path, Port = 0 });
await app.StartAsync();
var url = app.Urls.First();
Console.WriteLine($"server ready at {url} in {starting.ElapsedMilliseconds} ms (store read into memory)");

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    // Headless Chromium also loads its own address-bar popup (a WebUI page of some hundred modules)
    // for every new window, on the same two cores as the page: not part of the page, so left out.
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup"],
});
var times = new List<double>();
for (var run = 1; run <= runs; run++)
{
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
    var page = await context.NewPageAsync();
    // CPU time, which other work on the machine does not stretch: the page's main thread (Chromium's
    // own count) and this process, which is the server.
    var devtools = await context.NewCDPSessionAsync(page);
    await devtools.SendAsync("Performance.enable");
    // MARSAD_BENCH_TRACE=DIR: a performance trace of each run (DIR/run-N.json), for DevTools or Perfetto.
    var tracePath = Environment.GetEnvironmentVariable("MARSAD_BENCH_TRACE") is { } traces ? Path.Combine(traces, $"run-{run}.json") : null;
    var trace = tracePath is null ? null : await ChromeTrace.StartAsync(browser);
    var serverBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var treeBefore = ProcessTreeCpu.Milliseconds();
    await page.GotoAsync(url);
    await page.WaitForSelectorAsync("html[data-ready]", new PageWaitForSelectorOptions { Timeout = 30_000 });
    var serverCpu = (Process.GetCurrentProcess().TotalProcessorTime - serverBefore).TotalMilliseconds;
    var allCpu = ProcessTreeCpu.Milliseconds() - treeBefore;
    var metrics = (await devtools.SendAsync("Performance.getMetrics"))!.Value.GetProperty("metrics").EnumerateArray()
        .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
    var mainThread = metrics["TaskDuration"] * 1000;
    var firstRender = await page.EvaluateAsync<double>("window.marsadFirstRender");
    if (trace is not null)
    {
        await trace.StopAsync(tracePath!);
    }

    var points = await page.GetAttributeAsync("#map", "data-points");
    var rows = await page.Locator("#table tbody tr").CountAsync();
    times.Add(firstRender);
    // Where the time went: the page's own marks, and when the last library and data file arrived.
    var marks = await page.EvaluateAsync<string>("""
        [...performance.getEntriesByType('mark').map(m => `${m.name.replace('marsad:', '')} ${m.startTime.toFixed(0)}`),
         `scripts loaded ${Math.max(...performance.getEntriesByType('resource').filter(r => r.initiatorType === 'script').map(r => r.responseEnd)).toFixed(0)}`,
         `data answered ${Math.max(...performance.getEntriesByType('resource').filter(r => r.name.includes('/api/')).map(r => r.responseEnd)).toFixed(0)}`,
         `DOMContentLoaded ${performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd.toFixed(0)}`].join(', ')
        """);
    // MARSAD_BENCH_SCREENSHOT=FILE: how the first run's page looks, to check the map over many points.
    if (run == 1 && Environment.GetEnvironmentVariable("MARSAD_BENCH_SCREENSHOT") is { } screenshot)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
    }

    if (Environment.GetEnvironmentVariable("MARSAD_BENCH_RESOURCES") is not null)
    {
        Console.WriteLine(await page.EvaluateAsync<string>(
            "performance.getEntriesByType('resource').map(r => `  ${r.name.replace(location.origin, '')} ${r.startTime.toFixed(0)}-${r.responseEnd.toFixed(0)}`).join('\\n')"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"run {run}: first render {firstRender:F0} ms ({points} points on the map, {rows} table rows; ms since navigation: {marks}; CPU: page main thread {mainThread:F0} ms, server {serverCpu:F0} ms, server and browser together {allCpu:F0} ms; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})"));
}

times.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first render over {runs} runs: median {times[times.Count / 2]:F0} ms, worst {times[^1]:F0} ms"));
await app.StopAsync();
