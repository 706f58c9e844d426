using System.Collections.Immutable;
using System.Globalization;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Store;

namespace Marsad.Bench.Web;

/// <summary>
/// A store of fictional incidents across the central Sahel: four events an article, fifteen a
/// day in thirty towns, every event type, each with evidence spans in its article.
/// </summary>
internal static class GeneratedStore
{
    private static readonly (string Name, string Admin1, string Country, double Lat, double Lon)[] Towns =
    [
        ("Gao", "Gao", "Mali", 16.27, -0.04), ("Ansongo", "Gao", "Mali", 15.66, 0.50), ("Bourem", "Gao", "Mali", 16.95, -0.35),
        ("Menaka", "Menaka", "Mali", 15.92, 2.40), ("Timbuktu", "Tombouctou", "Mali", 16.77, -3.01), ("Goundam", "Tombouctou", "Mali", 16.41, -3.67),
        ("Mopti", "Mopti", "Mali", 14.48, -4.18), ("Djenne", "Mopti", "Mali", 13.91, -4.55), ("Bandiagara", "Mopti", "Mali", 14.35, -3.61),
        ("Segou", "Segou", "Mali", 13.43, -6.26), ("Niono", "Segou", "Mali", 14.25, -5.99), ("Kidal", "Kidal", "Mali", 18.44, 1.41),
        ("Djibo", "Sahel", "Burkina Faso", 14.10, -1.63), ("Arbinda", "Sahel", "Burkina Faso", 14.23, -0.87), ("Dori", "Sahel", "Burkina Faso", 14.03, -0.03),
        ("Gorom-Gorom", "Sahel", "Burkina Faso", 14.44, -0.24), ("Kaya", "Centre-Nord", "Burkina Faso", 13.09, -1.08), ("Ouahigouya", "Nord", "Burkina Faso", 13.58, -2.42),
        ("Fada N'Gourma", "Est", "Burkina Faso", 12.06, 0.36), ("Diapaga", "Est", "Burkina Faso", 12.07, 1.79), ("Ouagadougou", "Centre", "Burkina Faso", 12.37, -1.52),
        ("Tillaberi", "Tillaberi", "Niger", 14.21, 1.45), ("Ouallam", "Tillaberi", "Niger", 14.32, 2.09), ("Ayorou", "Tillaberi", "Niger", 14.73, 0.92),
        ("Tahoua", "Tahoua", "Niger", 14.89, 5.27), ("Tillia", "Tahoua", "Niger", 16.13, 4.79), ("Diffa", "Diffa", "Niger", 13.32, 12.61),
        ("Niamey", "Niamey", "Niger", 13.51, 2.11), ("Maiduguri", "Borno", "Nigeria", 11.85, 13.16), ("Bama", "Borno", "Nigeria", 11.52, 13.69),
    ];

    private static readonly (string Type, string Sub, string Actor2, string Verb)[] Kinds =
    [
        (AcledTaxonomy.Battles, "Armed clash", "Military Forces of Mali (2021-)", "اشتبك مسلحون مع الجيش"),
        (AcledTaxonomy.Explosions, "Remote explosive/landmine/IED", "Military Forces of Mali (2021-)", "انفجرت عبوة ناسفة بدورية"),
        (AcledTaxonomy.ViolenceAgainstCivilians, "Attack", "Civilians (Mali)", "هاجم مسلحون قرية"),
        (AcledTaxonomy.ViolenceAgainstCivilians, "Abduction/forced disappearance", "Civilians (Mali)", "اختطف مسلحون مدنيين"),
        (AcledTaxonomy.Protests, "Peaceful protest", "", "تظاهر سكان"),
        (AcledTaxonomy.Riots, "Violent demonstration", "", "أحرق محتجون إطارات"),
        (AcledTaxonomy.StrategicDevelopments, "Looting/property destruction", "Civilians (Mali)", "نهب مسلحون مواشي"),
        (AcledTaxonomy.Battles, "Armed clash", "Islamic State (Sahel)", "اشتبكت جماعتان مسلحتان"),
    ];

    private static readonly string[] Groups = ["JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)", "Unidentified Armed Group (Mali)", "Katiba Macina"];

    public static void Create(string path, int events)
    {
        using var store = MarsadStore.Open(path);
        for (var n = 0; n * 4 < events; n++)
        {
            store.Save(Article(n, Math.Min(4, events - n * 4)), "bench");
        }
    }

    private static ArticleAnalysis Article(int n, int count)
    {
        var id = $"bench-{n:D6}";
        var sentences = new List<string>();
        var records = new List<EventRecord>();
        var offset = 0;
        for (var i = 0; i < count; i++)
        {
            var k = n * 4 + i;
            // Fifteen incidents a day, each in its own town, and the next day in the other fifteen towns,
            // so no two are the same incident to deduplication: the store holds as many incidents as events.
            var day = k / 15;
            var town = Towns[day % 2 * 15 + k % 15];
            var kind = Kinds[k % Kinds.Length];
            var date = new DateOnly(2022, 6, 1).AddDays(day);
            var fatalities = kind.Type is AcledTaxonomy.Protests ? 0 : k * 11 % 23;
            var sentence = string.Create(CultureInfo.InvariantCulture, $"{kind.Verb} قرب {town.Name} يوم {date:yyyy-MM-dd}، وقتل {fatalities} أشخاص بحسب مصادر محلية. ");
            var place = sentence.IndexOf(town.Name, StringComparison.Ordinal);
            records.Add(new EventRecord
            {
                ArticleId = id, EventType = kind.Type, SubEventType = kind.Sub, EventDate = date, TimePrecision = 1,
                Actor1 = kind.Type is AcledTaxonomy.Protests or AcledTaxonomy.Riots ? $"Protesters ({town.Country})" : Groups[k % Groups.Length],
                Actor2 = kind.Actor2.Length == 0 ? null : kind.Actor2,
                Country = town.Country, Admin1 = town.Admin1, Admin2 = town.Admin1, Location = town.Name,
                // Spread a little around the town so a zoomed-in map shows separate incidents.
                Latitude = town.Lat + (k % 9 - 4) * 0.02, Longitude = town.Lon + (k % 7 - 3) * 0.02, GeoPrecision = 1,
                Fatalities = fatalities, Confidence = 0.6 + k % 4 * 0.1,
                Evidence = [new Marsad.TextSpan(offset, offset + sentence.Length - 1)],
                FieldEvidence = new Dictionary<string, ImmutableArray<Marsad.TextSpan>>
                {
                    ["location"] = [new Marsad.TextSpan(offset + place, offset + place + town.Name.Length)],
                }.ToImmutableDictionary(),
                Notes = string.Create(CultureInfo.InvariantCulture, $"Generated incident {k} near {town.Name}."),
                Source = $"Outlet {n % 12}",
            });
            sentences.Add(sentence);
            offset += sentence.Length;
        }

        return new ArticleAnalysis
        {
            Article = new Article { Id = id, Text = string.Concat(sentences), Published = new DateOnly(2026, 1, 1), Source = $"Outlet {n % 12}" },
            Events = [.. records],
        };
    }
}
