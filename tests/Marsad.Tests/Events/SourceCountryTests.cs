using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>A country named in a source's name (a radio, a station) is not where the event was. Sentences written for these tests.</summary>
public sealed class SourceCountryTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    [InlineData("واغادوغو – مرصد: قتل سبعة جنود بوركينيين في هجوم مسلح على ثكنة شمالي البلاد، وفقا لراديو فرنسا الدولي.")]
    [InlineData("واغادوغو – مرصد: أفادت إذاعة فرنسا الدولية بمقتل سبعة جنود بوركينيين في هجوم مسلح على ثكنة شمالي البلاد.")]
    public void Analyze_CountryInASourceName_IsNotTheEventCountry(string text)
    {
        var attack = Assert.Single(fixture.Events(text));

        Assert.Equal("Burkina Faso", attack.Country);
    }
}
