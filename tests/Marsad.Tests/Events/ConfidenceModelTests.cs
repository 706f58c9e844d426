using Marsad.Events.Assembly;
using Marsad.Resources;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

public class ConfidenceModelTests
{
    private static readonly ConfidenceModel Model = ConfidenceModel.Load(ResourceStore.Embedded);

    /// <summary>The signals of an act told by a verb, with a figure, its day and a town its own sentence names, by a catalogued group.</summary>
    private static readonly Dictionary<string, double> ToldInFull = new(StringComparer.Ordinal)
    {
        ["actor1_catalogued"] = 1, ["actor2_found"] = 1, ["counted"] = 1, ["count_figure"] = 1, ["trigger_verb"] = 1,
        ["date_day"] = 1, ["date_in_text"] = 1, ["place_own"] = 1, ["place_town"] = 1, ["told_in_full"] = 1, ["retold"] = 1.0 / 3,
    };

    /// <summary>The signals of acts told only by a plural noun, dated by the report and placed by the article's town.</summary>
    private static readonly Dictionary<string, double> ToldInPassing = new(StringComparer.Ordinal)
    {
        ["actor1_missing"] = 1, ["plural_only"] = 1, ["date_publication"] = 1, ["place_town"] = 1,
    };

    [Theory]
    [InlineData("told_in_full", true)]
    [InlineData("place_own", true)]
    [InlineData("date_day", true)]
    [InlineData("date_publication", false)]
    [InlineData("undated_article", false)]
    public void Score_OneSignal_MovesTheConfidenceItsWay(string signal, bool raises)
    {
        var plain = Model.Score(new Dictionary<string, double>());
        var with = Model.Score(new Dictionary<string, double> { [signal] = 1 });

        Assert.Equal(raises, with > plain);
    }

    [Fact]
    public void Score_ReportToldInFull_PassesTheAnalystsFilter()
    {
        Assert.True(Model.Score(ToldInFull) >= 0.8);
    }

    [Fact]
    public void Score_ActsToldInPassing_AreMoreLikelyWrongThanRight()
    {
        Assert.True(Model.Score(ToldInPassing) < 0.5);
    }

    [Fact]
    public void Score_AnySignals_IsAProbability()
    {
        var all = ConfidenceModel.Signals.ToDictionary(s => s, _ => 1.0);

        Assert.InRange(Model.Score(all), 0, 1);
        Assert.InRange(Model.Score(new Dictionary<string, double>()), 0, 1);
    }
}

/// <summary>Confidence through the shipped pipeline, on sentences written for these tests.</summary>
public sealed class EventConfidenceTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private Marsad.Events.EventRecord Single(string published, string text) =>
        Assert.Single(fixture.Pipeline.Analyze(new Article { Id = "t", Lang = "en", Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), Text = text }).Events);

    [Fact]
    public void Analyze_ReportWithVerbFigureAndDay_IsSurerThanOneWithout()
    {
        var full = Single("2024-09-12", "Gunmen killed 14 herders in Tessit on Tuesday, local officials said.");
        var vague = Single("2024-09-12", "Herders were attacked near Tessit, officials said.");

        Assert.True(full.Confidence > vague.Confidence);
    }
}
