using System.Collections.Immutable;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Relations;
using Marsad.Store;

namespace Marsad.Tests.Web;

/// <summary>
/// A store of fictional reports (real places and groups, invented people and wording) in Arabic,
/// French and English, with evidence spans found in each article's own text: an ambush near Gao
/// told by two outlets, an abduction for ransom near Menaka, a drone strike near Djibo, a protest in
/// Niamey, an attack reported in an article full of markup, and an analysis piece with relations
/// and a background strike that has no coordinates.
/// </summary>
internal static class SampleStore
{
    public const string Jnim = "JNIM: Group for Support of Islam and Muslims";
    public const string IsSahel = "Islamic State (Sahel)";
    public const string MaliArmy = "Military Forces of Mali (2021-)";

    public const string AmbushText =
        "قتل 12 جنديا في كمين نصبه مسلحون من جماعة نصرة الإسلام والمسلمين قرب مدينة غاو يوم الأحد 9 فبراير، وفق مصادر أمنية.\n"
        + "وقال مصدر عسكري إن المهاجمين استولوا على آليتين قبل أن ينسحبوا نحو الحدود.";

    public const string MarkupText =
        "نشر حساب مجهول رسالة تضمنت <script>alert(1)</script> و <img src=x onerror=alert(2)> بعد هجوم على قرية قرب تيلابيري أسفر عن مقتل أربعة مدنيين يوم 20 فبراير 2025.";

    /// <summary>Incidents: the ambush (two reports), abduction, drone strike, protest, markup attack, background strike.</summary>
    public const int Incidents = 6;

    /// <summary>Incidents with coordinates (the background strike has none).</summary>
    public const int Placed = 5;

