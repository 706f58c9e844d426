using Marsad.Cli.Commands;
using Marsad.Tests.Places;

namespace Marsad.Tests.Cli;

public sealed class GeocodeCommandTests(FixtureGazetteer fixture) : IClassFixture<FixtureGazetteer>
{
    [Fact]
    public void Geocode_ArabicName_ListsTheCandidateWithWhy()
    {
        using var output = new StringWriter();

        var exit = GeocodeCommand.Create(output).Parse(["دجيبو", "--data", fixture.Folder]).Invoke();

        Assert.Equal(0, exit);
        Assert.Contains("Djibo [2361177] PPLA2 BF", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Geocode_Sentence_ResolvesEachPlaceInContext()
    {
        using var output = new StringWriter();

        GeocodeCommand.Create(output).Parse(["حاصر مسلحون قرية فارابوغو بمنطقة سيغو منذ أيام", "--data", fixture.Folder]).Invoke();

        Assert.Contains("Resolved: Farabougou / Segou / Mali, 14.8921,-6.1414, precision 1", output.ToString(), StringComparison.Ordinal);
    }
}
