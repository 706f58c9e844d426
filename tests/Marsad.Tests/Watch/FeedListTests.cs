using Marsad.Watch;

namespace Marsad.Tests.Watch;

public class FeedListTests
{
    [Fact]
    public void Read_CommentsBlankAndBadLines_UrlsKeptAndEachBadLineNamed()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path,
            [
                "# Sahel outlets (invented)",
                "https://radio-kourma.example/feed.rss   # French",
                "",
                "radio-kourma.example/ar",
                "https://radio-kourma.example/actualites extra",
                "https://radio-kourma.example/feed.rss",
                "http://tinzaoua.example/atom.xml#top",
            ]);

            var list = FeedList.Read(path);

            Assert.Equal<string>(["https://radio-kourma.example/feed.rss", "http://tinzaoua.example/atom.xml#top"], list.Urls);
            Assert.Equal(
                [
                    $"{path}:4: error: 'radio-kourma.example/ar' is not one http(s) URL of a feed or news page",
                    $"{path}:5: error: 'https://radio-kourma.example/actualites extra' is not one http(s) URL of a feed or news page",
                    $"{path}:6: warning: https://radio-kourma.example/feed.rss is listed twice; polled once",
                ],
                list.Problems.Select(p => p.ToString()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_MissingFile_OneError() =>
        Assert.Equal("no-such-feeds.txt: error: no such file", Assert.Single(FeedList.Read("no-such-feeds.txt").Problems).ToString());
}
