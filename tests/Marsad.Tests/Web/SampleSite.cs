using Marsad.Store;
using Marsad.Tests.Store;
using Marsad.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Marsad.Tests.Web;

/// <summary>The sample store served by the real application, in memory (for API tests) or on a loopback port (for the browser).</summary>
internal sealed class SampleSite : IAsyncDisposable
{
    private readonly TempStore _store;
    private readonly WebApplication _app;

    private SampleSite(TempStore store, WebApplication app)
    {
        _store = store;
        _app = app;
    }

    /// <summary>The page's address (loopback) or the in-memory server's.</summary>
    public Uri Address => new(_app.Urls.First());

    /// <summary>Fills a fresh store (SQLite unless <paramref name="backend"/> says otherwise) and serves it.</summary>
    public static async Task<SampleSite> StartAsync(bool inMemory, Func<ServeOptions, ServeOptions>? adjust = null, Action<MarsadStore>? fill = null, ITestBackend? backend = null)
    {
        var store = (backend ?? new SqliteTestBackend()).NewStore();
        (fill ?? SampleStore.Fill)(store.Store);
        store.Close();

        var options = new ServeOptions { DbPath = store.Location, Port = 0 };
        var app = MarsadWeb.Build(adjust?.Invoke(options) ?? options, builder =>
        {
            if (inMemory)
            {
                builder.WebHost.UseTestServer();
            }
        });
        await app.StartAsync();
        return new SampleSite(store, app);
    }

    public HttpClient Client() => _app.GetTestClient();

    /// <summary>The served store's location, for a second writer (another worker) to open.</summary>
    public string StoreLocation => _store.Location;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _store.Dispose();
    }
}
