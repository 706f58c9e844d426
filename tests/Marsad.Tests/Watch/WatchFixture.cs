using System.Net;
using System.Security;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Store;
using Marsad.Watch;

namespace Marsad.Tests.Watch;

/// <summary>A watcher over a store in a temporary folder, a test site and a manual clock; restartable on the same file.</summary>
internal sealed class WatchFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly string _folder;
    private readonly WebSource _web = new(handler: new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false, AutomaticDecompression = DecompressionMethods.All });
    private readonly Func<WatchOptions, WatchOptions>? _adjust;
    private readonly List<IDisposable> _others = [];

    private WatchFixture(TestSite site, Func<WatchOptions, WatchOptions>? adjust)
    {
        Site = site;
        _adjust = adjust;
        _folder = Directory.CreateTempSubdirectory("marsad-watch-").FullName;
        Db = Path.Combine(_folder, "marsad.db");
        Restart();
    }

    public TestSite Site { get; }

    public ManualClock Clock { get; } = new(Start);

    public string Db { get; }

    public MarsadStore Store { get; private set; } = null!;

    public ISourceLedger Ledger { get; private set; } = null!;

    public FeedWatcher Watcher { get; private set; } = null!;

    public WatchOptions Options { get; private set; } = null!;

    public List<InputProblem> Problems { get; } = [];

    public static async Task<WatchFixture> StartAsync(Func<WatchOptions, WatchOptions>? adjust = null) => new(await TestSite.StartAsync(), adjust);

    /// <summary>Text that makes the stand-in extractor throw, as a bug would.</summary>
    public const string ExtractorBug = "EXTRACTOR-BUG";

    /// <summary>A stand-in extractor: the article alone, no events (the watcher's work ends at the store).</summary>
    public static ArticleAnalysis Analyze(Article article) =>
        article.Text.Contains(ExtractorBug, StringComparison.Ordinal) ? throw new InvalidOperationException("stand-in bug") : new() { Article = article };

    /// <summary>A new store, ledger and watcher on the same file, as after a restart of the process.</summary>
    public void Restart()
    {
        Ledger?.Dispose();
        Store?.Dispose();
        Store = MarsadStore.Open(Db, new StoreOptions { Clock = Clock });
        Ledger = SourceLedger.Open(Store);
        var options = new WatchOptions { Every = TimeSpan.FromMinutes(10), HostInterval = TimeSpan.FromSeconds(2), FirstBackoff = TimeSpan.FromMinutes(15), Clock = Clock, Wait = Clock.Wait };
        Options = _adjust?.Invoke(options) ?? options;
        Watcher = NewWatcher(onPoll: null);
    }

    /// <summary>Another watcher on this fixture's store and ledger, telling each poll to <paramref name="onPoll"/>.</summary>
    public FeedWatcher NewWatcher(Action<PollReport>? onPoll) =>
        new(Ledger, _web, Store, Analyze, "test-extractor", Options) { OnProblem = Problems.Add, OnPoll = onPoll };

    /// <summary>A watcher as a second process would run it: its own store and ledger connections on the same file, its own host turns.</summary>
    public FeedWatcher OtherProcess(WatchOptions options)
    {
        var store = MarsadStore.Open(Db, new StoreOptions { Clock = Clock });
        var ledger = SourceLedger.Open(store);
        _others.AddRange([ledger, store]);
        return new FeedWatcher(ledger, _web, store, Analyze, "test-extractor", options) { OnProblem = Problems.Add };
    }

    public Task<IReadOnlyList<PollReport>> PollAsync(params string[] paths) => Watcher.PollDueAsync([.. paths.Select(Site.Url)], CancellationToken.None);

    /// <summary>An RSS feed of items (id, page path, title); the pages are on this site.</summary>
    public string Rss(params (string Id, string Path, string Title)[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Radio Kourma</title><link>{Site.Url("/")}</link><description>Invented news</description>
        {string.Concat(items.Select(i => $"<item><title>{SecurityElement.Escape(i.Title)}</title><link>{Site.Url(i.Path)}</link><guid>{i.Id}</guid><pubDate>Mon, 02 Mar 2026 07:00:00 GMT</pubDate></item>"))}
        </channel></rss>
        """;

    /// <summary>A news page: menus, share bar and footer around the article's paragraphs.</summary>
    public static string Page(string title, string text) => $"""
        <html lang="fr"><head><title>{title}</title></head><body>
        <nav><a href="/">Accueil</a> <a href="/sport">Sport</a></nav>
        <article><h1>{title}</h1><p>{text}</p><div class="share">Partager sur les réseaux</div></article>
        <footer>© Radio Kourma</footer></body></html>
        """;

    public async ValueTask DisposeAsync()
    {
        _others.ForEach(o => o.Dispose());
        Ledger.Dispose();
        Store.Dispose();
        _web.Dispose();
        await Site.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
