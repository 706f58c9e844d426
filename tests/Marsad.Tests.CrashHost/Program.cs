using Marsad;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Store;

// Usage: CrashHost DB FIRST — saves articles crash-FIRST, crash-FIRST+1, ... and prints each id once its
// transaction has committed, until killed. Article n has n % 4 + 1 events, so a reader can check it is whole.
using var store = MarsadStore.Open(args[0]);
for (var n = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture); ; n++)
{
    var id = $"crash-{n:D6}";
    var events = Enumerable.Range(0, n % 4 + 1).Select(i => new EventRecord
    {
        ArticleId = id,
        EventType = AcledTaxonomy.Battles,
        SubEventType = "Armed clash",
        EventDate = new DateOnly(2025, 1, 1).AddDays(n % 90),
        TimePrecision = 1,
        Actor1 = "JNIM: Group for Support of Islam and Muslims",
        Actor2 = "Military Forces of Mali (2021-)",
        Country = "Mali",
        Admin2 = "Gao",
        Latitude = 16.27 + (i * 0.5),
        Longitude = -0.04,
        GeoPrecision = 1,
        Fatalities = n % 30,
        Confidence = 0.8,
        Notes = $"Generated clash {n}.{i}",
    });
    store.Save(new ArticleAnalysis { Article = new Article { Id = id, Text = $"نص المقال رقم {n} " + new string('ا', 2000) }, Events = [.. events] }, "crash-host");
    Console.WriteLine(id);
}
