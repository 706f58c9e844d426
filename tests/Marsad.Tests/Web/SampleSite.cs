using Marsad.Store;
using Marsad.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Marsad.Tests.Web;

/// <summary>The sample store served by the real application, in memory (for API tests) or on a loopback port (for the browser).</summary>
internal sealed class SampleSite : IAsyncDisposable
{
    private readonly string _folder;
    private readonly WebApplication _app;

    private SampleSite(string folder, WebApplication app)
    {
        _folder = folder;
        _app = app;
    }

    /// <summary>The page's address (loopback) or the in-memory server's.</summary>
    public Uri Address => new(_app.Urls.First());

    public static async Task<SampleSite> StartAsync(bool inMemory, Func<ServeOptions, ServeOptions>? adjust = null, Action<MarsadStore>? fill = null)
    {
        var folder = Directory.CreateTempSubdirectory("marsad-web-").FullName;
        var path = Path.Combine(folder, "marsad.db");
        using (var store = MarsadStore.Open(path))
        {
            (fill ?? SampleStore.Fill)(store);
        }

        var options = new ServeOptions { DbPath = path, Port = 0 };
        var app = MarsadWeb.Build(adjust?.Invoke(options) ?? options, builder =>
        {
            if (inMemory)
            {
                builder.WebHost.UseTestServer();
            }
        });
        await app.StartAsync();
        return new SampleSite(folder, app);
    }

    public HttpClient Client() => _app.GetTestClient();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
