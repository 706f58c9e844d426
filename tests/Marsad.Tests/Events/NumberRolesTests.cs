using Marsad.Actors;
using Marsad.Events;
using Marsad.Events.Assembly;
using Marsad.Tests.Golden;
using Marsad.Text;

namespace Marsad.Tests.Events;

/// <summary>The number-role layer alone: what each figure of a sentence written for the test is.</summary>
public sealed class NumberRolesTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    [Theory]
    [InlineData("ar", "قتل مسلحون 12 جنديا أمس قرب بلدة بوني.", "12", NumberRole.Killed)]
    [InlineData("ar", "وقال أحد السكان إن عمليات الاختطاف طالت نساء قرب بلدة بوني.", "أحد", NumberRole.Uncounted)]
    [InlineData("ar", "اختطف مسلحون ثلاثة رعاة أمس قرب بلدة أيورو.", "ثلاثة", NumberRole.Abducted)]
    [InlineData("ar", "أصيب خمسة مدنيين في الهجوم على بلدة جيبو أمس.", "خمسة", NumberRole.Wounded)]
    [InlineData("ar", "اعتقلت الشرطة 20 شخصا أمس في باماكو.", "20", NumberRole.Arrested)]
    [InlineData("ar", "قتل مسلحون خمسة رعاة على بعد 30 كيلومترا من بلدة أيورو.", "30", NumberRole.Distance)]
    [InlineData("ar", "استمرت الاشتباكات 3 ساعات قرب بلدة بوني أمس.", "3", NumberRole.Duration)]
    [InlineData("ar", "قتل مسلحون رجلا يبلغ من العمر 45 عاما قرب بلدة بوني أمس.", "45", NumberRole.Age)]
    [InlineData("ar", "قتل مسلحون سبعة أشخاص بينهم 3 أطفال قرب بلدة بوني أمس.", "3", NumberRole.Subset)]
    [InlineData("ar", "قتل مسلحون خمسة جنود أمس، ليرتفع عدد القتلى إلى 300 منذ مطلع العام.", "300", NumberRole.Cumulative)]
    [InlineData("ar", "طالب الخاطفون بفدية قدرها 15 مليون فرنك سيفا مقابل الإفراج عن التاجر.", "15 مليون", NumberRole.Money)]
    [InlineData("ar", "هاجم مسلحون بلدة بوني في 7 يناير 2024.", "2024", NumberRole.Year)]
    [InlineData("ar", "قال المحافظ إن 43 قرويا قتلوا و27 أصيبوا في هجوم على بلدة بوني.", "27", NumberRole.Wounded)]
    [InlineData("ar", "قتل 18 شخصا أمس في هجمات طالت خمس بلدات قرب جيبو.", "خمس", NumberRole.Things)]
    [InlineData("ar", "قتل مسلحون 16 مزارعا ليلة السبت (9/2) قرب بلدة بوني.", "2", NumberRole.Date)]
    [InlineData("ar", "أسفر الهجوم على بلدة بوني أمس عن سبعة قتلى وخمسة جرحى.", "خمسة", NumberRole.Wounded)]
    [InlineData("ar", "قتل مسلحون أربعة عناصر من إحدى الميليشيات أمس قرب بلدة بوني.", "إحدى", NumberRole.Things)]
    [InlineData("ar", "أسفر هجوم على بلدة بوني أمس عن مقتل أربعة جنود على الأقل ومدني واحد.", "واحد", NumberRole.Killed)]
    [InlineData("en", "Gunmen killed 12 soldiers near Boni on Monday.", "12", NumberRole.Killed)]
    [InlineData("en", "Gunmen burned two vehicles near Boni on Monday.", "two", NumberRole.Things)]
    [InlineData("fr", "Une attaque a tué 12 soldats lundi à Boni, portant le bilan à 300 morts depuis janvier.", "300", NumberRole.Cumulative)]
    [InlineData("fr", "Une attaque a tué lundi un homme âgé de 60 ans à Boni.", "60", NumberRole.Age)]
    [InlineData("fr", "Les violences ont fait des milliers de morts et des centaines de milliers de déplacés au Mali.", "des milliers", NumberRole.Cumulative)]
    [InlineData("en", "Some 35,000 people have died in the insurgency, and nearly two million have fled their homes.", "two million", NumberRole.Cumulative)]
    [InlineData("ar", "وأودى النزاع بحياة 35 ألف شخص وشرد نحو مليوني شخص.", "35 ألف", NumberRole.Cumulative)]
    [InlineData("fr", "Des hommes armés ont enlevé quatre employés d'une ONG dimanche vers 20h30 près de Djibo.", "quatre", NumberRole.Abducted)]
    [InlineData("fr", "Des hommes armés ont enlevé des employés d'une ONG dimanche vers 20h30 près de Djibo.", "20h30", NumberRole.Duration)]
    [InlineData("en", "Gunmen abducted three workers of a mining firm at 6:45 on Friday near Kaya.", "6:45", NumberRole.Duration)]
    [InlineData("fr", "Au moins 31 villageois dont six femmes et huit enfants ont été tués jeudi près de Titao.", "huit", NumberRole.Subset)]
    [InlineData("en", "At least 19 people including four women and seven children were killed on Sunday near Djibo.", "seven", NumberRole.Subset)]
    // An aside between commas or in parentheses does not part a count from its verb.
    [InlineData("fr", "Au moins 17 personnes, dont un gendarme, ont été tuées samedi soir près de Gorom-Gorom.", "17", NumberRole.Killed)]
    [InlineData("en", "At least 23 villagers, including a local chief, were killed on Tuesday near Tera.", "23", NumberRole.Killed)]
    [InlineData("fr", "Trois gendarmes et six volontaires (VDP, supplétifs de l'armée) ont été tués mardi près de Dori.", "Trois", NumberRole.Killed)]
    [InlineData("fr", "Trois gendarmes et six volontaires (VDP, supplétifs de l'armée) ont été tués mardi près de Dori.", "six", NumberRole.Killed)]
    // A figure before an act that harms nobody by itself counts the acts.
    [InlineData("fr", "Neuf civils ont été tués lors de trois attaques mardi près de Kaya.", "trois", NumberRole.Things)]
    [InlineData("en", "Eleven herders were killed in two ambushes on Thursday near Ayorou.", "two", NumberRole.Things)]
    // A participle between a figure and its noun says what befell those counted, whatever verb governs the clause.
    [InlineData("en", "Soldiers killed nine militants and rescued 14 kidnapped farmers near Gwoza on Friday.", "14", NumberRole.Abducted)]
    [InlineData("en", "The attackers killed two guards and left five wounded soldiers at the checkpoint near Diffa.", "five", NumberRole.Wounded)]
    // A count of others is governed by its own verb, not by the killing told before it.
    [InlineData("en", "Bandits shot dead 30 villagers in Kebbi on Monday and 15 others were taken hostage.", "15", NumberRole.Abducted)]
    [InlineData("ar", "قتل مسلحون ستة رعاة قرب بلدة أيورو أمس. واختطف أربعة آخرون.", "أربعة", NumberRole.Abducted)]
    public void Tag_FigureOfASentence_HasItsRole(string lang, string text, string figure, NumberRole expected)
    {
        var doc = TextDocument.Create(text, LanguageCodes.Parse(lang));
        var (layers, _, _) = fixture.Pipeline.Layers(doc, new DateOnly(2024, 3, 5));
        var reported = layers.Triggers.Select(t => (t, (ActorMention?)null)).ToList();

        var roles = new NumberRoles(layers, (mention, _) => mention).Tag(reported);

        var roled = Assert.Single(roles, r => doc.OriginalText(r.Number.Span).Contains(figure, StringComparison.Ordinal));
        Assert.Equal(expected, roled.Role);
    }

    /// <summary>A toll told over several attacks (a dual, a plural, a count of them) is marked: it may sum several incidents.</summary>
    [Theory]
    [InlineData("ar", "وقتل 25 جنديا في الهجومين اللذين استهدفا موقعين للجيش قرب بلدة بوني.", "25", true)]
    [InlineData("ar", "قتل 14 شخصا على الأقل في هجومين منفصلين قرب بلدة جيبو أمس.", "14", true)]
    [InlineData("fr", "Neuf civils ont été tués lors de trois attaques mardi près de Kaya.", "Neuf", true)]
    [InlineData("ar", "قتل 12 جنديا في هجوم على موقع للجيش قرب بلدة بوني بعد هجمات سابقة.", "12", false)]
    public void Tag_TollOverSeveralAttacks_IsMarked(string lang, string text, string figure, bool overSeveral)
    {
        var doc = TextDocument.Create(text, LanguageCodes.Parse(lang));
        var (layers, _, _) = fixture.Pipeline.Layers(doc, new DateOnly(2024, 3, 5));
        var reported = layers.Triggers.Select(t => (t, (ActorMention?)null)).ToList();

        var roles = new NumberRoles(layers, (mention, _) => mention).Tag(reported);

        var roled = Assert.Single(roles, r => doc.OriginalText(r.Number.Span).Contains(figure, StringComparison.Ordinal));
        Assert.Equal((NumberRole.Killed, overSeveral), (roled.Role, roled.OverSeveral));
    }

    /// <summary>With the article's date unknown a day and month cannot be put on the calendar, but their figures are still no count.</summary>
    [Theory]
    [InlineData("قتل 23 جنديا في كمين قرب بلدة بوني، وهي أكبر حصيلة منذ انقلاب 18 مارس.", "18")]
    [InlineData("قتل مسلحون 16 مزارعا ليلة السبت (9/2) قرب بلدة بوني.", "9")]
    public void Tag_DayOfAnUndatedArticle_IsADate(string text, string figure)
    {
        var doc = TextDocument.Create(text);
        var (layers, _, _) = fixture.Pipeline.Layers(doc, published: null);
        var reported = layers.Triggers.Select(t => (t, (ActorMention?)null)).ToList();

        var roles = new NumberRoles(layers, (mention, _) => mention).Tag(reported);

        var roled = Assert.Single(roles, r => doc.OriginalText(r.Number.Span) == figure);
        Assert.Equal(NumberRole.Date, roled.Role);
    }

    [Fact]
    public void Tag_CountOfPeople_NamesTheNounAndTheTrigger()
    {
        var doc = TextDocument.Create("قتل مسلحون 12 جنديا أمس قرب بلدة بوني.");
        var (layers, _, _) = fixture.Pipeline.Layers(doc, new DateOnly(2024, 3, 5));

        var roled = Assert.Single(new NumberRoles(layers, (mention, _) => mention).Tag([.. layers.Triggers.Select(t => (t, (ActorMention?)null))]));

        Assert.Equal("جنديا", doc.OriginalText(roled.Counted!.Span));
        Assert.Equal(Act.Kill, roled.Trigger!.Act);
    }
}