    public static void Fill(MarsadStore store)
    {
        Save(store, Article("sahel-post-ambush", AmbushText, "Sahel Post", "https://sahel-post.example/ambush", new DateOnly(2025, 2, 10)),
            Ambush("sahel-post-ambush", AmbushText, 12, "قتل 12 جنديا", "جماعة نصرة الإسلام والمسلمين", "غاو", "يوم الأحد 9 فبراير", "كمين"));

        const string radio = "أفادت إذاعة محلية بأن 15 جنديا قتلوا في هجوم على قافلة للجيش المالي قرب غاو الأحد الماضي، وتبنت جماعة نصرة الإسلام والمسلمين الهجوم.";
        Save(store, Article("radio-gao-ambush", radio, "Radio Gao", "https://radio-gao.example/news/1", new DateOnly(2025, 2, 11)),
            Ambush("radio-gao-ambush", radio, 15, "15 جنديا قتلوا", "جماعة نصرة الإسلام والمسلمين", "غاو", "الأحد الماضي", "هجوم"));

        const string abduction = "اختطف مسلحون يعتقد أنهم من تنظيم الدولة الإسلامية في الساحل ثلاثة مدنيين شرق مدينة ميناكا في 7 يناير 2025، وطالبوا بفدية قدرها 20 مليون فرنك أفريقي.";
        Save(store, Article("menaka-abduction", abduction, "Akhbar Azawad", null, new DateOnly(2025, 1, 9)), new EventRecord
        {
            ArticleId = "menaka-abduction", EventType = AcledTaxonomy.ViolenceAgainstCivilians, SubEventType = "Abduction/forced disappearance",
            EventDate = new DateOnly(2025, 1, 7), TimePrecision = 1, Actor1 = IsSahel, Actor1Kind = ActorKinds.Jihadist,
            Actor2 = "Civilians (Mali)", Actor2Kind = ActorKinds.Civilians, Country = "Mali", Admin1 = "Menaka", Admin2 = "Menaka", Location = "Menaka",
            Latitude = 15.9182, Longitude = 2.4022, GeoPrecision = 2, Abducted = 3, RansomAmount = 20_000_000, RansomCurrency = "XOF",
            CivilianTargeting = true, Confidence = 0.8, Notes = "Three civilians abducted east of Menaka; a ransom of 20 million CFA francs demanded.",
            Evidence = [Span(abduction, abduction)],
            FieldEvidence = Fields(abduction, ("event_type", "اختطف"), ("actor1", "تنظيم الدولة الإسلامية في الساحل"), ("abducted", "ثلاثة مدنيين"),
                ("location", "شرق مدينة ميناكا"), ("event_date", "7 يناير 2025"), ("ransom_amount", "20 مليون فرنك أفريقي")),
        });

        const string drone = "Une frappe de drone de l'armée burkinabè a tué huit combattants présumés de l'État islamique près de Djibo le 3 mars 2025, selon une source sécuritaire.";
        Save(store, Article("djibo-drone", drone, "Le Sahélien", "https://lesahelien.example/djibo", new DateOnly(2025, 3, 4), "fr"), new EventRecord
        {
            ArticleId = "djibo-drone", EventType = AcledTaxonomy.Explosions, SubEventType = "Air/drone strike", EventDate = new DateOnly(2025, 3, 3),
            TimePrecision = 1, Actor1 = "Military Forces of Burkina Faso (2022-)", Actor1Kind = ActorKinds.StateForces, Actor2 = IsSahel,
            Actor2Kind = ActorKinds.Jihadist, Country = "Burkina Faso", Admin1 = "Sahel", Admin2 = "Soum", Location = "Djibo",
            Latitude = 14.1022, Longitude = -1.6306, GeoPrecision = 2, Fatalities = 8, Confidence = 0.7, Notes = "A Burkinabe drone strike near Djibo.",
            Evidence = [Span(drone, drone)],
            FieldEvidence = Fields(drone, ("event_type", "frappe de drone"), ("fatalities", "tué huit combattants"), ("location", "près de Djibo")),
        });

        const string protest = "Several hundred people marched peacefully in Niamey on 14 March 2025 to demand the release of detained journalists.";
        Save(store, Article("niamey-protest", protest, "Niger Daily", "https://nigerdaily.example/march", new DateOnly(2025, 3, 15), "en"), new EventRecord
        {
            ArticleId = "niamey-protest", EventType = AcledTaxonomy.Protests, SubEventType = "Peaceful protest", EventDate = new DateOnly(2025, 3, 14),
            TimePrecision = 1, Actor1 = "Protesters (Niger)", Actor1Kind = ActorKinds.Protesters, Country = "Niger", Admin1 = "Niamey", Admin2 = "Niamey",
            Location = "Niamey", Latitude = 13.5137, Longitude = 2.1098, GeoPrecision = 1, Fatalities = 0, Confidence = 0.9,
            Notes = "A peaceful march in Niamey for detained journalists.", Evidence = [Span(protest, protest)],
            FieldEvidence = Fields(protest, ("event_type", "marched peacefully"), ("location", "Niamey"), ("event_date", "14 March 2025")),
        });

        Save(store, Article("markup", MarkupText, "<img src=x onerror=alert(4)>", "javascript:alert(6)", new DateOnly(2025, 2, 21))
                with { Title = "<script>alert(5)</script> هجوم قرب تيلابيري" },
            new EventRecord
            {
                ArticleId = "markup", EventType = AcledTaxonomy.ViolenceAgainstCivilians, SubEventType = "Attack", EventDate = new DateOnly(2025, 2, 20),
                TimePrecision = 1, Actor1 = "Unidentified Armed Group (Niger)", Actor1Kind = ActorKinds.UnidentifiedArmed, Actor2 = "Civilians (Niger)",
                Actor2Kind = ActorKinds.Civilians, Country = "Niger", Admin1 = "Tillaberi", Admin2 = "Tillaberi", Location = "Tillaberi",
                Latitude = 14.2117, Longitude = 1.4531, GeoPrecision = 2, Fatalities = 4, Confidence = 0.6,
                Notes = "Attack near Tillaberi <img src=x onerror=alert(3)>", Source = "<img src=x onerror=alert(4)>",
                Evidence = [Span(MarkupText, MarkupText)],
                FieldEvidence = Fields(MarkupText, ("fatalities", "مقتل أربعة مدنيين"), ("location", "قرب تيلابيري")),
            });

        SaveAnalysis(store);
    }

