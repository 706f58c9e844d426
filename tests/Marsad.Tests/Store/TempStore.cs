using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Store;

namespace Marsad.Tests.Store;

/// <summary>A store in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    public const string Extractor = "test-extractor";

    public TempStore()
    {
        Folder = Directory.CreateTempSubdirectory("marsad-store-").FullName;
        Path = System.IO.Path.Combine(Folder, "marsad.db");
        Store = MarsadStore.Open(Path);
    }

    public string Folder { get; }

    public string Path { get; }

    public MarsadStore Store { get; private set; }

    public MarsadStore Reopen()
    {
        Store.Dispose();
        Store = MarsadStore.Open(Path);
        return Store;
    }

    public static ArticleAnalysis Analysis(string id, string text, params EventRecord[] events) => new()
    {
        Article = new Article { Id = id, Text = text, Source = "Outlet " + id, Published = new DateOnly(2025, 2, 12) },
        Events = [.. events],
    };

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
