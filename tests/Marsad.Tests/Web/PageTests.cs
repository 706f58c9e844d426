using Microsoft.Playwright;

namespace Marsad.Tests.Web;

/// <summary>The page in a real headless Chromium over the sample store: what an analyst sees and clicks.</summary>
public sealed class PageTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string Rows = "#table tbody tr[data-id]";

    private static async Task<int> Attribute(IPage page, string selector, string name) =>
        int.Parse(await page.GetAttributeAsync(selector, name) ?? "-1", System.Globalization.CultureInfo.InvariantCulture);

    [ChromiumFact]
    public async Task Page_FirstRender_MapTimelineAndTableShowTheStore()
    {
        await using var visit = await chromium.OpenAsync();
        var page = visit.Page;
        await visit.ScreenshotAsync("page");

        Assert.Equal(SampleStore.Placed, await Attribute(page, "#map", "data-points"));
        Assert.True(await Attribute(page, "#map", "data-drawn") > 0);
        Assert.True(await Attribute(page, "#timeline", "data-weeks") > 0);
        Assert.Equal(SampleStore.Incidents, await page.Locator(Rows).CountAsync());
        Assert.Contains("6 events", await page.TextContentAsync("#summary"), StringComparison.Ordinal);
        Assert.Empty(visit.Errors);
        Assert.Empty(visit.Dialogs);
    }

    [ChromiumFact]
    public async Task Filter_EventTypeChosen_TableMapAndDownloadsNarrow()
    {
        await using var visit = await chromium.OpenAsync();
        var page = visit.Page;

        await visit.AfterRefreshAsync(() => page.SelectOptionAsync("select[name=type]", "Battles"));

        Assert.Equal(1, await page.Locator(Rows).CountAsync());
        Assert.Equal(1, await Attribute(page, "#map", "data-points"));
        Assert.Contains("type=Battles", await page.GetAttributeAsync("#download-csv", "href"), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Filter_ArabicTextWithoutHamza_FindsTheAmbushAndTheAnalysis()
    {
        await using var visit = await chromium.OpenAsync();
        var page = visit.Page;

        await visit.AfterRefreshAsync(() => page.FillAsync("input[name=text]", "نصره الاسلام"));

        Assert.Equal(["Gao", "Menaka"], (await page.Locator($"{Rows} td:nth-child(5)").AllTextContentsAsync()).Select(t => t.Split(',')[0]));
    }

    [ChromiumFact]
    public async Task Timeline_DraggedAcrossTheLastWeeks_DatesChosenAndTableNarrows()
    {
        await using var visit = await chromium.OpenAsync();
        var page = visit.Page;
        var box = (await page.Locator("#timeline .u-over").BoundingBoxAsync())!;

        await visit.AfterRefreshAsync(async () =>
        {
            await page.Mouse.MoveAsync(box.X + box.Width * 0.9f, box.Y + box.Height / 2);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(box.X + box.Width - 1, box.Y + box.Height / 2, new MouseMoveOptions { Steps = 5 });
            await page.Mouse.UpAsync();
        });

        Assert.NotEqual("", await page.InputValueAsync("input[name=since]"));
        Assert.NotEqual("", await page.InputValueAsync("input[name=until]"));
        var rows = await page.Locator(Rows).CountAsync();
        Assert.InRange(rows, 1, SampleStore.Incidents - 1);
        Assert.Equal(rows, await Attribute(page, "#map", "data-points"));
    }

    [ChromiumFact]
    public async Task EventPanel_Ambush_EachArticleWithArabicEvidenceHighlightedRightToLeft()
    {
        await using var visit = await chromium.OpenAsync();
        var page = visit.Page;

        await page.Locator(Rows).Filter(new LocatorFilterOptions { HasText = "Gao" }).ClickAsync();
        await page.WaitForSelectorAsync("#panel .source >> nth=1");
        await page.EvaluateAsync("document.fonts.ready");
        await visit.ScreenshotAsync("event-panel");

        var post = page.Locator("#panel .source[data-article=sahel-post-ambush] article");
        Assert.Equal("rtl", await post.GetAttributeAsync("dir"));
        Assert.Equal("rtl", await post.EvaluateAsync<string>("a => getComputedStyle(a.querySelector('.article')).direction"));
        Assert.Equal("قتل 12 جنديا", await post.Locator("mark.f-fatalities").TextContentAsync());
        Assert.Equal("جماعة نصرة الإسلام والمسلمين", await post.Locator("mark.f-actor1").TextContentAsync());
        Assert.True(await page.EvaluateAsync<bool>("document.fonts.check('17px \"Noto Naskh Arabic\"', 'قتل')"));
        Assert.Empty(visit.Errors);
    }

    [ChromiumFact]
    public async Task MarkupInAnArticle_ShownAsText_NothingRuns()
    {
        await using var visit = await chromium.OpenAsync();
        var page = visit.Page;

        await page.Locator(Rows).Filter(new LocatorFilterOptions { HasText = "Tillaberi" }).ClickAsync();
        await page.WaitForSelectorAsync("#panel .source");
        await visit.ScreenshotAsync("markup-article");

        var panel = await page.TextContentAsync("#panel");
        Assert.Contains("<script>alert(1)</script>", panel, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(2)>", panel, StringComparison.Ordinal);
        Assert.Contains("<script>alert(5)</script> هجوم قرب تيلابيري", panel, StringComparison.Ordinal);
        Assert.Contains("Attack near Tillaberi <img src=x onerror=alert(3)>", panel, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#panel img, #panel script, #panel a[href^=javascript]").CountAsync());
        Assert.Empty(visit.Dialogs);
        Assert.Empty(visit.Errors);
    }

    [ChromiumFact]
    public async Task LanguageSwitched_ArabicLabelsRightToLeft()
    {
        await using var visit = await chromium.OpenAsync();
        var page = visit.Page;

        await visit.AfterRefreshAsync(() => page.ClickAsync("#language"));
        await visit.ScreenshotAsync("arabic-interface");

        Assert.Equal(("ar", "rtl"), (await page.GetAttributeAsync("html", "lang"), await page.GetAttributeAsync("html", "dir")));
        Assert.Equal("الأحداث", await page.TextContentAsync("#tab-events"));
        Assert.Contains("معارك", await page.TextContentAsync("#table tbody"), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task ActorView_Opened_NetworkOfRelationsAndIncidents()
    {
        await using var visit = await chromium.OpenAsync();
        var page = visit.Page;

        await page.ClickAsync("#tab-actors");
        await page.WaitForSelectorAsync("#network[data-nodes]");
        await visit.ScreenshotAsync("actors");

        Assert.True(await Attribute(page, "#network", "data-nodes") >= 8);
        Assert.True(await page.Locator("#network canvas").CountAsync() > 0);
        Assert.Empty(visit.Errors);
    }

    [ChromiumFact]
    public async Task ActorPage_NamedInTheAddress_CareerAndTheWordsOfEachSource()
    {
        await using var visit = await chromium.OpenAsync("#actor=" + Uri.EscapeDataString("أبو البراء الأزوادي"));
        var page = visit.Page;

        await page.WaitForSelectorAsync("#actor-detail[data-actor] .career li");
        await visit.ScreenshotAsync("actor-page");

        Assert.Equal(2, await page.Locator("#actor-detail .career li").CountAsync());
        Assert.StartsWith("انشق عن تنظيم الدولة", await page.Locator("#actor-detail .sources q").First.TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(visit.Errors);
    }

    [ChromiumFact]
    public async Task EventPanel_ActorNameClicked_OpensTheActorsPage()
    {
        await using var visit = await chromium.OpenAsync();
        var page = visit.Page;

        await page.Locator(Rows).Filter(new LocatorFilterOptions { HasText = "Gao" }).ClickAsync();
        await page.Locator("#panel .facts button", new PageLocatorOptions { HasText = SampleStore.Jnim }).ClickAsync();
        await page.WaitForSelectorAsync("#actor-detail[data-actor]");

        Assert.Equal(SampleStore.Jnim, await page.GetAttributeAsync("#actor-detail", "data-actor"));
        Assert.False(await page.Locator("#actors-view").IsHiddenAsync());
        Assert.Contains("#actor=", page.Url, StringComparison.Ordinal);
        Assert.Empty(visit.Errors);
    }
}
