using Marsad.Watch;

namespace Marsad.Tests.Watch;

public class FeedWatcherTests
{
    private const string Feed = "/feed.rss";

    [Fact]
    public async Task Poll_FeedGrowsBetweenPolls_EachItemIngestedOnceWithItsPageText()
    {
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Serve("/a/1", WatchFixture.Page("Embuscade près de Kourma", "Des hommes armés ont tendu une embuscade à une patrouille près du village imaginaire de Kourma."));
        watch.Site.Serve("/a/2", WatchFixture.Page("Marché incendié", "Un marché a été incendié à Tinzaoua, localité inventée pour ce test."));
        watch.Site.Serve(Feed, watch.Rss(("k-1", "/a/1", "Embuscade"), ("k-2", "/a/2", "Marché")), "application/rss+xml", etag: "\"v1\"");

        var first = Assert.Single(await watch.PollAsync(Feed));
        watch.Site.Serve("/a/3", WatchFixture.Page("Enlèvement", "Trois commerçants ont été enlevés sur la route fictive de Dabali."));
        watch.Site.Serve(Feed, watch.Rss(("k-3", "/a/3", "Enlèvement"), ("k-1", "/a/1", "Embuscade"), ("k-2", "/a/2", "Marché")), "application/rss+xml", etag: "\"v2\"");
        watch.Clock.Advance(watch.Options.Every);
        var second = Assert.Single(await watch.PollAsync(Feed));

        Assert.Equal((PollOutcome.Fetched, 2, 0), (first.Outcome, first.New, first.Seen));
        Assert.Equal((PollOutcome.Fetched, 1, 2), (second.Outcome, second.New, second.Seen));
        Assert.Equal(3, watch.Store.Counts().Articles);
        Assert.Equal([1, 1, 1], new[] { "/a/1", "/a/2", "/a/3" }.Select(watch.Site.Requests));
        var article = watch.Store.LoadArticle("k-1")!;
        Assert.Equal(("Embuscade près de Kourma\nDes hommes armés ont tendu une embuscade à une patrouille près du village imaginaire de Kourma.", "Radio Kourma"), (article.Text, article.Source));
        Assert.Equal(3, watch.Ledger.Find(watch.Site.Url(Feed))!.ItemsIngested);
        Assert.Empty(watch.Problems);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Poll_UnchangedFeed_NotModifiedWithoutDownload(bool etag)
    {
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Serve("/a/1", WatchFixture.Page("Attaque", "Une attaque a visé un poste de gendarmerie dans la commune inventée de Sokora."));
        watch.Site.Serve(Feed, watch.Rss(("k-1", "/a/1", "Attaque")), "application/rss+xml", etag: etag ? "\"v1\"" : null, lastModified: etag ? null : WatchFixture.Start.AddHours(-1));

        await watch.PollAsync(Feed);
        watch.Clock.Advance(watch.Options.Every);
        var second = Assert.Single(await watch.PollAsync(Feed));

        Assert.Equal(PollOutcome.NotModified, second.Outcome);
        Assert.Equal((2, 1), (watch.Site.Requests(Feed), watch.Site.Downloads(Feed)));
        Assert.Contains("unchanged (304 Not Modified)", second.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_SourceNotDue_NotAskedAgain()
    {
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Serve(Feed, watch.Rss(), "application/rss+xml");

        await watch.PollAsync(Feed);
        watch.Clock.Advance(watch.Options.Every / 2);
        var early = await watch.PollAsync(Feed);

        Assert.Empty(early);
        Assert.Equal(1, watch.Site.Requests(Feed));
    }

    [Fact]
    public async Task Poll_FailingFeed_BackedOffExponentiallyWhileTheOthersGoOn()
    {
        await using var watch = await WatchFixture.StartAsync();
        const string Broken = "/broken.rss";
        watch.Site.Fail(Broken, 503);
        watch.Site.Serve(Feed, watch.Rss(), "application/rss+xml", etag: "\"v1\"");
        var outcomes = new List<(PollOutcome Broken, PollOutcome Healthy)>();

        // Every 10 minutes for 70 minutes: the broken feed is asked at 0, at 20 (its 15 minutes passed) and at 50 (30 more).
        for (var minute = 0; minute <= 70; minute += 10)
        {
            watch.Clock.Advance(TimeSpan.FromMinutes(minute) - (watch.Clock.Now - WatchFixture.Start));
            var reports = await watch.PollAsync(Broken, Feed);
            outcomes.Add((reports[0].Outcome, reports.Count > 1 ? reports[1].Outcome : PollOutcome.BackedOff));
        }

        Assert.Equal(3, watch.Site.Requests(Broken));
        Assert.Equal(8, watch.Site.Requests(Feed));
        Assert.All(outcomes, o => Assert.NotEqual(PollOutcome.Failed, o.Healthy));
        var health = watch.Ledger.Find(watch.Site.Url(Broken))!;
        Assert.Equal((3, "HTTP 503 Service Unavailable", null), (health.ConsecutiveFailures, health.LastError, health.LastSuccess));
        Assert.Equal(health.LastPoll + TimeSpan.FromMinutes(60), health.NextPoll);
    }

    [Fact]
    public async Task Poll_TooManyRequestsWithRetryAfter_BackedOffAsLongAsAsked()
    {
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Fail(Feed, 429, retryAfter: 3600);

        var report = Assert.Single(await watch.PollAsync(Feed));

        Assert.Equal(("HTTP 429 Too Many Requests", WatchFixture.Start.AddHours(1)), (report.Error, report.NextPoll));
    }

    [Fact]
    public async Task Poll_FeedRecovers_FailuresClearedAndItsItemsIngested()
    {
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Fail(Feed, 500);
        await watch.PollAsync(Feed);
        watch.Site.Serve("/a/1", WatchFixture.Page("Affrontements", "Des affrontements ont opposé deux groupes armés près du puits imaginaire de Tadrar."));
        watch.Site.Serve(Feed, watch.Rss(("k-1", "/a/1", "Affrontements")), "application/rss+xml");

        watch.Clock.Advance(watch.Options.FirstBackoff);
        var report = Assert.Single(await watch.PollAsync(Feed));

        Assert.Equal((PollOutcome.Fetched, 1), (report.Outcome, report.New));
        var health = watch.Ledger.Find(watch.Site.Url(Feed))!;
        Assert.Equal((0, null, WatchFixture.Start + watch.Options.FirstBackoff), (health.ConsecutiveFailures, health.LastError, health.LastSuccess));
    }

    [Fact]
    public async Task Restart_SameStoreFile_ResumesWithoutDuplicatesAndWithTheValidators()
    {
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Serve("/a/1", WatchFixture.Page("Attentat", "Un engin explosif a touché un convoi sur la piste inventée de Wadi Sirr."));
        watch.Site.Serve(Feed, watch.Rss(("k-1", "/a/1", "Attentat")), "application/rss+xml", etag: "\"v1\"");
        await watch.PollAsync(Feed);

        watch.Restart();
        watch.Clock.Advance(watch.Options.Every);
        var unchanged = Assert.Single(await watch.PollAsync(Feed));
        watch.Site.Serve("/a/2", WatchFixture.Page("Frappe aérienne", "Une frappe aérienne a visé un camp dans la forêt imaginaire de Baroum."));
        watch.Site.Serve(Feed, watch.Rss(("k-2", "/a/2", "Frappe"), ("k-1", "/a/1", "Attentat")), "application/rss+xml", etag: "\"v2\"");
        watch.Restart();
        watch.Clock.Advance(watch.Options.Every);
        var grown = Assert.Single(await watch.PollAsync(Feed));

        Assert.Equal(PollOutcome.NotModified, unchanged.Outcome);
        Assert.Equal((1, 1), (grown.New, grown.Seen));
        Assert.Equal(2, watch.Store.Counts().Articles);
        Assert.Equal((1, 1), (watch.Site.Requests("/a/1"), watch.Site.Requests("/a/2")));
    }

    [Fact]
    public async Task Poll_SecondWatcherMidPoll_ItemsHeldOrDoneAreLeftAndEachPageFetchedOnce()
    {
        FeedWatcher? second = null;
        string[] feed = [];
        IReadOnlyList<PollReport> other = [];
        var waits = 0;
        await using var watch = await WatchFixture.StartAsync(o => o with
        {
            // The first watcher's turn before its second page (k-1 done, k-2 claimed): the other process polls the same feed then.
            Wait = async (delay, cancellation) =>
            {
                if (++waits == 2)
                {
                    other = await second!.PollDueAsync(feed, cancellation);
                }

                await o.Wait!(delay, cancellation);
            },
        });
        feed = [watch.Site.Url(Feed)];
        second = watch.OtherProcess(watch.Options with { Wait = watch.Clock.Wait });
        watch.Site.Serve("/a/1", WatchFixture.Page("Attaque", "Une attaque a visé le village inventé de Kourma."));
        watch.Site.Serve("/a/2", WatchFixture.Page("Enlèvement", "Un enlèvement a eu lieu sur la route inventée de Dabali."));
        watch.Site.Serve(Feed, watch.Rss(("k-1", "/a/1", "Attaque"), ("k-2", "/a/2", "Enlèvement")), "application/rss+xml");

        var first = Assert.Single(await watch.PollAsync(Feed));

        Assert.Equal((2, 0), (first.New, first.Seen));
        Assert.Equal((0, 2), (Assert.Single(other).New, other[0].Seen));
        Assert.Equal(2, watch.Store.Counts().Articles);
        Assert.Equal((1, 1), (watch.Site.Requests("/a/1"), watch.Site.Requests("/a/2")));
    }

    [Fact]
    public async Task Poll_MalformedFeed_FailsWithTheParserMessageAndIsBackedOff()
    {
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Serve(Feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Coupé", "application/rss+xml");

        var report = Assert.Single(await watch.PollAsync(Feed));

        Assert.Equal(PollOutcome.Failed, report.Outcome);
        Assert.StartsWith("not an RSS or Atom feed:", report.Error, StringComparison.Ordinal);
        Assert.Contains($"{watch.Site.Url(Feed)}: failed: not an RSS or Atom feed", report.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, watch.Ledger.Find(watch.Site.Url(Feed))!.ConsecutiveFailures);
    }

    [Fact]
    public async Task Poll_PageWithoutArticleText_ErrorNamingThePageAndNotTriedAgain()
    {
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Serve("/a/empty", "<html><body><nav><a href=\"/\">Accueil</a></nav><footer>© Radio Kourma</footer></body></html>");
        watch.Site.Serve("/a/2", WatchFixture.Page("Pillage", "Des hommes armés ont pillé le bétail d'un hameau inventé nommé Gourdi."));
        watch.Site.Serve(Feed, watch.Rss(("k-1", "/a/empty", "Vide"), ("k-2", "/a/2", "Pillage")), "application/rss+xml");

        var first = Assert.Single(await watch.PollAsync(Feed));
        watch.Clock.Advance(watch.Options.Every);
        var second = Assert.Single(await watch.PollAsync(Feed));

        Assert.Equal((1, 1), (first.New, first.Failed));
        Assert.Equal((0, 2, 0), (second.New, second.Seen, second.Failed));
        var problem = Assert.Single(watch.Problems);
        Assert.Equal($"{watch.Site.Url("/a/empty")}: error: the page has no article text", problem.ToString());
        Assert.Equal(1, watch.Site.Requests("/a/empty"));
    }

    [Fact]
    public async Task Poll_ItemPageDown_TriedAgainAtTheNextPollThenIngested()
    {
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Fail("/a/1", 502);
        watch.Site.Serve(Feed, watch.Rss(("k-1", "/a/1", "Combats")), "application/rss+xml", etag: "\"v1\"");

        var first = Assert.Single(await watch.PollAsync(Feed));
        watch.Site.Serve("/a/1", WatchFixture.Page("Combats", "Des combats ont éclaté près de la mare imaginaire de Tindiri."));
        watch.Clock.Advance(watch.Options.Every);
        var second = Assert.Single(await watch.PollAsync(Feed));

        Assert.Equal((PollOutcome.Fetched, 1, 0), (first.Outcome, first.Failed, first.New));
        Assert.Equal((PollOutcome.Fetched, 1), (second.Outcome, second.New)); // not a 304: the feed is read again for the item
        Assert.EndsWith("HTTP 502 Bad Gateway; tried again at the next poll", Assert.Single(watch.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_ArticleTheExtractorFailsOn_TriedAtTheNextPollsThenGivenUp()
    {
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Serve("/a/1", WatchFixture.Page("Bogue", $"Un texte inventé qui fait échouer l'extraction : {WatchFixture.ExtractorBug}."));
        watch.Site.Serve(Feed, watch.Rss(("k-1", "/a/1", "Bogue")), "application/rss+xml", etag: "\"v1\"");
        var failed = new List<int>();

        for (var poll = 0; poll < 4; poll++)
        {
            failed.Add(Assert.Single(await watch.PollAsync(Feed)).Failed);
            watch.Clock.Advance(watch.Options.Every);
        }

        Assert.Equal([1, 1, 1, 0], failed);
        Assert.Equal(3, watch.Site.Requests("/a/1"));
        Assert.Equal(0, watch.Store.Counts().Articles);
        Assert.EndsWith("extraction failed: InvalidOperationException: stand-in bug", watch.Problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_NewsPage_ArticlesItLinksToIngested()
    {
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Serve("/actualites", """
            <html><body><nav><a href="/sport/">Sport</a></nav>
            <main><ul><li><a href="/actualites/2026/03/attaque-a-sokora">Attaque à Sokora</a></li>
            <li><a href="/actualites/2026/03/convoi-touche#haut">Convoi touché</a></li></ul></main>
            <aside class="related"><a href="/actualites/2025/01/ancien">Ancien</a></aside></body></html>
            """);
        watch.Site.Serve("/actualites/2026/03/attaque-a-sokora", WatchFixture.Page("Attaque à Sokora", "Une attaque a visé la commune inventée de Sokora."));
        watch.Site.Serve("/actualites/2026/03/convoi-touche", WatchFixture.Page("Convoi touché", "Un convoi a été touché sur la route imaginaire de Dabali."));

        var report = Assert.Single(await watch.PollAsync("/actualites"));

        Assert.Equal((PollOutcome.Fetched, 2), (report.Outcome, report.New));
        Assert.NotNull(watch.Store.LoadArticle(watch.Site.Url("/actualites/2026/03/convoi-touche")));
        Assert.Equal(0, watch.Site.Requests("/actualites/2025/01/ancien"));
    }

    [Fact]
    public async Task Poll_OneHost_RequestsSpacedByTheHostInterval()
    {
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Serve("/a/1", WatchFixture.Page("Attaque", "Une attaque a visé le village inventé de Kourma."));
        watch.Site.Serve("/a/2", WatchFixture.Page("Enlèvement", "Un enlèvement a eu lieu sur la route inventée de Dabali."));
        watch.Site.Serve(Feed, watch.Rss(("k-1", "/a/1", "Attaque"), ("k-2", "/a/2", "Enlèvement")), "application/rss+xml");

        await watch.PollAsync(Feed);

        // Three requests to 127.0.0.1 (the feed, two pages): two waits of the interval, and no other time passes.
        Assert.Equal(2 * watch.Options.HostInterval, watch.Clock.Now - WatchFixture.Start);
    }

    [Fact]
    public async Task Run_StoppedWhileFetchingAnItem_NothingHalfStoredAndTheNextRunIngestsTheRest()
    {
        using var stop = new CancellationTokenSource();
        var waits = 0;
        await using var watch = await WatchFixture.StartAsync(o => o with
        {
            // The second wait is the turn before the second page: stop there, as Ctrl-C would.
            Wait = (delay, cancellation) =>
            {
                if (++waits == 2)
                {
                    stop.Cancel();
                }

                return o.Wait!(delay, cancellation);
            },
        });
        watch.Site.Serve("/a/1", WatchFixture.Page("Attaque", "Une attaque a visé le village inventé de Kourma."));
        watch.Site.Serve("/a/2", WatchFixture.Page("Enlèvement", "Un enlèvement a eu lieu sur la route inventée de Dabali."));
        watch.Site.Serve(Feed, watch.Rss(("k-1", "/a/1", "Attaque"), ("k-2", "/a/2", "Enlèvement")), "application/rss+xml", etag: "\"v1\"");

        await watch.Watcher.RunAsync([watch.Site.Url(Feed)], once: false, stop.Token);
        var afterStop = watch.Store.Counts().Articles;
        watch.Restart();
        var report = Assert.Single(await watch.PollAsync(Feed));

        Assert.Equal(1, afterStop);
        Assert.Equal((1, 1), (report.New, report.Seen)); // the feed was read again (no validators kept) and the item given back taken up
        Assert.Equal(2, watch.Store.Counts().Articles);
    }

    [Fact]
    public async Task Run_Every_PollsAtTheIntervalUntilStopped()
    {
        using var stop = new CancellationTokenSource();
        var polls = new List<DateTimeOffset>();
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Serve(Feed, watch.Rss(), "application/rss+xml", etag: "\"v1\"");
        var watcher = watch.NewWatcher(report =>
        {
            polls.Add(report.At);
            if (polls.Count == 3)
            {
                stop.Cancel();
            }
        });

        await watcher.RunAsync([watch.Site.Url(Feed)], once: false, stop.Token);

        Assert.Equal([WatchFixture.Start, WatchFixture.Start.AddMinutes(10), WatchFixture.Start.AddMinutes(20)], polls);
    }

    [Fact]
    public async Task Poll_AtomFeedWithAnItemWithoutIdOrLink_ThatItemNamedByPositionTheOthersIngested()
    {
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Serve("/ar/1", """
            <html lang="ar"><body><header>القائمة الرئيسية</header>
            <article><p>هاجم مسلحون مجهولون قرية وهمية تدعى كورما، وأحرقوا مخزنا للحبوب.</p></article></body></html>
            """);
        watch.Site.Serve("/atom.xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة كورما</title><id>urn:kourma</id><updated>2026-03-02T07:00:00Z</updated>
            <entry><id>urn:kourma:1</id><title>هجوم</title><updated>2026-03-02T07:00:00Z</updated><link href="{watch.Site.Url("/ar/1")}"/></entry>
            </feed>
            """, "text/html"); // served with the wrong type: the root element tells
        watch.Site.Serve(Feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>http://x.example/</link><description>d</description><item><title>Sans lien</title></item></channel></rss>", "application/rss+xml");

        var reports = await watch.PollAsync("/atom.xml", Feed);

        Assert.Equal([(1, 0), (0, 1)], reports.Select(r => (r.New, r.Failed)));
        var article = watch.Store.LoadArticle("urn:kourma:1")!;
        Assert.Equal(("هاجم مسلحون مجهولون قرية وهمية تدعى كورما، وأحرقوا مخزنا للحبوب.", "هجوم", "ar"), (article.Text, article.Title, article.Lang));
        Assert.Equal($"{watch.Site.Url(Feed)}:1: error: feed item has neither id nor link", Assert.Single(watch.Problems).ToString());
    }

    [Fact]
    public async Task Poll_RelativeAndNonWebLinks_RelativeResolvedAgainstTheFeedOthersReported()
    {
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Serve("/a/1", WatchFixture.Page("Attaque", "Une attaque a visé le village inventé de Kourma."));
        watch.Site.Serve(Feed, """
            <?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>/</link><description>d</description>
            <item><title>Attaque</title><link>a/1</link><guid>k-1</guid></item>
            <item><title>Lettre</title><link>mailto:redaction@radio.example</link><guid>k-2</guid></item>
            </channel></rss>
            """, "application/rss+xml");

        var report = Assert.Single(await watch.PollAsync(Feed));

        Assert.Equal((1, 1), (report.New, report.Failed));
        Assert.Equal(watch.Site.Url("/a/1"), watch.Store.LoadArticle("k-1")!.Url);
        Assert.Equal("mailto:redaction@radio.example: error: feed item 'k-2' links to 'mailto:redaction@radio.example', not an http(s) page", Assert.Single(watch.Problems).ToString());
    }

    [Fact]
    public async Task Poll_PageLinkingToNoArticle_FailsSayingSo()
    {
        await using var watch = await WatchFixture.StartAsync();
        watch.Site.Serve("/contact", "<html><body><nav><a href=\"/2026/03/x\">x</a></nav><main><p>Écrivez-nous.</p><a href=\"/about\">À propos</a></main></body></html>");

        var report = Assert.Single(await watch.PollAsync("/contact"));

        Assert.Equal((PollOutcome.Failed, "not a feed, and the page links to no article of its site"), (report.Outcome, report.Error));
    }
}
