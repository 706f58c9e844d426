using Marsad.Tests.Golden;

namespace Marsad.Tests.Lexicon;

/// <summary>
/// Arabic words of general news usage added to the lexicons so that phrasing the development articles never used
/// still tells its event and its actors (data/lexicon/ar/triggers.tsv, actor_nouns.tsv). Sentences written for these tests.
/// </summary>
public sealed class ArabicVocabularyTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    // داهم: a raid on a village by gunmen.
    [InlineData("نيامي – داهم مسلحون قرية قرب بلدة أيورو مساء الأحد.", "Attack")]
    // مناوشات: skirmishes are clashes.
    [InlineData("غاو – اندلعت مناوشات بين الجيش المالي ومسلحين قرب بلدة أنسونغو أمس.", "Armed clash")]
    // أشعلوا النار: setting houses on fire.
    [InlineData("موبتي – قال سكان إن مسلحين أشعلوا النار أمس في منازل قرية قرب بلدة بانكاس.", "Looting/property destruction")]
    // فجرت نفسها: a suicide bomber blowing herself up.
    [InlineData("مايدوغوري – فجرت انتحارية نفسها في سوق بلدة غوزا صباح الأحد.", "Suicide bomb")]
    // ضربة بمسيرة: a strike by a drone, without the word طائرة.
    [InlineData("ميناكا – قتلت ضربة بمسيرة للجيش المالي ستة مسلحين قرب بلدة ميناكا أمس.", "Air/drone strike")]
    // رشقوا بالحجارة: stone-throwing makes a demonstration violent.
    [InlineData("نيامي – قال شهود إن شبانا غاضبين رشقوا بالحجارة سيارات الشرطة أمس في حي بوكوكي.", "Violent demonstration")]
    // ذبح: slaughtering villagers is an attack on civilians.
    [InlineData("ديفا – ذبح مسلحون أربعة صيادين قرب بلدة ديفا مساء الجمعة.", "Attack")]
    // استولوا على السلطة: officers seizing power is a coup (a strategic development), not a looting.
    [InlineData("باماكو – أعلن ضباط في الجيش أمس أنهم استولوا على السلطة وحلوا الحكومة.", "Other")]
    // تبادل للنيران: an exchange of fire between the army and gunmen.
    [InlineData("ديفا – أدى تبادل للنيران بين الجيش ومسلحين قرب بلدة ديفا أمس إلى مقتل جنديين.", "Armed clash")]
    // قذائف المورتر: mortar rounds are shelling.
    [InlineData("تمبكتو – سقطت قذائف المورتر أمس على معسكر للجيش المالي في تمبكتو دون أن تسفر عن ضحايا.", "Shelling/artillery/missile attack")]
    public void Analyze_NewArabicEventWord_TellsItsEvent(string text, string subEventType)
    {
        var coded = Assert.Single(fixture.Events(text));

        Assert.Equal(subEventType, coded.SubEventType);
    }

    [Fact]
    public void Analyze_Extremists_AreAnArmedGroupAndTheirVictimsCivilians()
    {
        var coded = Assert.Single(fixture.Events("نيامي – قتل متطرفون ثلاثة صيادين قرب بلدة أيورو أمس."));

        Assert.Equal("Unidentified Armed Group (Niger)", coded.Actor1);
        Assert.Equal("Civilians (Niger)", coded.Actor2);
    }

    [Fact]
    public void Analyze_Herders_AreCivilians()
    {
        var coded = Assert.Single(fixture.Events("أبشي – قتل مسلحون خمسة من مربي الماشية قرب بلدة أبشي أمس."));

        Assert.Equal("Civilians (Chad)", coded.Actor2);
    }
}
