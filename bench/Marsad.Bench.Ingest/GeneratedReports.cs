using System.Globalization;
using Marsad.Events;
using Marsad.Pipeline;

namespace Marsad.Bench.Ingest;

/// <summary>
/// Fictional articles with their analyses already made, so storage is measured alone: each
/// incident is told by about three outlets (with different tolls and a day's drift), articles
/// carry one to four events and about 2,000 characters of Arabic text.
/// </summary>
internal static class GeneratedReports
{
    private static readonly (string Name, string Admin1, double Lat, double Lon)[] Places =
    [
        ("Gao", "Gao", 16.2717, -0.0447), ("Ansongo", "Gao", 15.6597, 0.5022), ("Menaka", "Menaka", 15.9182, 2.4022),
        ("Timbuktu", "Tombouctou", 16.7735, -3.0074), ("Mopti", "Mopti", 14.4843, -4.1827), ("Djibo", "Sahel", 14.1022, -1.6306),
        ("Arbinda", "Sahel", 14.2311, -0.8681), ("Tillaberi", "Tillaberi", 14.2117, 1.4531), ("Ouallam", "Tillaberi", 14.3189, 2.0864),
    ];

    private const string Paragraph = "أفادت مصادر محلية بأن مسلحين يعتقد أنهم ينتمون إلى جماعة نصرة الإسلام والمسلمين هاجموا موقعا للجيش قرب المدينة، واندلعت اشتباكات استمرت ساعات. ";

    public static ArticleAnalysis Article(int n, int variant)
    {
        var id = $"bench-{variant}-{n:D6}";
        var events = Enumerable.Range(0, n % 4 + 1).Select(i =>
        {
            var incident = n / 3 * 4 + i; // three consecutive articles tell the same incidents
            var place = Places[incident % Places.Length];
            return new EventRecord
            {
                ArticleId = id,
                EventType = incident % 5 == 0 ? AcledTaxonomy.ViolenceAgainstCivilians : AcledTaxonomy.Battles,
                SubEventType = incident % 5 == 0 ? "Attack" : "Armed clash",
                // The same place sees an incident every third day, so incidents do not chain into one another.
                EventDate = new DateOnly(2020, 1, 1).AddDays(incident / Places.Length * 3 + (n % 3 == 2 ? 1 : 0)),
                TimePrecision = 1,
                Actor1 = "JNIM: Group for Support of Islam and Muslims",
                Actor1Kind = ActorKinds.Jihadist,
                Actor2 = incident % 5 == 0 ? "Civilians (Mali)" : "Military Forces of Mali (2021-)",
                Actor2Kind = incident % 5 == 0 ? ActorKinds.Civilians : ActorKinds.StateForces,
                Country = place.Lon > 1 && place.Admin1 == "Tillaberi" ? "Niger" : "Mali",
                Admin1 = place.Admin1,
                Admin2 = place.Admin1,
                Location = place.Name,
                Latitude = place.Lat,
                Longitude = place.Lon,
                GeoPrecision = 1,
                Fatalities = 5 + (incident % 20) + (n % 3) * 2,
                Evidence = [new Marsad.TextSpan(0, 120)],
                Confidence = 0.7 + (n % 3) * 0.1,
                Notes = string.Create(CultureInfo.InvariantCulture, $"Generated incident {incident} near {place.Name}."),
                Source = $"Outlet {n % 3}",
            };
        });
        var text = string.Concat(Enumerable.Repeat(Paragraph, 14)) + n.ToString(CultureInfo.InvariantCulture) + " " + variant.ToString(CultureInfo.InvariantCulture);
        return new ArticleAnalysis
        {
            Article = new Article { Id = id, Text = text, Published = new DateOnly(2025, 1, 1), Source = $"Outlet {n % 3}" },
            Events = [.. events],
        };
    }
}