    /// <summary>The analysis piece: defection, leadership and a killing as relations, and a 2023 strike as background.</summary>
    private static void SaveAnalysis(MarsadStore store)
    {
        const string text = "وكان القيادي أبو البراء الأزوادي قد انشق عن تنظيم الدولة الإسلامية في الساحل وانضم إلى جماعة نصرة الإسلام والمسلمين. "
            + "ويقود أبو منصور التيلمسي التنظيم في منطقة ميناكا، فيما قُتل القيادي أبو حذيفة الفلاني على يد الجيش المالي في غارة عام 2023.";
        const string id = "analysis-defections";
        var defection = Span(text, "انشق عن تنظيم الدولة الإسلامية في الساحل وانضم إلى جماعة نصرة الإسلام والمسلمين");
        store.Save(new ArticleAnalysis
        {
            Article = Article(id, text, "Sahel Studies", "https://sahelstudies.example/analysis", new DateOnly(2025, 2, 1)),
            Events =
            [
                new EventRecord
                {
                    ArticleId = id, EventType = AcledTaxonomy.Explosions, SubEventType = "Air/drone strike", EventDate = new DateOnly(2023, 6, 15),
                    TimePrecision = 3, Actor1 = MaliArmy, Actor1Kind = ActorKinds.StateForces, Actor2 = IsSahel, Actor2Kind = ActorKinds.Jihadist,
                    Country = "Mali", Admin1 = "Menaka", GeoPrecision = 3, Historical = true, Confidence = 0.5,
                    Notes = "A 2023 strike that killed an IS Sahel commander, recalled as background.",
                    Evidence = [Span(text, "قُتل القيادي أبو حذيفة الفلاني على يد الجيش المالي في غارة عام 2023")],
                },
            ],
            Relations =
            [
                Relation(id, "أبو البراء الأزوادي", RelationPredicates.DefectedTo, Jnim, defection),
                Relation(id, "أبو البراء الأزوادي", RelationPredicates.FormerlyMemberOf, IsSahel, defection),
                Relation(id, "أبو منصور التيلمسي", RelationPredicates.LeaderOf, IsSahel, Span(text, "ويقود أبو منصور التيلمسي التنظيم")),
                Relation(id, "أبو حذيفة الفلاني", RelationPredicates.KilledBy, MaliArmy, Span(text, "قُتل القيادي أبو حذيفة الفلاني على يد الجيش المالي")),
            ],
        }, "sample");
    }

    public static TextSpan Span(string text, string phrase)
    {
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        return start >= 0 ? new TextSpan(start, start + phrase.Length) : throw new ArgumentException($"'{phrase}' is not in the text");
    }

    private static ImmutableDictionary<string, ImmutableArray<TextSpan>> Fields(string text, params (string Field, string Phrase)[] fields) =>
        fields.ToImmutableDictionary(f => f.Field, f => ImmutableArray.Create(Span(text, f.Phrase)));

    private static EventRecord Ambush(string id, string text, int fatalities, string toll, string actor, string place, string date, string act) => new()
    {
        ArticleId = id, EventType = AcledTaxonomy.Battles, SubEventType = "Armed clash", EventDate = new DateOnly(2025, 2, 9), TimePrecision = 1,
        Actor1 = Jnim, Actor1Kind = ActorKinds.Jihadist, Actor2 = MaliArmy, Actor2Kind = ActorKinds.StateForces,
        Country = "Mali", Admin1 = "Gao", Admin2 = "Gao", Location = "Gao", Latitude = 16.2717, Longitude = -0.0447, GeoPrecision = 2,
        Fatalities = fatalities, Confidence = 0.8, Notes = "JNIM ambushed Malian soldiers near Gao.",
        Evidence = [new TextSpan(0, text.IndexOf('\n') is var end and > 0 ? end : text.Length)],
        FieldEvidence = Fields(text, ("fatalities", toll), ("actor1", actor), ("location", place), ("event_date", date), ("event_type", act)),
    };

    private static RelationRecord Relation(string id, string subject, string predicate, string @object, TextSpan evidence) =>
        new() { ArticleId = id, Subject = subject, Predicate = predicate, Object = @object, Evidence = evidence, Confidence = 0.7 };

    private static Article Article(string id, string text, string source, string? url, DateOnly published, string lang = "ar") =>
        new() { Id = id, Text = text, Source = source, Url = url, Published = published, Lang = lang };

    private static void Save(MarsadStore store, Article article, EventRecord record) =>
        store.Save(new ArticleAnalysis { Article = article, Events = [record with { Source = record.Source ?? article.Source, Url = article.Url }] }, "sample");
}
