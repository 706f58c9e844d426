using Microsoft.Playwright;

namespace Marsad.Tests.Web;

/// <summary>
/// One headless Chromium and the sample site on a loopback port, shared by a test class; each test
/// opens its own page and finds there every dialog, console error and policy violation it caused.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private SampleSite? _site;

    /// <summary>Where the tests leave their screenshots: the test output folder.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath))
        {
            return; // every test of the class is skipped (or, in CI, fails on the missing browser)
        }

        _site = await SampleSite.StartAsync(inMemory: false);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            // The flags this machine needs: no sandbox as root, no GPU, and no background traffic to a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page (own context: no cache, no stored language) on the sample site, loaded and rendered.</summary>
    public async Task<Visit> OpenAsync(string query = "")
    {
        Assert.True(_browser is not null && _site is not null, $"Chromium is missing at {ChromiumFactAttribute.ExecutablePath}");
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 950 } });
        var page = await context.NewPageAsync();
        var visit = new Visit(context, page);
        await page.GotoAsync(new Uri(_site.Address, "/" + query).ToString());
        await page.WaitForSelectorAsync("html[data-ready]");
        return visit;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}

/// <summary>One page of a test, and what it noticed: dialogs (none may open) and console errors.</summary>
public sealed class Visit : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    public Visit(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Dialog += (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => Errors.Add(error);
    }

    public IPage Page { get; }

    public List<string> Dialogs { get; } = [];

    public List<string> Errors { get; } = [];

    /// <summary>Waits until the page has drawn the answers to a change made by <paramref name="change"/>.</summary>
    public async Task AfterRefreshAsync(Func<Task> change)
    {
        var before = await Page.GetAttributeAsync("html", "data-rendered");
        await change();
        await Page.WaitForFunctionAsync("before => document.documentElement.dataset.rendered !== before", before);
    }

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(Chromium.Screenshots);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.Screenshots, name + ".png") });
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
