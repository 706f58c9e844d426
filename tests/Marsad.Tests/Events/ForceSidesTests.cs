using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>
/// Which side a force is on: a barracks or camp is what was hit, never who hit it, and an unnamed force qualified by a demonym
/// is that country's forces. Sentences written for these tests.
/// </summary>
public sealed class ForceSidesTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    // A verb describing the attack noun before it: its subject is the attack, the installation after it its object.
    [InlineData("واغادوغو – مرصد: قتل سبعة جنود يوم الخميس في هجوم استهدف ثكنة عسكرية في مدينة ديبو شمالي بوركينا فاسو.")]
    [InlineData("واغادوغو – مرصد: قتل سبعة جنود في هجوم استهدف ثكنة عسكرية في مدينة ديبو شمالي بوركينا فاسو يوم الخميس.")]
    [InlineData("واغادوغو – مرصد: قتل سبعة جنود يوم الخميس في الهجوم الذي استهدف معسكرا في مدينة ديبو شمالي بوركينا فاسو.")]
    public void Analyze_InstallationAfterADescribingVerb_IsTarget(string text)
    {
        var attack = Assert.Single(fixture.Events(text));

        Assert.Equal("Unidentified Armed Group (Burkina Faso)", attack.Actor1);
        Assert.Equal("Military Forces of Burkina Faso (2022-)", attack.Actor2);
    }

    [Fact]
    public void Analyze_InstallationOfANamedForce_TargetsThatForce()
    {
        var attack = Assert.Single(fixture.Events("موبتي – مرصد: قتل خمسة جنود يوم الأربعاء في هجوم استهدف معسكرا للجيش المالي في بلدة دوينتزا وسط مالي."));

        Assert.Equal("Military Forces of Mali (2021-)", attack.Actor2);
    }

    [Fact]
    public void Analyze_BareForceWithDemonym_IsThatCountrysForces()
    {
        var clash = Assert.Single(fixture.Events("نيامي – مرصد: قتلت قوات نيجرية تسعة مسلحين يوم الجمعة خلال اشتباك قرب بلدة أيورو غربي النيجر."));

        Assert.Equal("Military Forces of Niger (2023-)", clash.Actor1);
    }
}
