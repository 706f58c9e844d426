using Marsad.Text;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>Rules of event assembly, each on a short article written for it.</summary>
public sealed class IncidentRulesTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    /// <summary>Deaths told alone, then the wounded with the means that struck them: one story, by the armed men named with the means.</summary>
    [Fact]
    public void Analyze_DeathsThenWoundedWithTheirMeans_IsOneIncident()
    {
        var coded = Assert.Single(fixture.Events("NIAMEY – Onze villageois ont été tués. Quatre autres ont été blessés lors d'une attaque d'un car par des hommes armés. Le car venait d'Ayorou."));

        Assert.Equal(("Attack", "Unidentified Armed Group (Niger)", 11), (coded.SubEventType, coded.Actor1, coded.Fatalities));
    }

    [Fact]
    public void Analyze_DemonstrativeBeforeAnEventNoun_AddsNoIncident()
    {
        var events = fixture.Events("نيامي – قتل مسلحون أربعة رعاة قرب بلدة أيورو يوم الأحد 3 مارس. وتأتي هذه الهجمات بعد أكثر من عام على تصاعد العنف في المنطقة.");

        var attack = Assert.Single(events);
        Assert.Equal(new DateOnly(2024, 3, 3), attack.EventDate);
    }

    /// <summary>A surrender told beside the deaths of a fight is how it ended for one man, not an event of its own.</summary>
    [Theory]
    [InlineData("ميناكا – مرصد: قتلت القوات الفرنسية ستة مسلحين في غارة جوية قرب ميناكا يوم الأحد 3 مارس، واستسلم مسلح سابع للقوات.")]
    [InlineData("MENAKA – French forces killed six militants in an air strike near Menaka on Sunday 3 March, and one of their companions surrendered.")]
    public void Analyze_SurrenderBesideTheDeathsOfAFight_IsPartOfIt(string text)
    {
        var strike = Assert.Single(fixture.Events(text));

        Assert.Equal("Air/drone strike", strike.SubEventType);
    }

    /// <summary>Who did what to whom: each row a rule that finds an event's sides.</summary>
    [Theory]
    // A clash between two named sides: the first is actor1 (the second may follow at once, و-prefixed).
    [InlineData("اندلعت اشتباكات أمس بين الجيش المالي وجماعة نصرة الإسلام والمسلمين قرب بلدة أنسونغو.", "Armed clash", "Military Forces of Mali (2021-)", "JNIM: Group for Support of Islam and Muslims")]
    [InlineData("تتواصل منذ الاثنين اشتباكات عنيفة بين مقاتلي تنظيم الدولة الإسلامية – ولاية الساحل وجماعة نصرة الإسلام والمسلمين قرب بلدة أنسونغو.", "Armed clash", "Islamic State (Sahel)", "JNIM: Group for Support of Islam and Muslims")]
    // Special forces are the army.
    [InlineData("نيامي – قالت مصادر أمنية إن القوات الخاصة أوقفت أمس قرب بلدة أيورو قياديا في تنظيم داعش.", "Arrests", "Military Forces of Niger (2023-)", "Islamic State (Sahel)")]
    // Those who give themselves up act; the لـ after the verb is who they give themselves up to.
    [InlineData("واغادوغو – قال مصدر أمني إن خمسة عناصر من جماعة نصرة الإسلام والمسلمين سلموا أنفسهم للجيش في بلدة جيبو أمس.", "Change to group/activity", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso (2022-)")]
    // An event noun of joining with no one named: the joiners are coded by the group they came from.
    [InlineData("واغادوغو – مرصد: دفعت الخلافات الداخلية عشرات المقاتلين الذين كانوا يعملون لصالح داعش في منطقة جيبو إلى العودة إلى صفوف جماعة نصرة الإسلام والمسلمين الأسبوع الماضي.", "Change to group/activity", "Islamic State (Sahel)", "JNIM: Group for Support of Islam and Muslims")]
    // A person the article ties to a group acts for it; with no tie, the kidnapper is unidentified.
    [InlineData("واغادوغو – مرصد: عثمان كوليبالي، أحد قادة جماعة نصرة الإسلام والمسلمين، بات من أخطر المطلوبين في شمال البلاد. وقام كوليبالي أمس باختطاف أربعة تجار قرب بلدة جيبو.", "Abduction/forced disappearance", "JNIM: Group for Support of Islam and Muslims", "Civilians (Burkina Faso)")]
    [InlineData("واغادوغو – مرصد: بات عثمان كوليبالي من أخطر المطلوبين في شمال البلاد. وقام كوليبالي أمس باختطاف أربعة تجار قرب بلدة جيبو.", "Abduction/forced disappearance", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)")]
    // The owner a word of belonging introduces is the vehicle's, not the device's; a blast with no one named was set by armed men.
    [InlineData("موبتي – انفجرت عبوة ناسفة بآلية تابعة للجيش المالي يوم الثلاثاء قرب بلدة بانكاس، ما أسفر عن مقتل 3 جنود.", "Remote explosive/landmine/IED", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)")]
    [InlineData("موبتي – أسفر انفجار يوم الثلاثاء قرب بلدة بانكاس عن مقتل ثلاثة جنود ماليين.", "Remote explosive/landmine/IED", "Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)")]
    public void Analyze_EventWithTwoSides_CodesActor1AndActor2(string text, string subEventType, string actor1, string actor2)
    {
        var coded = Assert.Single(fixture.Events(text));

        Assert.Equal(subEventType, coded.SubEventType);
        Assert.Equal(actor1, coded.Actor1);
        Assert.Equal(actor2, coded.Actor2);
    }

    [Theory]
    [InlineData("نيامي – قتل مسلحون ثلاثة جنود أمس قرب الحدود مع مالي.")]
    [InlineData("نيامي – قتل مسلحون ثلاثة جنود أمس على الحدود مع مالي.")]
    [InlineData("NIAMEY - Gunmen killed three soldiers on Monday near the border with Mali, the army said.")]
    [InlineData("NIAMEY - Des hommes armés ont tué trois soldats lundi près de la frontière avec le Mali, selon l'armée.")]
    public void Analyze_NearTheBorderWithACountry_IsOnThisSideOfIt(string text)
    {
        var attack = Assert.Single(fixture.Events(text));

        Assert.Equal("Niger", attack.Country);
        Assert.Equal("Military Forces of Niger (2023-)", attack.Actor2);
    }

    [Fact]
    public void Analyze_TriangleBetweenCountries_NamesTheCountriesNotAVillageThatSoundsLikeOne()
    {
        var attack = Assert.Single(fixture.Events("نيامي – قتل مسلحون ثلاثة جنود أمس في المثلث الحدودي بين مالي والنيجر وبوركينا فاسو."));

        Assert.Equal("Liptako-Gourma", attack.Location);
        Assert.Equal("Niger", attack.Country);
    }

    [Fact]
    public void Analyze_SportsReport_HasNoEventsUnlessPeopleWereKilled()
    {
        Assert.Empty(fixture.Events("BAMAKO - Les Aigles ont tué le match en seconde période. L'attaque malienne a bombardé le but adverse dès la mi-temps, et le sélectionneur a salué une victoire qui achève les espoirs mauritaniens avant la Coupe du monde. Les supporters ont envahi le stade."));

        var attack = Assert.Single(fixture.Events("جيبو – مرصد: قتل مسلحون 12 مشجعا أمس خلال مباراة لكرة القدم في ملعب بلدة جيبو. وكانت المباراة في الشوط الثاني عندما دخل المهاجمون الملعب. وقال لاعب في المنتخب المحلي إن الجمهور فر من المدرجات."));
        Assert.Equal("Attack", attack.SubEventType);
        Assert.Equal(12, attack.Fatalities);
        Assert.Equal("Civilians (Burkina Faso)", attack.Actor2);
    }

    [Fact]
    public void Analyze_AttackToldBesideTacticsOfOtherMonths_IsOneClashWhereItHappened()
    {
        var attack = Assert.Single(fixture.Events("باماكو – مرصد: هاجمت جماعة نصرة الإسلام والمسلمين في 3 مارس موقعا للجيش المالي في بلدة بوني، وقتلت تسعة جنود، بعد أشهر اعتمدت فيها على زرع العبوات الناسفة على الطرق. وقالت الجماعة إن مقاتليها سيطروا على الموقع، في حين أكد الجيش أن وحداته استعادت السيطرة عليه بعد وصول تعزيزات من دوينتزا."));

        Assert.Equal("Armed clash", attack.SubEventType);
        Assert.Equal("Boni", attack.Location);
        Assert.Equal(9, attack.Fatalities);
    }

    /// <summary>A coup tied to no town is where power sits, the capital, only when the text names it; otherwise only the country is known.</summary>
    [Theory]
    [InlineData("يستمر التوتر في النيجر منذ الانقلاب العسكري الذي أطاح في 26 يوليو 2023 بالرئيس محمد بازوم.", null)]
    [InlineData("نيامي – مرصد: يستمر التوتر في النيجر منذ الانقلاب العسكري الذي أطاح في 26 يوليو 2023 بالرئيس محمد بازوم.", "Niamey")]
    public void Analyze_CoupNamingNoTown_IsCodedToTheCapitalTheTextNamesWithTheArmyAsActor1(string text, string? location)
    {
        var events = fixture.Events(text);

        var coup = Assert.Single(events);
        Assert.Equal(("Niger", location, 3), (coup.Country, coup.Location, coup.GeoPrecision));
        Assert.Equal("Military Forces of Niger (2023-)", coup.Actor1);
        Assert.True(coup.Historical);
    }

    [Fact]
    public void Analyze_ActorInsideARelativeClauseAboutAPlace_IsNotTheTarget()
    {
        var events = fixture.Events("اقتحم مسلحون أمس بلدة قرب جيبو. واستهدف المهاجمون السوق الذي كان يحرسه متطوعو الدفاع عن الوطن، وقتلوا 14 مدنيا.");

        var attack = Assert.Single(events);
        Assert.Equal("Violence against civilians", attack.EventType);
        Assert.Equal("Civilians (Burkina Faso)", attack.Actor2);
    }

    [Fact]
    public void Analyze_TownFollowedByItsProvince_IsOnePastEventPlacedAtTheTown()
    {
        var events = fixture.Events("واغادوغو – أحيا الأهالي أمس ذكرى الهجوم الذي استهدف بلدة أربيندا في إقليم سوم عام 2019 وقتل فيه 35 مدنيا.");

        var remembered = Assert.Single(events);
        Assert.Equal("Aribinda", remembered.Location);
        Assert.True(remembered.Historical);
        Assert.Equal(35, remembered.Fatalities);
    }

    [Fact]
    public void Analyze_ExampleIntroducedBySuchAs_IsAnIncidentApartWithItsOwnDate()
    {
        var events = fixture.Events("وخطف مسلحو الجماعة تجارا من سوق في المنطقة وطالبوا بفدية قدرها 10 ملايين فرنك سيفا، كما تكررت حوادث الخطف، مثل حادثة 2 مارس، عندما اختطف مسلحون أربعة مدنيين قرب مدينة غاو.");

        Assert.Equal(2, events.Length);
        Assert.Contains(events, e => e.RansomAmount == 10_000_000 && e.EventDate != new DateOnly(2024, 3, 2));
        Assert.Contains(events, e => e.Abducted == 4 && e.EventDate == new DateOnly(2024, 3, 2));
    }

    [Fact]
    public void Analyze_SameTollToldAgainWithTheStatementsDate_IsOneIncident()
    {
        var ambush = Assert.Single(fixture.Events("باماكو – أعلنت جماعة نصرة الإسلام والمسلمين قتل أربعة جنود في كمين قرب بلدة بوني يوم السبت. وقالت الجماعة في بيان نشرته نهاية الأسبوع إن مقاتليها قتلوا أربعة جنود."));

        Assert.Equal(4, ambush.Fatalities);
        Assert.Equal(new DateOnly(2024, 3, 2), ambush.EventDate);
    }

    [Fact]
    public void Analyze_DeathsTheAttackCausedWithTheReportsDate_BelongToTheAttack()
    {
        var attack = Assert.Single(fixture.Events("واغادوغو – نفذ مسلحون هجوما على موقع للجيش في بلدة جيبو يوم الجمعة، مما أسفر عن مقتل 12 جنديا، وفق ما أفادت به مصادر محلية وأمنية لوكالة الأنباء يوم الأحد."));

        Assert.Equal(new DateOnly(2024, 3, 1), attack.EventDate);
        Assert.Equal(12, attack.Fatalities);
    }

    [Theory]
    // Unnamed gunmen of a story whose news names one acting group are its men.
    [InlineData("واغادوغو – نفذ مسلحون من جماعة نصرة الإسلام والمسلمين هجوما عنيفا في شرق البلاد يوم الجمعة. واستهدف المسلحون وحدة عسكرية متمركزة في بلدة جيبو، وقتلوا 12 جنديا.", "JNIM: Group for Support of Islam and Muslims")]
    // The name of the Islamic State stands for its branch of the region reported on.
    [InlineData("مايدوغوري – هاجم مقاتلون من تنظيم داعش قاعدة للجيش النيجيري في بلدة مافا بولاية بورنو أمس وقتلوا خمسة جنود.", "Islamic State (West Africa)")]
    public void Analyze_GroupOfTheStory_IsActor1(string text, string actor1)
    {
        var attack = Assert.Single(fixture.Events(text));

        Assert.Equal(actor1, attack.Actor1);
    }

    [Fact]
    public void Analyze_PeopleCountedBesideSoldiers_AreATotalNotMorePeople()
    {
        var massacre = Assert.Single(fixture.Events("BAMAKO – Une centaine de militaires ont été tués lors de l'attaque de Tessit le 3 mars. Une centaine de personnes ont été tuées à Tessit ce jour-là, selon l'armée."));

        Assert.Equal(100, massacre.Fatalities);
    }

    [Theory]
    [InlineData("MOPTI – Suspected Islamist militants raided the villages of Boni, Douentza and Hombori on Wednesday, killing 32 people, local officials said.")]
    [InlineData("موبتي – هاجم مسلحون يوم الأربعاء قريتي بوني ودوينتزا وقتلوا 32 شخصا.")]
    public void Analyze_RaidOnListedVillages_IsOneEventPerVillageWithoutTheSharedToll(string text)
    {
        var events = fixture.Events(text);

        Assert.True(events.Length >= 2);
        Assert.Equal(events.Length, events.Select(e => e.Location).Distinct().Count());
        Assert.All(events, e => Assert.Null(e.Fatalities));
    }

    /// <summary>Villages the gazetteer does not know are coded to the region around them, yet each is an incident of its own.</summary>
    [Theory]
    [InlineData("NIAMEY – Des hommes armés ont attaqué dimanche les localités de Tamazka, de Birnilo et de Kadoru, dans la région de Tillabéri.", 3)]
    [InlineData("GUSAU – Bandits raided Tamazka and Birnilo villages in Zamfara State on Sunday, residents said.", 2)]
    [InlineData("نيامي – هاجم مسلحون يوم الأحد قريتي تامازكا وبيرنيلو في منطقة تيلابيري.", 2)]
    public void Analyze_UnknownListedVillagesOfOneRegion_AreOneEventEach(string text, int villages)
    {
        var events = fixture.Events(text);

        Assert.Equal(villages, events.Length);
    }

    [Fact]
    public void Analyze_AssailantsWhoStruckAVillage_AttackedOnTheGround()
    {
        var attack = Assert.Single(fixture.Events("NIAMEY – Des assaillants ont frappé lundi le village de Tamazka, tuant cinq civils."));

        Assert.Equal("Attack", attack.SubEventType);
    }

    /// <summary>Villages a few kilometres apart, the victims told once in a relative clause: each village keeps them and the night.</summary>
    [Theory]
    [InlineData("دوري – مرصد: أدانت الحكومة الهجمات التي تعرض لها المدنيون ليلة الجمعة في بلدات سيبا ومانسيلا شمال شرقي بوركينا فاسو، وأسفرت عن مقتل 40 شخصا.")]
    [InlineData("دوري – مرصد: هاجم مسلحون ليلة الجمعة بلدات سيبا ومانسيلا شمال شرقي بوركينا فاسو، ما أسفر عن مقتل 40 مدنيا.")]
    public void Analyze_NearbyListedVillages_AreOneAttackOnCiviliansEach(string text)
    {
        var events = fixture.Events(text);

        Assert.Equal(["Mansila", "Sebba"], events.Select(e => e.Location).Order());
        Assert.All(events, e => Assert.Equal("Civilians (Burkina Faso)", e.Actor2));
        Assert.Single(events.Select(e => e.EventDate).Distinct());
    }

    /// <summary>The attacked army's drone destroying the car bombs, told in the retelling that gives the town, is part of the fight.</summary>
    [Fact]
    public void Analyze_AttackedForceStrikingBackInTheRetelling_IsOneBattleAtTheTownRetold()
    {
        var fight = Assert.Single(fixture.Events("موبتي – مرصد: هاجم مسلحون يوم الاثنين معسكرا للجيش وسط مالي، ما أسفر عن مقتل سبعة جنود.\n"
                                                 + "وقال شهود إن الهجوم نفذ بعربتين مفخختين دمرتهما غارة مسيرة للجيش، وألحق الهجوم أضرارا بمنازل بلدة ديورا."));

        Assert.Equal("Armed clash", fight.SubEventType);
        Assert.Equal("Dioura", fight.Location);
    }

    /// <summary>Deaths told in the clause that opens on "in another attack" belong to that attack, not to the one told before.</summary>
    [Fact]
    public void Analyze_DeathsInAnotherAttack_OpenThatAttack()
    {
        var events = fixture.Events("نيامي – مرصد: قتل 9 جنود يوم الاثنين في هجوم شنه مسلحون على دورية قرب بلدة ولام غربي النيجر، واستخدم المهاجمون طائرات مسيرة مفخخة في هجومهم.\n"
                                    + "وفي اليوم نفسه، قتل 14 مدنيا في هجوم آخر استهدف قرية قرب بلدة أيورو.");

        Assert.Equal(2, events.Length);
        var village = Assert.Single(events, e => e.Location == "Ayorou");
        Assert.Equal(14, village.Fatalities);
        Assert.Equal("Unidentified Armed Group (Niger)", village.Actor1);
    }

    [Fact]
    public void Analyze_TwoDaysNamedOutright_AreTwoIncidents()
    {
        var events = fixture.Events("MOPTI – Gunmen raided the village of Boni on Wednesday, killing 12 civilians. The gunmen returned on Thursday and attacked soldiers sent to Boni, killing seven, the army said.");

        Assert.Equal([new DateOnly(2024, 2, 28), new DateOnly(2024, 2, 29)], events.Select(e => e.EventDate!.Value).Order());
    }

    [Fact]
    public void Analyze_FigureOfThings_IsNoToll()
    {
        var clash = Assert.Single(fixture.Events("BAMAKO – Des jihadistes ont attaqué dimanche un convoi de l'armée près de Kayes. Plusieurs dizaines de ces camions ont été détruits et des militaires tués, selon une source sécuritaire."));

        Assert.Null(clash.Fatalities);
    }

    [Theory]
    [InlineData("BAMAKO – Des jihadistes ont attaqué lundi un camp de l'armée à Gourma-Rharous, tuant dix soldats. Cette attaque survient deux jours après une embuscade contre l'armée près de Nampala, qui a fait deux morts parmi les soldats.")]
    [InlineData("واغادوغو – قتل مسلحون عشرة جنود في هجوم على موقع للجيش في بلدة جيبو يوم الاثنين. وجاء الهجوم بعد يومين من كمين نصبه مسلحون لدورية قرب بلدة أربيندا، قتل فيه جنديان.")]
    [InlineData("واغادوغو – قتل مسلحون عشرة جنود في هجوم على موقع للجيش في بلدة جيبو يوم الاثنين. ويأتي الهجوم بعد نحو يومين على كمين نصبه مسلحون لدورية قرب بلدة أربيندا، قتل فيه جنديان.")]
    public void Analyze_EarlierIncidentToldAsWhatThisOneFollows_IsAnIncidentOfItsOwn(string text)
    {
        var events = fixture.Events(text);

        Assert.Equal([2, 10], events.Select(e => e.Fatalities ?? 0).Order());
        Assert.All(events, e => Assert.InRange(e.EventDate!.Value, new DateOnly(2024, 2, 26), new DateOnly(2024, 3, 4)));
    }

    /// <summary>A headline that gives the toll with neither day nor place, then the lead that gives them: one incident.</summary>
    [Theory]
    [InlineData("مقتل سبعة جنود وإصابة عشرة آخرين\nنيامي – تعرضت دورية للجيش يوم الأحد لهجوم قرب بلدة أيورو، وفق بيان للجيش.", Language.Arabic)]
    [InlineData("Sept soldats tués et dix blessés\nNIAMEY – Une patrouille de l'armée a été visée dimanche par des assaillants près d'Ayorou, selon un communiqué de l'armée.", Language.French)]
    [InlineData("Seven soldiers killed, ten wounded\nNIAMEY – An army patrol came under attack near Ayorou on Sunday, the army said in a statement.", Language.English)]
    public void Incidents_HeadlineTollBeforeTheLeadThatDatesAndPlacesIt_AreOne(string text, Language language)
    {
        var doc = TextDocument.Create(text, language);
        var (layers, _, _) = fixture.Pipeline.Layers(doc, new DateOnly(2024, 3, 5), new DateOnly(2024, 3, 5));

        Assert.Single(fixture.Pipeline.Assembler.Incidents(layers), i => !i.Background);
    }

    /// <summary>A headline that names only the region, then the lead that gives the day: one incident, on that day.</summary>
    [Theory]
    [InlineData("مقتل ستة جنود في هجوم على قاعدة بولاية بورنو\nاشتبك مسلحون يوم الجمعة مع الجيش في معركة استمرت ساعات. وقالت مصادر إن المهاجمين اقتحموا القاعدة العسكرية في بلدة ديكوا.")]
    [InlineData("Six soldiers killed in attack on base in Borno state\nGunmen fought troops on Friday in a battle that lasted hours. Sources said the attackers overran the army base in Dikwa.")]
    public void Analyze_HeadlineNamingTheRegionThenTheLead_IsOneIncident(string text)
    {
        var events = fixture.Events(text);

        var battle = Assert.Single(events, e => !e.Historical);
        Assert.Equal(new DateOnly(2024, 3, 1), battle.EventDate);
    }

    /// <summary>After the headline has joined its lead, another attack told with a day and place of its own stays apart.</summary>
    [Theory]
    [InlineData("Seven soldiers killed in Niger\nNIAMEY – Gunmen attacked an army post in Ayorou on Sunday, killing seven soldiers. In another attack, gunmen killed four villagers in Tera on Monday.")]
    [InlineData("مقتل سبعة جنود في النيجر\nنيامي – هاجم مسلحون يوم الأحد موقعا للجيش في بلدة أيورو، مما أسفر عن مقتل سبعة جنود. وفي هجوم آخر، قتل مسلحون أربعة قرويين في بلدة تيرا يوم الاثنين.")]
    public void Analyze_HeadlineThenItsLeadThenAnotherAttack_IsTwoIncidents(string text)
    {
        var events = fixture.Events(text);

        Assert.Equal([4, 7], events.Select(e => e.Fatalities ?? 0).Order());
    }

    /// <summary>"less than a week after": a hedged interval still tells an earlier incident of its own.</summary>
    [Fact]
    public void Analyze_IncidentLessThanAWeekBefore_IsAnIncidentOfItsOwn()
    {
        var events = fixture.Events("واغادوغو – قتل مسلحون عشرة جنود في هجوم على موقع للجيش في بلدة جيبو يوم الاثنين. ويأتي الهجوم بعد أقل من أسبوع على مقتل ستة جنود في هجوم مماثل على موقع قرب بلدة أربيندا.");

        Assert.Equal([6, 10], events.Select(e => e.Fatalities ?? 0).Order());
    }

    [Theory]
    [InlineData("غاو – قتل مسلحون ثلاثة جنود في هجوم على موقع للجيش في بلدة بوريم يوم السبت. ويأتي ذلك بعد أيام من أربع هجمات في مناطق متفرقة من البلاد خلفت أكثر من 40 قتيلا.")]
    [InlineData("GAO – Des hommes armés ont tué trois soldats samedi dans l'attaque d'un poste de l'armée à Bourem. Ces derniers jours, plusieurs attaques dans différentes régions du pays ont fait plus de 40 morts.")]
    [InlineData("GAO – Gunmen killed three soldiers on Saturday in an attack on an army post in Bourem. In recent days, four attacks in different parts of the country killed more than 40 people.")]
    public void Analyze_TollOfSeveralAttacksWithNoPlaceOrDate_IsNoEvent(string text)
    {
        var attack = Assert.Single(fixture.Events(text));

        Assert.Equal(3, attack.Fatalities);
    }

    [Theory]
    [InlineData("MOPTI – Des rebelles ont attaqué mardi un camp de l'armée à Boni, tuant trois soldats. Bamako a annoncé que des rebelles avaient combattu aux côtés des jihadistes.")]
    [InlineData("MOPTI – Rebels attacked an army camp in Boni on Tuesday, killing three soldiers. Bamako said that the rebels had fought alongside jihadists.")]
    public void Analyze_CapitalThatMakesAStatement_IsNoPlaceOfTheEvent(string text)
    {
        var events = fixture.Events(text);

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual("Bamako", e.Location));
    }

    [Theory]
    [InlineData("أعلنت الحكومة مقتل 30 شخصا في هجمات انتحارية ببلدة باغاسولا. وقال الوزير إن التفجيرات استهدفت سوقا أسبوعية في البلدة.", "استهدفت")]
    [InlineData("أعلنت الحكومة مقتل 30 شخصا في هجوم ببلدة باغاسولا. وأكد الجيش أن الهجوم استهدف موقعا عسكريا.", "استهدف")]
    public void Incidents_VerbWhoseSubjectIsADefiniteEventNounAfterThat_RefersBack(string text, string verb)
    {
        var doc = TextDocument.Create(text, Language.Arabic);
        var (layers, _, _) = fixture.Pipeline.Layers(doc, new DateOnly(2024, 3, 5), new DateOnly(2024, 3, 5));

        var frame = fixture.Pipeline.Assembler.Incidents(layers).SelectMany(i => i.Frames).Single(f => doc.OriginalText(f.Trigger.Span) == verb);

        Assert.True(frame.Anaphoric);
    }

    /// <summary>A clause beside the attack that reports no change the text lets one code: the attack stays the only event.</summary>
    [Theory]
    // An event noun that names people presupposes its incident.
    [InlineData("MOPTI – Gunmen killed five soldiers in an attack on an army post in Boni on Monday. In Bamako, the coup leaders said on Tuesday that the army would hold elections next year.", 5)]
    [InlineData("MOPTI – Des hommes armés ont tué lundi cinq soldats dans l'attaque d'un poste de l'armée à Boni. Les auteurs du putsch ont déclaré mardi à Bamako que des élections auraient lieu l'an prochain.", 5)]
    [InlineData("موبتي – قتل مسلحون خمسة جنود في هجوم على موقع للجيش في بلدة بوني يوم الاثنين. وقال قادة الانقلاب في باماكو يوم الثلاثاء إن الانتخابات ستجري العام المقبل.", 5)]
    // Control told as lasting changed no hands.
    [InlineData("تمبكتو – هاجم مسلحون يوم الأحد موقعا للجيش قرب مدينة تمبكتو وقتلوا ثلاثة جنود. وقال المتمردون إن الجيش المالي ما زال يسيطر على بلدة غاو.", 3)]
    [InlineData("TOMBOUCTOU – Des hommes armés ont attaqué dimanche un poste de l'armée près de Tombouctou, tuant trois soldats. Selon les rebelles, l'armée a toujours le contrôle de la ville de Gao.", 3)]
    // Control taken over towns the text does not name cannot be coded.
    [InlineData("تمبكتو – هاجم مسلحون يوم الأحد موقعا للجيش قرب مدينة تمبكتو وقتلوا ثلاثة جنود، بعد أن سيطر المتمردون يوم الجمعة على بلدات رئيسية أخرى في الشمال.", 3)]
    [InlineData("TOMBOUCTOU – Des hommes armés ont attaqué dimanche un poste de l'armée près de Tombouctou, tuant trois soldats. Vendredi, les rebelles avaient pris le contrôle de plusieurs villes du nord.", 3)]
    [InlineData("TIMBUKTU – Gunmen attacked an army post near Timbuktu on Sunday, killing three soldiers. On Friday the rebels took control of several towns in the north.", 3)]
    public void Analyze_ClauseThatReportsNoCodableChange_AddsNoEvent(string text, int killed)
    {
        var attack = Assert.Single(fixture.Events(text));

        Assert.Equal(killed, attack.Fatalities);
    }


    [Fact]
    public void Analyze_AbductionsToldAfterTheAssaultThatMadeThem_AreOneIncident()
    {
        var assault = Assert.Single(fixture.Events("نيامي – اقتحم مسلحون قرية فامبيتا يوم الجمعة وقتلوا 20 مدنيا واختطفوا عشرة آخرين. وقال أحد السكان إن عمليات الاختطاف طالت نساء وأطفالا. وأضاف أن اختطاف العشرة تم أمام أعين السكان."));

        Assert.Equal(20, assault.Fatalities);
        Assert.Equal(10, assault.Abducted);
    }

    /// <summary>A capture told after an assault, with no date or place of its own, is how that fight ended.</summary>
    [Theory]
    [InlineData("Des jihadistes ont attaqué dimanche le camp militaire de Diapaga. Le groupe affirme avoir pris le contrôle du camp et tué une vingtaine de soldats.")]
    [InlineData("FADA N'GOURMA – The government on Tuesday denied that militants had overrun the army post in the eastern town of Diapaga, after an assault on Sunday that residents said killed dozens of people.\nThe group said in a statement that its fighters had \"taken control\" of the post and several neighbourhoods of the town and killed more than 60 soldiers.")]
    public void Analyze_CaptureAfterAnAssault_IsOneIncident(string text)
    {
        var fight = Assert.Single(fixture.Events(text));

        Assert.Equal(new DateOnly(2024, 3, 3), fight.EventDate);
    }

    /// <summary>"A similar device", « un engin similaire », "عبوة مماثلة": a similar act is another incident, whose deaths are its own.</summary>
    [Theory]
    [InlineData("Quatre soldats maliens ont péri dimanche 3 mars quand leur véhicule a sauté sur un engin piégé près de Bankass. Un engin similaire avait tué trois civils sur la même route.")]
    [InlineData("Four Malian soldiers were killed on Sunday 3 March when a roadside bomb hit their vehicle near Bankass. A similar device had killed three civilians on the same road.")]
    [InlineData("موبتي – قتل أربعة جنود ماليين يوم الأحد 3 مارس في انفجار عبوة ناسفة لدى مرور آليتهم قرب بلدة بانكاس. وأسفر انفجار عبوة مماثلة على الطريق نفسه عن مقتل ثلاثة مدنيين.")]
    public void Analyze_ASimilarActTold_IsAnotherIncident(string text)
    {
        var events = fixture.Events(text);

        Assert.Equal(2, events.Length);
        Assert.Contains(events, e => e.Fatalities == 4 && e.EventDate == new DateOnly(2024, 3, 3));
        Assert.Contains(events, e => e.Fatalities == 3);
    }

    /// <summary>Where the wounded were taken is not where they were hit.</summary>
    [Theory]
    [InlineData("Quatre soldats maliens ont été tués et six blessés dimanche par l'explosion d'un engin dans la région de Mopti. Les blessés ont été évacués vers Sévaré.")]
    [InlineData("Four Malian soldiers were killed and six wounded on Sunday by a roadside bomb in the Mopti region. The wounded were evacuated to Sevare.")]
    [InlineData("موبتي – قتل أربعة جنود ماليين وأصيب ستة آخرون يوم الأحد في انفجار عبوة ناسفة في منطقة موبتي، وتم إجلاء الجرحى إلى مدينة سيفاري.")]
    public void Analyze_TownTheWoundedWereTakenTo_IsNotTheEventPlace(string text)
    {
        var blast = Assert.Single(fixture.Events(text));

        Assert.Equal("Mopti", blast.Admin1);
        Assert.NotEqual("Sevare", blast.Location);
    }

    /// <summary>"قتل جندي وثلاثة مسلحين": unvowelled, the verb is a passive when no object follows the indefinite noun after it.</summary>
    [Fact]
    public void Analyze_IndefiniteVictimsAfterAKillVerbWithNoObject_AreWhoWasKilled()
    {
        var clash = Assert.Single(fixture.Events("واغادوغو – قتل جندي وثلاثة مسلحين في هجوم على موقع للجيش قرب بلدة جيبو أمس."));

        Assert.Equal("Unidentified Armed Group (Burkina Faso)", clash.Actor1);
        Assert.Equal("Military Forces of Burkina Faso (2022-)", clash.Actor2);
    }

    /// <summary>Tolls given town by town in one sentence: an incident at each town, the blasts told with them held for each.</summary>
    [Fact]
    public void Analyze_TollsGivenTownByTown_AreAnIncidentAtEachTown()
    {
        var events = fixture.Events("موبتي – انفجرت عبوتان ناسفتان بآليتين تابعتين للجيش يوم الأحد، ما أسفر عن سقوط 3 قتلى في بلدة بانكاس و5 قتلى في بلدة كورو.");

        Assert.Equal(2, events.Length);
        Assert.All(events, e => Assert.Equal("Remote explosive/landmine/IED", e.SubEventType));
        Assert.Contains(events, e => e.Fatalities == 3 && e.Location == "Bankass");
        Assert.Contains(events, e => e.Fatalities == 5 && e.Location == "Koro");
    }
}
