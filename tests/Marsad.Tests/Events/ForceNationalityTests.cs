using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>Whose force an unnamed one is: the demonym that qualifies it, read as the country the article speaks of. Sentences written for these tests.</summary>
public sealed class ForceNationalityTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    /// <summary>
    /// "جنود تشاديون" in Mali are Chad's soldiers, not Mali's; the bare "جنود" counted again later is the same soldiers, so
    /// the toll is not counted twice.
    /// </summary>
    [Fact]
    public void Analyze_ForceQualifiedByADemonym_IsThatCountrysForce()
    {
        var attack = Assert.Single(fixture.Events("كيدال – مرصد: قتل ثلاثة جنود تشاديين في هجوم بسيارة مفخخة على معسكر لقوة حفظ السلام في تساليت يوم الثلاثاء. وقال مسؤول: \"قتل ثلاثة جنود، كلهم تشاديون\"."));

        Assert.Contains("Military Forces of Chad", attack.Actor2 ?? "", StringComparison.Ordinal);
        Assert.Equal(3, attack.Fatalities);
    }

    /// <summary>
    /// Nigeria's demonym written for Niger (النيجيري), in an article that names Niger's places and never Nigeria: the
    /// soldiers are Niger's. Where the article names a place of Nigeria, they stay Nigeria's.
    /// </summary>
    [Theory]
    [InlineData("نيامي – مرصد: قتل خمسة جنود نيجيريين في كمين قرب بلدة أيورو بمنطقة تيلابيري يوم الأحد.", "Military Forces of Niger")]
    [InlineData("مايدوغوري – مرصد: قتل خمسة جنود نيجيريين في كمين قرب بلدة دامبوا بولاية بورنو يوم الأحد.", "Military Forces of Nigeria")]
    public void Analyze_DemonymWrittenForANeighbour_IsReadAsTheCountryTheArticleNames(string text, string army)
    {
        var ambush = Assert.Single(fixture.Events(text));

        Assert.StartsWith(army, ambush.Actor2 ?? "", StringComparison.Ordinal);
    }

    /// <summary>
    /// "جنديا نيجيريًا": Nigeria's name written with tanween is the demonym agreeing with the soldiers, no mention of Nigeria,
    /// so it does not stop the demonym from being read as Niger's in an article that names only Niger's places.
    /// </summary>
    [Fact]
    public void Analyze_CountryNameWithTanween_IsADemonymNotTheCountry()
    {
        var attack = Assert.Single(fixture.Events("قتل 11 جنديًا نيجيريًا أمس في هجوم على دورية قرب الحدود الجزائرية في أقصى الشمال. ودفن الجنود في أغاديز، فيما تواجه قوات الدفاع والأمن النيجيرية تهديدات متزايدة تقلق السلطات في نيامي."));

        Assert.Equal("Niger", attack.Country);
        Assert.StartsWith("Military Forces of Niger", attack.Actor2 ?? "", StringComparison.Ordinal);
    }

    /// <summary>Nigeria named only as the neighbour a town of Niger lies near does not keep Nigeria's demonym from being read as Niger's.</summary>
    [Fact]
    public void Analyze_DemonymsCountryNamedOnlyAsANeighbour_IsStillReadAsTheArticlesCountry()
    {
        var ambush = Assert.Single(fixture.Events("قتل ستة جنود نيجيريين يوم الأحد في كمين نصبه مسلحون من بوكو حرام لدورية عسكرية في جنوب شرق النيجر، على بعد 20 كلم من مدينة ديفا القريبة من نيجيريا."));

        Assert.StartsWith("Military Forces of Niger ", ambush.Actor2 ?? "", StringComparison.Ordinal);
    }
}
