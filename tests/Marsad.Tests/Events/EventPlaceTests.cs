using System.Collections.Immutable;
using Marsad.Events;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>Where an event is coded, each rule on a short article written for it.</summary>
public sealed class EventPlaceTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private ImmutableArray<EventRecord> Events(string text) =>
        fixture.Pipeline.Analyze(new Article { Id = "place", Text = text, Published = new DateOnly(2024, 3, 5) }).Events;

    [Theory]
    // The capital is named for the government and as a destination; the attack is in a village the gazetteer lacks.
    [InlineData("قالت الحكومة في باماكو إن مسلحين هاجموا أمس قرية تينكارانكو وقتلوا خمسة مدنيين. وأرسلت باماكو تعزيزات إلى المنطقة.", "Mali")]
    [InlineData("Le gouvernement a indiqué à Niamey que des hommes armés ont tué cinq civils lundi dans le village de Tinkarangou. Niamey a envoyé des renforts.", "Niger")]
    public void Analyze_VillageNotFound_IsNeverTheCapitalTheTextNamesForItsGovernment(string text, string country)
    {
        var attack = Assert.Single(Events(text));

        Assert.Equal(country, attack.Country);
        Assert.NotNull(attack.GeoPrecision);
        Assert.DoesNotContain(attack.Location ?? "", new[] { "Bamako", "Niamey" });
    }

    /// <summary>
    /// A village whose name is a town's in a country the article is not about, far from every place it names, is not that town.
    /// </summary>
    [Theory]
    [InlineData("قتل مسلحون تسعة قرويين أمس في قرية دابتشي قرب بلدة دوينتزا وسط مالي.", "Dapchi", "Mali")]
    [InlineData("قتل مسلحون تسعة قرويين أمس في قرية كانتشاري قرب بلدة تيلابيري غرب النيجر.", "Kantchari", "Niger")]
    public void Analyze_VillageNamedLikeATownAbroad_IsNotThatTown(string text, string town, string country)
    {
        var attack = Assert.Single(Events(text));

        Assert.Equal(country, attack.Country);
        Assert.NotEqual(town, attack.Location);
    }

    /// <summary>
    /// "قرية X في منطقة Y": a town of another country that only sounds like X, far from the unit named, is not the place; the
    /// event is coded to the unit (a Malian Diarede is no village of Niger's Dosso region).
    /// </summary>
    [Fact]
    public void Analyze_VillageInANamedUnit_IsNoSoundAlikeAbroad()
    {
        var attack = Assert.Single(Events("نيامي – قتل مسلحون 14 مزارعا يوم الأحد في قرية دياريدي في منطقة دوسو. وتنشط جماعات مسلحة قادمة من مالي في المنطقة."));

        Assert.Equal(("Niger", "Dosso"), (attack.Country, attack.Admin1));
    }

    /// <summary>
    /// A lead that places the attack only by its state or region, and a next sentence that names the town or district inside
    /// it: the event is coded there, not to the region's capital.
    /// </summary>
    [Theory]
    [InlineData("Gunmen killed eleven farmers on Sunday in a village of Borno State. Residents said the assailants came on motorcycles to Kalamari village in Gubio local government area.", "Gubio")]
    [InlineData("قتل مسلحون 11 مزارعا يوم الأحد في هجوم على قرية في ولاية بورنو. واستهدف الهجوم قرية كالاماري في منطقة غوبيو.", "Gubio")]
    public void Analyze_RegionInTheLeadAndTownAfter_IsCodedToTheTown(string text, string place)
    {
        var attack = Assert.Single(Events(text));

        Assert.Equal(("Borno", place), (attack.Admin1, attack.Location));
        Assert.True(attack.GeoPrecision <= 2);
    }

    /// <summary>
    /// A village word alone does not carry a name into a country the article is not about when no place of the article lies
    /// near it: a Mauritanian border village named like a Cameroonian one stays in Mauritania, unlocated.
    /// </summary>
    [Fact]
    public void Analyze_VillageWordAloneAndNoOtherPlace_AdmitsNoNamesakeAbroad()
    {
        var raid = Assert.Single(Events("قالت مصادر محلية إن قوة مسلحة قادمة من مالي اقتحمت أمس قرية مد الموريتانية وأطلقت النار على السكان."));

        Assert.Equal("Mauritania", raid.Country);
    }

    /// <summary>A road is named after its towns: the name after "على طريق" or "محور" is the town, and the road is coded near it, not to its region.</summary>
    [Theory]
    [InlineData("قتل جنديان في انفجار عبوة ناسفة على محور غاو - أنسونغو يوم الاثنين.")]
    [InlineData("قتل جنديان في انفجار عبوة ناسفة على طريق غاو-أنسونغو يوم الاثنين.")]
    public void Analyze_RoadNamedByItsTowns_IsCodedNearTheBetterKnownTown(string text)
    {
        var blast = Assert.Single(Events(text));

        Assert.Equal(("Gao", 2), (blast.Location, blast.GeoPrecision));
    }

    /// <summary>"طريق بين X وY": the relation word "between" opens no name of its own (بين دوري is no Boundoré); the road is coded near its town.</summary>
    [Fact]
    public void Analyze_RoadBetweenTwoTowns_RelationWordIsNoPartOfTheName()
    {
        var blast = Assert.Single(Events("قتل جنديان في انفجار عبوة ناسفة على طريق بين دوري وسيبا يوم الاثنين."));

        Assert.Equal(("Dori", 2), (blast.Location, blast.GeoPrecision));
    }

    /// <summary>An institution named after its town ("staff of the University of X") says who the victims were, not where they were ambushed.</summary>
    [Fact]
    public void Analyze_UniversityNamedAfterATown_IsNotTheEventPlace()
    {
        var ambush = Assert.Single(Events("Gunmen ambushed a convoy carrying staff of the University of Maiduguri on Monday in Magumeri local government area, killing six."));

        Assert.Equal("Magumeri", ambush.Location);
    }

    /// <summary>The towns where the sources of a retelling are ("مصدران عسكريان في X وY") are not where the fight was: no second event there.</summary>
    [Theory]
    [InlineData("قتل مسلحون أمس ثمانية جنود في كمين قرب بلدة تيلابيري. وأوضح مصدران عسكريان في نيامي ودوسو أن الدورية وقعت في كمين عند عودتها.")]
    [InlineData("قتل مسلحون أمس ثمانية جنود في كمين قرب بلدة تيلابيري. وذكرت مصادر بالجيش في نيامي ودوسو أن الدورية وقعت في كمين عند عودتها.")]
    public void Analyze_RetoldBySourcesInOtherTowns_IsOneEventAtItsOwnPlace(string text)
    {
        var ambush = Assert.Single(Events(text));

        Assert.Equal("Tillaberi", ambush.Location);
    }

    /// <summary>Where the wounded were evacuated and the dead buried (« évacués vers X », "evacuated to X") is not where the blast was.</summary>
    [Theory]
    [InlineData("Deux soldats ont été tués lundi par un engin explosif près de Tessit. Trois blessés ont été évacués vers Gao.", "Tessit")]
    [InlineData("Deux soldats ont été tués lundi par un engin explosif près de Tessit. Ils ont été inhumés au carré des martyrs de Bamako.", "Tessit")]
    [InlineData("Two soldiers were killed on Monday by a roadside bomb near Tessit. Three wounded were evacuated to Gao.", "Tessit")]
    public void Analyze_WhereTheVictimsWereTaken_IsNotTheEventPlace(string text, string place)
    {
        var blast = Assert.Single(Events(text));

        Assert.Equal(place, blast.Location);
    }

    /// <summary>The capital where a communiqué retelling the fight was issued ("في بيان صدر … في العاصمة أن …") is not a second battlefield.</summary>
    [Theory]
    [InlineData("قتل مسلحون فجر الأحد ستة جنود في هجوم على موقع عسكري قرب بلدة ليوا. وأعلن الجيش في بيان صدر الاثنين في نجامينا أن الموقع تعرض لهجوم إرهابي وأن ستة جنود قتلوا.")]
    [InlineData("Des hommes armés ont tué six soldats dimanche dans une attaque contre un poste près de Liwa. L'armée a indiqué dans un communiqué publié lundi à N'Djamena que le poste a subi une attaque terroriste.")]
    public void Analyze_RetoldByACommuniqueIssuedInTheCapital_IsOneEventAtItsOwnPlace(string text)
    {
        var attack = Assert.Single(Events(text));

        Assert.Equal("Liwa", attack.Location);
    }

    [Theory]
    [InlineData("هاجم مسلحون أمس قافلة تجارية على بعد 400 كيلومتر من العاصمة نيامي وقتلوا ثلاثة سائقين.")]
    [InlineData("Des hommes armés ont attaqué lundi un convoi à 400 km de Niamey, tuant trois chauffeurs.")]
    public void Analyze_FarFromATown_IsCodedToTheCountryNotNearTheTown(string text)
    {
        var attack = Assert.Single(Events(text));

        Assert.Equal(("Niger", null, 3), (attack.Country, attack.Location, attack.GeoPrecision));
        Assert.Null(attack.Latitude);
    }

    /// <summary>A country the event is told near is across the border: the event is on the article's side of it.</summary>
    [Theory]
    [InlineData("باماكو – مرصد: هاجم مسلحون أمس معسكرا للجيش المالي في منطقة حدودية قرب بوركينا فاسو وقتلوا ثلاثة جنود.")]
    [InlineData("BAMAKO – Gunmen attacked a Malian army camp in the south near Burkina Faso on Monday, killing three soldiers.")]
    public void Analyze_NearACountry_IsCodedOnThisSideOfTheBorder(string text)
    {
        var attack = Assert.Single(Events(text));

        Assert.Equal("Mali", attack.Country);
    }

    [Theory]
    // The road where the ambush was is the incident's place, not the region the article is mostly about.
    [InlineData("تتواصل أعمال العنف في منطقة تمبكتو. ونصب مسلحون أمس كمينا لقافلة عسكرية على الطريق بين أنسونغو وغاو وقتلوا أربعة جنود.")]
    [InlineData("Les violences se poursuivent dans la région de Tombouctou. Lundi, des hommes armés ont tendu une embuscade à un convoi militaire sur l'axe Ansongo-Gao, tuant quatre soldats.")]
    [InlineData("Violence continues in the Timbuktu region. On Monday, gunmen ambushed a military convoy on the Ansongo-Gao road, killing four soldiers.")]
    // A region named in the road's own paragraph says less than the road.
    [InlineData("Dans la région de Gao, un convoi militaire a été attaqué lundi par des jihadistes entre Ansongo et Gao.")]
    public void Analyze_AmbushOnARoad_IsCodedNearItsBetterKnownEnd(string text)
    {
        var ambush = Assert.Single(Events(text));

        Assert.Equal(("Gao", "Gao", 2), (ambush.Location, ambush.Admin1, ambush.GeoPrecision));
    }

    [Theory]
    // Where a news agency was told something is not where it happened.
    [InlineData("قال مسؤول أمني لفرانس برس في باماكو إن مسلحين خطفوا أمس خمسة تجار في وسط البلاد.")]
    [InlineData("Un responsable a déclaré à l'AFP à Bamako que des hommes armés ont enlevé lundi cinq commerçants dans le centre du pays.")]
    public void Analyze_PlaceWhereAnAgencyWasTold_IsNotTheEventsPlace(string text)
    {
        var abduction = Assert.Single(Events(text));

        Assert.Equal("Mali", abduction.Country);
        Assert.NotEqual("Bamako", abduction.Location);
    }

    /// <summary>"Sahel" alone is the belt from Senegal to Chad, not Burkina Faso's region, in news about another country.</summary>
    [Theory]
    [InlineData("Jeudi, un convoi des FAMa a été pris en embuscade près de Boni, faisant trois morts. Le Sahel entier connaît une violence qui ne faiblit pas.")]
    [InlineData("Un camp de la force du G5 Sahel a été visé jeudi près de Douentza; deux militaires maliens y ont péri.")]
    [InlineData("On Wednesday gunmen ambushed a Malian army patrol near Douentza, killing three soldiers, the latest blow to the Sahel state.")]
    public void Analyze_SahelInAMaliReport_IsNeitherAnEventNorBurkinaFaso(string text)
    {
        var ambush = Assert.Single(Events(text));

        Assert.Equal("Mali", ambush.Country);
    }

    /// <summary>A bare French compass word is a region of Burkina Faso or Cameroon only in news about that country.</summary>
    [Theory]
    [InlineData("Neuf gendarmes nigériens ont été tués mardi dans l'attaque de leur poste à Kourtégabé (Ouest, près de la frontière).")]
    [InlineData("Le bilan de l'attaque de mercredi contre une patrouille nigérienne à Kourtégabé (Ouest) s'élève à neuf morts, selon une source à Niamey.")]
    public void Analyze_CompassWordInANigerReport_IsNotAForeignRegion(string text)
    {
        var attack = Assert.Single(Events(text));

        Assert.Equal("Niger", attack.Country);
    }

    [Fact]
    public void Analyze_CompassWordInABurkinaReport_IsItsRegion()
    {
        var attack = Assert.Single(Events("Des hommes armés ont tué mardi cinq villageois burkinabè dans le Nord."));

        Assert.Equal("Nord", attack.Admin1);
    }

    /// <summary>The seat of a governor who gives the toll is not where the attack was.</summary>
    [Theory]
    [InlineData("Des hommes armés ont tendu une embuscade samedi à une patrouille près de Tillia, tuant neuf gardes. « Le bilan de cette attaque est de neuf morts », a déclaré le gouverneur de Tahoua.")]
    [InlineData("Gunmen ambushed a patrol near Tillia on Saturday, killing nine guards. The toll of the attack is nine dead, said the governor of Tahoua.")]
    public void Analyze_TollGivenByAGovernor_StaysWithTheAttack(string text)
    {
        var ambush = Assert.Single(Events(text));

        Assert.Equal("Tillia", ambush.Location);
    }

    [Fact]
    public void Analyze_RegionSpelledTillabery_IsTheRegionThatHoldsAVillageInIt()
    {
        var ambush = Assert.Single(Events("Une dizaine de soldats ont été tués mardi dans une attaque dans la région de Tillabéry. Une patrouille est tombée dans une embuscade près de Tongo Tongo."));

        Assert.Equal("Tongo Tongo", ambush.Location);
    }
    /// <summary>A dateline under a headline is where the report was filed: a village the gazetteer lacks is still the event's place, coded to the country.</summary>
    [Theory]
    [InlineData("هجوم على قرية في غرب البلاد\n\nنيامي – مرصد: قتل مسلحون أمس ستة مدنيين في قرية كورتيبانغو.")]
    [InlineData("Six civils tués dans l'ouest\n\nNIAMEY, 4 mars (ANP) – Des hommes armés ont tué lundi six civils dans le village de Kourtiébangou, selon des sources locales.")]
    [InlineData("Six villagers killed in the west\n\nNIAMEY, March 4 (Reuters) - Gunmen killed six civilians on Monday in the village of Kourtiebangou, local sources said.")]
    public void Analyze_VillageNotFoundUnderADatelineAfterAHeadline_IsNotTheDatelineCity(string text)
    {
        var attack = Assert.Single(Events(text));

        Assert.Equal("Niger", attack.Country);
        Assert.NotEqual("Niamey", attack.Location);
    }

    [Theory]
    [InlineData("Au moins douze villageois ont été tués samedi dans le village d'Ebrikwelo, situé dans le cercle de Koro, au Mali.", "Koro")]
    [InlineData("Au moins sept gendarmes ont été tués mercredi dans une attaque contre la localité de Kwarabelgo, province de l'Oudalan, au Burkina Faso.", "Oudalan")]
    public void Analyze_VillageNotFound_IsCodedToTheUnitTheSentenceNames(string text, string admin)
    {
        var attack = Assert.Single(Events(text));

        Assert.True(attack.Location == admin || attack.Admin2 == admin, $"{attack.Location} / {attack.Admin2}");
    }

    /// <summary>
    /// "هاجم مسلحون سكان بلدة X"، "هجوم على سكان X": residents right after an act are whom it struck, not a source, so their
    /// town is the event's; a resident who speaks ("قال أحد سكان بلدة X") still only says where the source lives.
    /// </summary>
    [Theory]
    [InlineData("هاجم مسلحون سكان بلدة دوينتزا في وسط مالي يوم الأحد وأحرقوا عشرات المنازل.", "Douentza")]
    [InlineData("قتل خمسة أشخاص في هجوم على سكان بلدة دوينتزا في وسط مالي يوم الأحد.", "Douentza")]
    public void Analyze_ResidentsAsTheObjectOfAnAct_TheirTownIsTheEventPlace(string text, string town)
    {
        var attack = Assert.Single(Events(text));

        Assert.Equal(town, attack.Location);
    }
}
