using System.Collections.Immutable;
using Marsad.Events;
using Marsad.Tests.Golden;

namespace Marsad.Tests.Events;

/// <summary>Background events: which recalled events are coded, and how they are dated and placed.</summary>
public sealed class BackgroundEventTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    /// <summary>The events of a test article with no publication date: its date, if any, is inferred from the text.</summary>
    private ImmutableArray<EventRecord> Undated(string text) => fixture.Pipeline.Analyze(new Article { Id = "test", Text = text }).Events;

    /// <summary>
    /// A coup or a founding recalled with its year names no victim and no place: it is still a milestone to code, at the
    /// country's precision (a coup in the capital the text names).
    /// </summary>
    [Theory]
    [InlineData("باماكو – مرصد: يواجه الرئيس منذ أشهر حركة احتجاج هي الأوسع منذ انقلاب العام 2012. وقتل جنديان أمس في هجوم على معسكر قرب بلدة دوينتزا.", "Other")]
    [InlineData("باماكو – مرصد: وكانت حركة أنصار الدين قد تأسست عام 2012 في شمال مالي. وقتل جنديان أمس في هجوم على معسكر قرب بلدة دوينتزا.", "Change to group/activity")]
    [InlineData("OUAGADOUGOU – The general, jailed for a coup attempt in 2015, was moved on Monday. Gunmen killed two soldiers near Djibo on Sunday.", "Other")]
    public void Analyze_MilestoneRecalledWithItsYear_IsAnUndatedBackgroundEventAtCountryPrecision(string text, string subEventType)
    {
        var events = fixture.Events(text);

        var recalled = Assert.Single(events, e => e.Historical);
        Assert.Equal(subEventType, recalled.SubEventType);
        Assert.Null(recalled.EventDate);
        Assert.Equal(3, recalled.GeoPrecision);
        Assert.Contains(events, e => !e.Historical && e.SubEventType == "Armed clash");
    }

    /// <summary>
    /// A coup in the news is coded on its day though the report names none of its makers, as the army's mutiny; one with no
    /// day of its own is not an occasion.
    /// </summary>
    [Theory]
    [InlineData("NIAMEY – Le président fait face depuis ce mercredi 5 mars à une tentative de coup d'État : il est retenu dans sa résidence à Niamey.", true)]
    [InlineData("نيامي – مرصد: يواجه الرئيس منذ صباح الأربعاء 5 مارس محاولة انقلاب، وهو محتجز في مقر إقامته في نيامي.", true)]
    [InlineData("NIAMEY – Coups have followed one another in the region, and the president fears one.", false)]
    public void Analyze_CoupInTheNewsWithItsDay_IsCodedWithoutItsMakers(string text, bool coded)
    {
        var events = fixture.Events(text, new DateOnly(2025, 3, 6));

        var coups = events.Where(e => e.SubEventType == "Other" && !e.Historical).ToList();
        Assert.Equal(coded, coups.Count == 1);
        Assert.All(coups, coup => Assert.Equal((new DateOnly(2025, 3, 5), "Niger"), (coup.EventDate, coup.Country)));
        Assert.All(coups, coup => Assert.StartsWith("Mutiny of Military Forces of Niger", coup.Actor1));
    }

    /// <summary>
    /// A recalled attack whose toll follows it in its clause, dated after the toll or before the noun, is one past event with
    /// that toll, that date and that author, not a current attack with no toll beside a past toll with no author.
    /// </summary>
    [Theory]
    [InlineData("DORI – Gunmen killed four gendarmes at a checkpoint near Dori on Sunday, the army said. Such raids were rare until an assault by Islamic State fighters on the market of Seytenga killed 31 traders in June 2022.")]
    [InlineData("DORI – Des hommes armés ont tué quatre gendarmes à un poste près de Dori dimanche. Un assaut de combattants de l'État islamique contre le marché de Seytenga avait fait 31 morts en juin 2022.")]
    [InlineData("دوري – مرصد: قتل مسلحون أربعة دركيين عند حاجز قرب دوري يوم الأحد. وفي يونيو 2022، قتل 31 تاجرا في هجوم شنه تنظيم الدولة الإسلامية على سوق بلدة سيتنغا.")]
    public void Analyze_RecalledAttackWithItsTollAndDate_IsOnePastEventWithItsAuthor(string text)
    {
        var events = fixture.Events(text, new DateOnly(2024, 3, 12));

        var recalled = Assert.Single(events, e => e.Historical);
        Assert.Equal((31, 2022, 6), (recalled.Fatalities, recalled.EventDate?.Year, recalled.EventDate?.Month));
        Assert.Contains("Islamic State", recalled.Actor1, StringComparison.Ordinal);
        var current = Assert.Single(events, e => !e.Historical);
        Assert.Equal(4, current.Fatalities);
    }

    /// <summary>
    /// Deaths over years of violence ("منذ سنوات", for years), or in the hundreds over last year with no place, are a tally,
    /// not an incident with a hundred or a thousand dead.
    /// </summary>
    [Theory]
    [InlineData("موبتي – مرصد: هاجم مسلحون قرية قرب بلدة دوينتزا يوم الجمعة وقتلوا خمسة رعاة. ويعيش وسط البلاد منذ سنوات أعمال عنف أودت بحياة آلاف المدنيين.")]
    [InlineData("موبتي – مرصد: هاجم مسلحون قرية قرب بلدة دوينتزا يوم الجمعة وقتلوا خمسة رعاة. وقتل النزاع بين المجتمعات المئات في العام الماضي.")]
    [InlineData("MOPTI – Gunmen raided a village near Douentza on Friday and killed five herders. Feuds between communities killed hundreds of people in the region last year.")]
    [InlineData("MOPTI – Des hommes armés ont tué vendredi cinq éleveurs dans un village près de Douentza. Les violences entre communautés ont fait des centaines de morts l'an dernier.")]
    [InlineData("MOPTI – Gunmen raided a village near Douentza on Friday and killed five herders. Across Mali and Niger, some 2 500 villagers were killed in such raids over the past year.")]
    public void Analyze_DeathsOverAPeriodOfViolence_AreNoEvent(string text)
    {
        var events = fixture.Events(text, new DateOnly(2024, 3, 12));

        Assert.Equal(5, Assert.Single(events).Fatalities);
    }

    /// <summary>An earlier toll told in the pluperfect counts the incident of the news again; it is no past incident of its own.</summary>
    [Theory]
    [InlineData("قتل مسلحون عشرين مدنيا في هجوم على قرية نائية غرب النيجر مساء السبت. وقال مسؤول محلي إن المهاجمين وصلوا على دراجات نارية. وكانت الحصيلة الأولية قد أشارت إلى اثني عشر قتيلا.")]
    [InlineData("قتل مسلحون عشرين مدنيا في هجوم على قرية نائية غرب النيجر مساء السبت. وقال مسؤول محلي إن المهاجمين وصلوا على دراجات نارية. وكانت حصيلة مؤقتة قد تحدثت عن اثني عشر قتيلا.")]
    public void Analyze_EarlierTollInThePluperfect_IsNoBackgroundEvent(string text)
    {
        var events = fixture.Events(text, new DateOnly(2024, 3, 5));

        var attack = Assert.Single(events);
        Assert.False(attack.Historical);
    }

    [Theory]
    [InlineData("باماكو – مرصد: يسعى المجلس العسكري الذي تولى السلطة بعد انقلابين في 2020 و2021 إلى استعادة الشمال.")]
    [InlineData("BAMAKO – The junta, which took power in coups in 2020 and 2021, wants to retake the north.")]
    public void Analyze_CoupsOfTwoYears_AreTwoBackgroundEvents(string text)
    {
        var events = fixture.Events(text);

        Assert.Equal(2, events.Length);
        Assert.All(events, e => Assert.True(e.Historical && e.SubEventType == "Other" && e.Country == "Mali"));
    }

    /// <summary>A year restated in other words is one date, not a list.</summary>
    [Fact]
    public void Analyze_YearRestatedAfterAComma_IsOneEvent()
    {
        var events = fixture.Events("NIAMEY – Residents said it was the deadliest attack since the army seized power in Niamey in July 2023, nearly a year and a half ago.",
            new DateOnly(2025, 1, 2));

        Assert.Single(events, e => e.SubEventType == "Other");
    }

    /// <summary>"Comes after": an earlier event dated over a month before is background; one of the same week, or undated, is news.</summary>
    [Theory]
    [InlineData("موبتي – مرصد: قتل مسلحون خمسة جنود أمس في هجوم على معسكر قرب بلدة دوينتزا. ويأتي الهجوم بعد شهر من هجوم على معسكر بلدة بوني في 2 شباط/فبراير قتل فيه ثلاثة جنود.", true)]
    [InlineData("موبتي – مرصد: قتل مسلحون خمسة جنود أمس في هجوم على معسكر قرب بلدة دوينتزا. ويأتي الهجوم بعد أيام من هجوم على معسكر بلدة بوني في 29 شباط/فبراير قتل فيه ثلاثة جنود.", false)]
    [InlineData("MOPTI – Gunmen killed five soldiers on Monday near Douentza. The attack comes weeks after gunmen killed three soldiers in an attack on a camp in Boni.", false)]
    public void Analyze_EventTheNewsComesAfter_IsBackgroundOnlyWhenDatedBeforeTheNewsCycle(string text, bool background)
    {
        var events = fixture.Events(text);

        var earlier = Assert.Single(events, e => e.Location == "Boni");
        Assert.Equal(background, earlier.Historical);
        Assert.Contains(events, e => !e.Historical && e.Location == "Douentza");
    }

    /// <summary>Deaths told before the background date of their sentence belong to the recalled attack, not to the news.</summary>
    [Fact]
    public void Analyze_DeathsBeforeABackgroundDate_BelongToTheRecalledAttack()
    {
        var events = fixture.Events("نيامي – مرصد: قتل مسلحون خمسة جنود أمس قرب بلدة ديفا. وقتل 20 شخصا وأحرق 300 منزل في منطقة ديفا خلال أكتوبر الماضي في هجوم تبنته جماعة بوكو حرام.",
            new DateOnly(2024, 3, 5));

        var recalled = Assert.Single(events, e => e.Historical);
        Assert.Equal(20, recalled.Fatalities);
        Assert.Equal("Attack", recalled.SubEventType);
        Assert.Equal(5, Assert.Single(events, e => !e.Historical).Fatalities);
    }

    /// <summary>"At that time" with no incident told before it takes the time told before it.</summary>
    [Fact]
    public void Analyze_SplitToldAtTheTimeOfTheSentenceBefore_TakesItsDate()
    {
        var events = fixture.Events("تحليل – مرصد: في أواخر 2012، قرر التنظيم إقالة القيادي من رئاسة كتيبته. وقتها انشق القيادي بكتيبته، وقرر تأسيس جماعة جديدة.",
            new DateOnly(2021, 6, 23));

        var split = Assert.Single(events);
        Assert.True(split.Historical);
        Assert.Equal("Change to group/activity", split.SubEventType);
        Assert.Equal(new DateOnly(2012, 12, 31), split.EventDate);
    }

    /// <summary>A leader's death the news is counted from ("since the death of …") is background, not today's killing.</summary>
    [Theory]
    [InlineData("MAIDUGURI – Gunmen killed four soldiers near Damboa on Sunday. Since the death of Abubakar Shekau, ISWAP has grown stronger around the lake.")]
    [InlineData("مايدوغوري – مرصد: قتل مسلحون أربعة جنود قرب بلدة دامبوا يوم الأحد. ومنذ مقتل أبو بكر شيكاو، عزز تنظيم الدولة سيطرته حول البحيرة.")]
    public void Analyze_DeathTheNewsIsCountedFrom_IsBackground(string text)
    {
        var events = fixture.Events(text);

        Assert.Contains(events, e => e.Historical);
        Assert.Single(events, e => !e.Historical);
    }

    /// <summary>"The deadliest since": the date after "since" is the starting point's, not the news's.</summary>
    [Fact]
    public void Analyze_DeadliestSinceADatedStart_StaysNews()
    {
        var events = fixture.Events("باماكو – مرصد: قتل مسلحون 20 جنديا أمس في هجوم على معسكر قرب بلدة دوينتزا. ويعد الهجوم الأكثر دموية منذ انطلاق عملية سرفال في يناير 2013.");

        Assert.DoesNotContain(events, e => e.Historical);
    }

    /// <summary>"Comes six months after the coup": the gap dates the event named right after it.</summary>
    [Fact]
    public void Analyze_GapBeforeAnEventNoun_DatesIt()
    {
        var events = fixture.Events("نيامي – مرصد: قتل مسلحون خمسة جنود أمس قرب بلدة تيليا. وتأتي هذه الهجمات بعد نحو ستة أشهر على الانقلاب العسكري في البلاد.");

        var coup = Assert.Single(events, e => e.Historical);
        Assert.Equal("Other", coup.SubEventType);
        Assert.Equal(3, coup.TimePrecision);
        Assert.Equal(9, coup.EventDate!.Value.Month);
    }

    /// <summary>
    /// In a report whose date is unknown and that names no year, a killing set in a past month or last year cannot be dated,
    /// but it is a recall, not the news told with a weekday.
    /// </summary>
    [Theory]
    [InlineData("أفاد مسؤول محلي أن مسلحين هاجموا فجر الأحد قرية قرب بلدة ديفا وقتلوا ستة رعاة. وأشار إلى أن مسلحين قتلوا أربعة صيادين قرب النهر في أواخر نوفمبر الماضي.")]
    [InlineData("أفاد مسؤول محلي أن مسلحين هاجموا فجر الأحد قرية قرب بلدة ديفا وقتلوا ستة رعاة. وأشار إلى أن مسلحين قتلوا أربعة صيادين قرب النهر العام الماضي.")]
    public void Analyze_KillingInAPastMonthOfAnUndatedReport_IsBackground(string text)
    {
        var events = fixture.Pipeline.Analyze(new Article { Id = "undated", Text = text, Published = null }).Events;

        Assert.Equal(2, events.Length);
        Assert.Single(events, e => !e.Historical && e.Fatalities == 6);
        Assert.Single(events, e => e.Historical && e.Fatalities == 4);
    }

    /// <summary>
    /// The lead of an undated report dates its own news as a past day (« le 3 mars dernier »): the news, not a recall; a past
    /// month told later in the text is still one.
    /// </summary>
    [Fact]
    public void Analyze_LeadDatedAsAPastDayOfAnUndatedReport_IsNews()
    {
        var events = fixture.Pipeline.Analyze(new Article
        {
            Id = "undated", Published = null,
            Text = "Une patrouille de l'armée est tombée dans une embuscade le 3 mars dernier près de Djibo. Quatre soldats ont été tués. "
                + "En décembre dernier, des hommes armés avaient tué deux bergers dans la même zone.",
        }).Events;

        Assert.Single(events, e => !e.Historical && e.Fatalities == 4);
        Assert.DoesNotContain(events, e => !e.Historical && e.Fatalities == 2);
    }

    /// <summary>A weekday named as past ("الأحد الماضي") can be this week's news: it makes no recall.</summary>
    [Fact]
    public void Analyze_KillingOnLastWeekdayOfAnUndatedReport_IsNews()
    {
        var events = fixture.Pipeline.Analyze(new Article
        {
            Id = "undated", Published = null,
            Text = "أفاد مسؤول محلي أن مسلحين قتلوا الأحد الماضي أربعة صيادين في غابة قرب بلدة ديفا.",
        }).Events;

        Assert.False(Assert.Single(events).Historical);
    }

    /// <summary>
    /// After a lead on this week's news, an event dated three months back is recalled, though not old enough to be background
    /// by its date alone; an article that opens on it tells it as its matter.
    /// </summary>
    [Theory]
    [InlineData("ميناكا – مرصد: قُتل خمسة جنود أمس الأحد في كمين نصبه مسلحون قرب بلدة أنديرامبوكان. وأطاح ضباط بالرئيس في انقلاب عسكري يوم 2 ديسمبر.", "Other", true)]
    [InlineData("ميناكا – مرصد: في 2 ديسمبر، قتل مسلحون عشرة رعاة قرب بلدة أنديرامبوكان. وقُتل خمسة جنود أمس الأحد في كمين قرب البلدة نفسها.", "Attack", false)]
    public void Analyze_EventMonthsBeforeTheLead_IsRecalledOnlyAfterANewsLead(string text, string subEventType, bool historical)
    {
        var events = fixture.Events(text, new DateOnly(2025, 3, 10));

        var older = Assert.Single(events, e => e.SubEventType == subEventType);
        Assert.Equal(historical, older.Historical);
        Assert.Contains(events, e => !e.Historical && e.Fatalities == 5);
    }

    /// <summary>"Soon after" a recalled event is of that event's time; after news it stays news.</summary>
    [Theory]
    [InlineData("تحليل – مرصد: أسس القيادي حمادي ولد سيدي جماعته المسلحة في منطقة ميناكا سنة 2014. وسرعان ما سيطرت الجماعة على بلدة أنديرامبوكان بعد معارك مع الجيش.", true)]
    [InlineData("MENAKA – Le chef Hamadi Ould Sidi a fondé son groupe armé dans la région de Ménaka en 2014. Peu après, le groupe s'est emparé d'Anderamboukane après des combats avec l'armée.", true)]
    [InlineData("ميناكا – مرصد: هاجم مسلحون أمس الأحد معسكرا للجيش قرب بلدة ميناكا. وسرعان ما سيطر المسلحون على بلدة أنديرامبوكان.", false)]
    public void Analyze_TakeoverSoonAfterTheStoryToldBefore_SharesItsTime(string text, bool historical)
    {
        var events = fixture.Events(text, new DateOnly(2025, 3, 10));

        var takeover = Assert.Single(events, e => e.Location == "Anderanboukan");
        Assert.Equal(historical, takeover.Historical);
    }

    /// <summary>A town's seizure told as a noun (سيطرة X على) is an event; the state of being under a group's control is none.</summary>
    [Theory]
    [InlineData("تحليل – مرصد: بدأ تمدد الجماعة بعد سيطرة مقاتليها على بلدة دوينتزا في سبتمبر 2012.", true)]
    [InlineData("تحليل – مرصد: ومنذ سيطرة المسلحين على بلدة أنديرامبوكان قبل ثلاث سنوات، فر آلاف السكان.", true)]
    [InlineData("تحليل – مرصد: وتعيش القرى الواقعة تحت سيطرة الجماعة في منطقة ميناكا أوضاعا صعبة.", false)]
    public void Analyze_SeizureToldAsANoun_IsARecalledTakeover(string text, bool coded)
    {
        var events = fixture.Events(text, new DateOnly(2025, 3, 10));

        var takeovers = events.Where(e => e.SubEventType == "Non-state actor overtakes territory").ToList();
        Assert.Equal(coded, takeovers.Count == 1);
        Assert.All(takeovers, takeover => Assert.True(takeover.Historical));
    }

    /// <summary>"هجوم X على Y": an event noun's genitive is its author when what it was aimed at follows.</summary>
    [Fact]
    public void Analyze_RecalledAttackNounWithItsAuthor_IsCodedWithIt()
    {
        var events = fixture.Events("تحليل – مرصد: ولا يزال السكان يتذكرون هجوم جماعة أنصار الدين على بلدة تيلابيري في يونيو 2019.",
            new DateOnly(2025, 3, 10));

        var recalled = Assert.Single(events);
        Assert.True(recalled.Historical);
        Assert.Equal(("Ansar Dine", new DateOnly(2019, 6, 15)), (recalled.Actor1, recalled.EventDate));
    }

    /// <summary>A split (انقسمت), a merger told as a noun (انصهار) and a group that « s'est formé » are changes to a group, recalled with their month.</summary>
    [Theory]
    [InlineData("تحليل – مرصد: وفي أغسطس 2016 انقسمت جماعة بوكو حرام بعد نزاع على القيادة.", 2016, 8)]
    [InlineData("تحليل – مرصد: وكان القيادي قد أعلن في أكتوبر 2013 حل كتيبته وانصهارها في جماعة المرابطون.", 2013, 10)]
    [InlineData("ANALYSE – Le groupe Ansaroul Islam s'est formé en décembre 2016 dans le nord du Burkina Faso.", 2016, 12)]
    public void Analyze_SplitOrMergerToldInOtherWords_IsARecalledChangeToTheGroup(string text, int year, int month)
    {
        var events = fixture.Events(text, new DateOnly(2025, 3, 10));

        var change = Assert.Single(events);
        Assert.Equal(("Change to group/activity", true, year, month), (change.SubEventType, change.Historical, change.EventDate?.Year, change.EventDate?.Month));
    }

    /// <summary>A person's joining is a step in a career, not a change to a group; fighters joining in numbers are one.</summary>
    [Theory]
    [InlineData("تحليل – مرصد: ولد القيادي حمادي ولد سيدي في بلدة ميناكا، وفي 2009 التحق بجماعة أنصار الدين.", false)]
    [InlineData("تحليل – مرصد: وفي مارس 2019 انضم 60 مقاتلا من جماعة أنصار الدين إلى تنظيم الدولة قرب بلدة ميناكا.", true)]
    public void Analyze_JoiningWithNoOneNamedAndNoNumber_IsNoEvent(string text, bool coded)
    {
        var events = fixture.Events(text, new DateOnly(2025, 3, 10));

        Assert.Equal(coded, events.Any(e => e.SubEventType == "Change to group/activity"));
    }

    /// <summary>
    /// A merger, founding or split told with no date in a piece that dates that same step of the same group in the past is
    /// the milestone told again: one background event, none of the article's day.
    /// </summary>
    [Theory]
    [InlineData("تحليل – مرصد: أعلنت ثلاث كتائب مسلحة الاندماج في جماعة نصرة الإسلام والمسلمين. وقد تأسست جماعة نصرة الإسلام والمسلمين في مارس 2017 باندماج حركات عدة في شمال مالي.")]
    [InlineData("تحليل – مرصد: يقود الرجل ولاية غرب أفريقيا التي انشقت عن جماعة بوكو حرام. وانقسمت جماعة بوكو حرام في أغسطس 2016 بعد نزاع على القيادة.")]
    public void Analyze_UndatedRetellingOfADatedMilestone_IsThatMilestoneOnly(string text)
    {
        var events = fixture.Events(text, new DateOnly(2025, 3, 10));

        var change = Assert.Single(events);
        Assert.Equal(("Change to group/activity", true), (change.SubEventType, change.Historical));
    }

    /// <summary>An undated merger beside the founding of another group, or alone, is the news.</summary>
    [Theory]
    [InlineData("نواكشوط – مرصد: أعلنت ثلاث كتائب مسلحة ناشطة في وسط مالي الاندماج في جماعة نصرة الإسلام والمسلمين.", 1)]
    [InlineData("نواكشوط – مرصد: أعلنت ثلاث كتائب مسلحة ناشطة في وسط مالي الاندماج في جماعة نصرة الإسلام والمسلمين. وكانت حركة أنصار الدين قد تأسست عام 2012 في شمال مالي.", 2)]
    public void Analyze_UndatedMergerWithNoRecalledTwin_StaysNews(string text, int count)
    {
        var events = fixture.Events(text, new DateOnly(2025, 3, 10));

        Assert.Equal(count, events.Length);
        Assert.Single(events, e => !e.Historical && e.SubEventType == "Change to group/activity");
    }

    /// <summary>
    /// An undated lead placed only in its country is the news; deaths told later in a month that has ended are another
    /// incident in that country, with their own toll, not the date of the news.
    /// </summary>
    [Fact]
    public void Analyze_DeathsOfAnEndedMonthAfterAnUndatedCountryLead_AreAnotherIncident()
    {
        var events = fixture.Events("قتل مسلحون نحو خمسين شخصا في هجوم على قرية في النيجر، حسب ما أعلنت الحكومة. وأضافت الحكومة أن المهاجمين أحرقوا السوق والمنازل. "
                                    + "وأعلن الرئيس الحداد ثلاثة أيام. ويواجه البلد أزمة أمنية متفاقمة منذ سنوات. كما قتل عشرون شخصا الشهر الماضي في هجوم وقع في غرب النيجر.",
            new DateOnly(2024, 3, 5));

        Assert.Equal([(50, 3), (20, 2)], events.Select(e => (e.Fatalities ?? 0, e.EventDate?.Month ?? 0)).ToArray());
    }

    /// <summary>
    /// "Since the coup", "a month after another attack": an event the news is measured from, of a kind not told before it, is
    /// recalled, and so is the toll told with it; the news itself stays current.
    /// </summary>
    [Theory]
    [InlineData("قتل 14 جنديا في كمين نصبه مسلحون قرب بلدة دوينتزا، في أعنف هجوم منذ الانقلاب.")]
    [InlineData("قتل 14 جنديا في كمين نصبه مسلحون قرب بلدة دوينتزا. ويأتي الكمين بعد شهر من هجوم آخر أسفر عن مقتل 40 مدنيا.")]
    public void Analyze_EventTheNewsIsMeasuredFrom_IsRecalled(string text)
    {
        var events = fixture.Events(text);

        var news = Assert.Single(events, e => !e.Historical);
        Assert.Equal(14, news.Fatalities);
    }

    /// <summary>"Since the attack", told after the attack of the news, counts from that attack: it is no past event.</summary>
    [Fact]
    public void Analyze_SinceTheAttackOfTheNews_IsNoRecalledEvent()
    {
        var events = fixture.Events("هاجم مسلحون قرية قرب بلدة دوينتزا أمس وقتلوا تسعة مدنيين. ونزح مئات السكان منذ الهجوم.");

        Assert.DoesNotContain(events, e => e.Historical);
    }

    /// <summary>
    /// "ويأتي الكمين بعد شهر من اعتداء آخر": the gap dates the earlier attack named after it (a month before the news), never
    /// the news before it; the earlier one is recalled with its toll.
    /// </summary>
    [Theory]
    [InlineData("قتل تسعة جنود أمس في كمين قرب بلدة تيساليت. ويأتي الكمين بعد شهر من اعتداء آخر على بلدة أنيفيس أسفر عن مقتل 12 جنديا.")]
    [InlineData("قتل تسعة جنود أمس في كمين قرب بلدة تيساليت. ويأتي الكمين بعد شهر من اعتداء آخر استهدف بلدة أنيفيس وأسفر عن مقتل 12 جنديا.")]
    public void Analyze_GapASequelIsToldAfter_DatesOnlyTheEarlierEvent(string text)
    {
        var events = fixture.Events(text, new DateOnly(2024, 6, 10));

        var news = Assert.Single(events, e => !e.Historical);
        Assert.Equal(new DateOnly(2024, 6, 9), news.EventDate);
        Assert.Equal(9, news.Fatalities);
        var earlier = Assert.Single(events, e => e.Historical);
        Assert.Equal(12, earlier.Fatalities);
        Assert.Equal(5, earlier.EventDate?.Month);
    }

    /// <summary>"أطاح ضباط بالرئيس", "أُطيح بالرئيس": overthrowing a ruler is a coup, recalled with its month.</summary>
    [Theory]
    [InlineData("قتل جنديان أمس في هجوم على معسكر قرب بلدة تيلابيري. وكان ضباط من الحرس قد أطاحوا بالرئيس في نيامي في يوليو 2023.")]
    [InlineData("قتل جنديان أمس في هجوم على معسكر قرب بلدة تيلابيري. وأُطيح بالرئيس في نيامي في يوليو 2023.")]
    public void Analyze_RulerOverthrownInAPastMonth_IsARecalledCoup(string text)
    {
        var events = fixture.Events(text, new DateOnly(2025, 2, 12));

        var coup = Assert.Single(events, e => e.Historical);
        Assert.Equal("Other", coup.SubEventType);
        Assert.Equal("Niger", coup.Country);
        Assert.Equal(new DateOnly(2023, 7, 15), coup.EventDate);
    }

    /// <summary>"أُنشئت القوة في فبراير 2021": a force created, told in the passive, is a recalled change to a group.</summary>
    [Fact]
    public void Analyze_ForceCreatedInThePassive_IsARecalledChangeToAGroup()
    {
        var events = fixture.Events("قتل جنديان أمس في كمين قرب بلدة جيبو. وكانت قوة متطوعي الدفاع عن الوطن قد أنشئت في فبراير 2021 لمساندة الجيش.", new DateOnly(2025, 2, 12));

        var created = Assert.Single(events, e => e.Historical);
        Assert.Equal("Change to group/activity", created.SubEventType);
        Assert.Equal("Burkina Faso", created.Country);
    }

    /// <summary>
    /// "وفي مايو 2019، هاجم مسلحون قرية … وخطفوا 15 امرأة": the verb joined to a dated one, with no subject of its own, is the
    /// same men's act at that time: one recalled event, not today's abduction.
    /// </summary>
    [Fact]
    public void Analyze_VerbJoinedToADatedRecalledVerb_SharesItsTime()
    {
        var events = fixture.Events("قتل جنديان أمس في كمين قرب بلدة جيبو. وفي مايو 2019، هاجم مسلحون قرية قرب بلدة أربيندا وخطفوا 15 امرأة.", new DateOnly(2025, 2, 12));

        Assert.Single(events, e => !e.Historical);
        var recalled = Assert.Single(events, e => e.Historical);
        Assert.Equal(15, recalled.Abducted);
        Assert.Equal(new DateOnly(2019, 5, 15), recalled.EventDate);
    }

    /// <summary>"المجزرة التي ارتكبتها جماعة X": the group that committed the massacre is its author, not its target.</summary>
    [Fact]
    public void Analyze_MassacreCommittedByAGroup_HasThatGroupAsAuthor()
    {
        var events = fixture.Events("قتل جنديان أمس في كمين قرب بلدة جيبو. ويعيد ذلك إلى الأذهان المجزرة التي ارتكبتها جماعة أنصار الإسلام في قرية قرب بلدة دوري في مارس 2020.", new DateOnly(2025, 2, 12));

        var recalled = Assert.Single(events, e => e.Historical);
        Assert.Equal("Ansaroul Islam", recalled.Actor1);
    }

    /// <summary>
    /// An undated report that tells its news by the weekday and recalls an attack by its month and year: its date is inferred
    /// from that month, yet the attack is the past the writer had to name, not the news.
    /// </summary>
    [Theory]
    [InlineData("دوري – مرصد: هاجم مسلحون يوم الجمعة مركزا للدرك قرب بلدة دوري وقتلوا ثلاثة دركيين. وفي المنطقة نفسها، قتل مسلحون 12 جنديا في هجوم على معسكر قرب بلدة أربيندا في أكتوبر 2019.")]
    [InlineData("DORI – Des hommes armés ont tué vendredi trois gendarmes dans l'attaque d'un poste près de Dori. Dans la même zone, des assaillants ont tué 12 soldats dans l'attaque d'un camp près d'Arbinda en octobre 2019.")]
    public void Analyze_UndatedNewsByWeekdayRecallingAMonthOfAYear_RecallIsBackground(string text)
    {
        var events = Undated(text);

        var recalled = Assert.Single(events, e => e.Historical);
        Assert.Equal((12, 2019, 10), (recalled.Fatalities, recalled.EventDate?.Year, recalled.EventDate?.Month));
        Assert.Equal(3, Assert.Single(events, e => !e.Historical).Fatalities);
    }

    /// <summary>
    /// An undated retrospective: an attack dated to its day, which the text then says something of "at the time", is seen
    /// from a distance; told again later ("the attack", its claim), it stays that one recalled event.
    /// </summary>
    [Fact]
    public void Analyze_UndatedAttackToldWithAtTheTimeAndRetold_IsOneRecalledEvent()
    {
        var events = Undated("هاجم مسلحون معسكرا للجيش قرب بلدة أربيندا في 12 مارس 2016 وقتلوا تسعة جنود. وعد مراقبون الهجوم حينها تحولا في عمل الجماعة. وتبنت جماعة أنصار الإسلام الهجوم في بيان.");

        var recalled = Assert.Single(events);
        Assert.True(recalled.Historical);
        Assert.Equal((9, new DateOnly(2016, 3, 12)), (recalled.Fatalities, recalled.EventDate));
    }

    /// <summary>
    /// Deaths told before the attacks that caused them, which are set in past months ("الماضيين", dual), are those recalled
    /// attacks' toll: not a second current incident, not added to the news.
    /// </summary>
    [Fact]
    public void Analyze_TollBeforeRecalledAttacksOfPastMonths_IsTheirToll()
    {
        var events = Undated("تيلابيري – مرصد: قتل مسلحون ثلاثة جنود أمس في هجوم على دورية قرب بلدة أيورو. ويذكر أن 20 جنديا قتلوا في هجومين لجماعات مسلحة خلال شهري مايو ويوليو الماضيين في المنطقة نفسها.");

        Assert.Equal(3, Assert.Single(events, e => !e.Historical).Fatalities);
        Assert.Equal(20, Assert.Single(events, e => e.Historical).Fatalities);
    }

    /// <summary>
    /// Where the article's date is unknown, deaths counted since a month the text names are still a tally over the period,
    /// not a recalled incident with hundreds dead.
    /// </summary>
    [Fact]
    public void Analyze_UndatedTallySinceANamedMonth_IsNoEvent()
    {
        var events = Undated("جيبو – مرصد: قتل مسلحون خمسة رعاة مساء الجمعة قرب بلدة جيبو. ويذكر أن أكثر من 300 مدني قتلوا في المنطقة منذ يناير 2021.");

        Assert.Equal(5, Assert.Single(events).Fatalities);
    }

    /// <summary>
    /// "The deadliest since the coup that toppled the president": the coup, told by its noun and by the verb of its relative
    /// clause, is one recalled event; the attack the comparison qualifies, and its toll, are the news.
    /// </summary>
    [Theory]
    [InlineData("نيامي – مرصد: هجوم مسلح على دورية قرب بلدة أيورو أمس يعد الأكثر دموية منذ الانقلاب الذي أطاح بالحكومة، وأسفر عن مقتل 17 جنديا.")]
    [InlineData("NIAMEY – The attack near Ayorou on Tuesday, the deadliest since the coup that toppled the president, killed 17 soldiers.")]
    public void Analyze_DeadliestSinceARecalledCoup_AttackIsNewsAndCoupIsBackground(string text)
    {
        var events = fixture.Events(text);

        var news = Assert.Single(events, e => !e.Historical);
        Assert.Equal(17, news.Fatalities);
        Assert.Equal("Other", Assert.Single(events, e => e.Historical).SubEventType);
    }
    /// <summary>
    /// "بعد نحو أسبوعين على وقوع هجوم آخر، راح ضحيته 30": the attack an interval cue governs, hedged and told as occurring,
    /// is the earlier one, and the toll told after it past a comma is its own, not the news's.
    /// </summary>
    [Fact]
    public void Analyze_AttackGovernedByAHedgedInterval_IsBackgroundWithItsToll()
    {
        var events = Undated("قتل مسلحون 12 مدنيا أمس الأحد في هجوم على قرية قرب بلدة دوينتزا. ويأتي الهجوم بعد نحو أسبوعين على وقوع هجوم آخر قرب بلدة بانكاس، راح ضحيته 30 شخصا.");

        Assert.Contains(events, e => !e.Historical && e.Fatalities == 12);
        Assert.Contains(events, e => e.Historical && e.Fatalities == 30);
        Assert.DoesNotContain(events, e => !e.Historical && e.Fatalities == 30);
    }

    /// <summary>
    /// « En mars dernier » in an article dated only by inference: the inferred date cannot say how far back that March is,
    /// so what the text sets in a past month is recalled, as where the date is unknown; a day so named is the news's.
    /// </summary>
    [Fact]
    public void Analyze_PastMonthInAnArticleOfInferredDate_IsBackground()
    {
        var events = Undated("NIAMEY – Des hommes armés ont tué huit villageois jeudi près de Ouallam, selon un élu local. En mars dernier, quinze personnes ont été tuées dans une attaque contre un village voisin. La région subit des attaques depuis 2017.");

        Assert.Contains(events, e => !e.Historical && e.Fatalities == 8);
        Assert.Contains(events, e => e.Historical && e.Fatalities == 15);
    }

    /// <summary>
    /// « le 2 novembre, … avaient été massacrés » after news told by its weekday: a day and month whose sentence goes on in
    /// the pluperfect is looked back to, though the inferred date makes it recent.
    /// </summary>
    [Fact]
    public void Analyze_DayTheTextTellsInThePluperfect_IsBackground()
    {
        var events = Undated("NIAMEY – Des hommes armés ont tué six civils dimanche près de Ouallam, selon un élu local. Les violences se sont multipliées en 2021. Ainsi, le 2 novembre, quarante miliciens avaient été massacrés près de Banibangou.");

        Assert.Contains(events, e => !e.Historical && e.Fatalities == 6);
        Assert.Contains(events, e => e.Historical && e.Fatalities == 40);
    }
}
