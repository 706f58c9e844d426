using Marsad.Cli.Commands;
using Marsad.Store;
using Marsad.Tests.Watch;

namespace Marsad.Tests.Cli;

public class WatchCommandTests
{
    [Fact]
    public async Task WatchOnce_FeedsFileWithABadLine_GoodSourceIngestedOnceExitOneAndSourcesListed()
    {
        await using var site = await TestSite.StartAsync();
        var folder = Directory.CreateTempSubdirectory("marsad-cli-watch-").FullName;
        try
        {
            var db = Path.Combine(folder, "marsad.db");
            var feeds = Path.Combine(folder, "feeds.txt");
            site.Serve("/a/1", WatchFixture.Page("Attaque", "Une attaque a visé le poste inventé de Sokora."));
            site.Serve("/feed.rss", $"""
                <?xml version="1.0"?><rss version="2.0"><channel><title>Radio Kourma</title><link>{site.Url("/")}</link><description>x</description>
                <item><title>Attaque</title><link>{site.Url("/a/1")}</link><guid>k-1</guid></item></channel></rss>
                """, "application/rss+xml", etag: "\"v1\"");
            File.WriteAllLines(feeds, ["# invented outlets", site.Url("/feed.rss"), "not a url"]);
            var watch = WatchCommand.Create(() => WatchFixture.Analyze);
            string[] args = [feeds, "--once", "--db", db, "--host-interval", "0s"];

            var exits = (await watch.Parse(args).InvokeAsync(), await watch.Parse(args).InvokeAsync());
            using var table = new StringWriter();
            var listed = SourcesCommand.Create(table).Parse(["--db", db]).Invoke();

            Assert.Equal((1, 1), exits); // the bad line is reported each time; the feed is read all the same
            using (var store = MarsadStore.Open(db))
            {
                Assert.Equal(1, store.Counts().Articles);
            }

            Assert.Equal((1, 2), (site.Downloads("/feed.rss"), site.Requests("/feed.rss")));
            Assert.Equal(0, listed);
            var row = Assert.Single(table.ToString().Split('\n'), line => line.Contains(site.Url("/feed.rss"), StringComparison.Ordinal));
            Assert.Matches(@"│\s+0\s+│.*│\s+1\s+│", row); // no failures, one item
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Watch_NoFeedsFileOrABadInterval_ExitOneOrTwoAndSourcesOfANewStoreSaysSo()
    {
        var folder = Directory.CreateTempSubdirectory("marsad-cli-watch-").FullName;
        try
        {
            var db = Path.Combine(folder, "marsad.db");
            var watch = WatchCommand.Create(() => WatchFixture.Analyze);
            var missing = watch.Parse([Path.Combine(folder, "feeds.txt"), "--once", "--db", db]).Invoke();
            var badInterval = watch.Parse([Path.Combine(folder, "feeds.txt"), "--every", "soon", "--db", db]).Invoke();
            using (MarsadStore.Open(db))
            {
            }

            using var output = new StringWriter();
            var listed = SourcesCommand.Create(output).Parse(["--db", db]).Invoke();

            Assert.Equal((1, 2, 0), (missing, badInterval, listed));
            Assert.Equal("no source watched yet (marsad watch FEEDS)", output.ToString().Trim());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("10m", 600.0)]
    [InlineData("90s", 90.0)]
    [InlineData("1.5h", 5400.0)]
    [InlineData("1d", 86400.0)]
    [InlineData("0m", null)]
    [InlineData("10", null)]
    [InlineData("ten minutes", null)]
    public void Duration_UnitsAndRefusals(string value, double? seconds) =>
        Assert.Equal(seconds, WatchCommand.Duration(value, "--every", allowZero: false)?.TotalSeconds);
}
