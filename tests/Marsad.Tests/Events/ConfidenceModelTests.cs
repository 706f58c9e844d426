using Marsad.Events.Assembly;
using Marsad.Resources;

namespace Marsad.Tests.Events;

public class ConfidenceModelTests
{
    private static readonly ConfidenceModel Model = ConfidenceModel.Load(ResourceStore.Embedded);

    [Theory]
    [InlineData("retold", true)]
    [InlineData("actor2_found", true)]
    [InlineData("counted", true)]
    [InlineData("rumor", false)]
    [InlineData("background", false)]
    [InlineData("undated_article", false)]
    public void Score_OneSignal_MovesTheConfidenceItsWay(string signal, bool raises)
    {
        var plain = Model.Score(new Dictionary<string, double>());
        var with = Model.Score(new Dictionary<string, double> { [signal] = 1 });

        Assert.Equal(raises, with > plain);
    }

    [Fact]
    public void Score_AnySignals_IsAProbability()
    {
        var all = ConfidenceModel.Signals.ToDictionary(s => s, _ => 1.0);

        Assert.InRange(Model.Score(all), 0, 1);
        Assert.InRange(Model.Score(new Dictionary<string, double>()), 0, 1);
    }
}
