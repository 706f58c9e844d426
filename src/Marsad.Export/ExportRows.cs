using System.Text.Json;
using Marsad.Dedup;

namespace Marsad.Export;

/// <summary>Flattens clusters into export rows: ACLED's spellings, codes and ids.</summary>
internal static class ExportRows
{
    public static ExportRow From(EventCluster cluster, DateTimeOffset exportedAt)
    {
        var e = cluster.Event;
        var country = AcledCountries.Find(e.Country);
        var inter1 = ActorInterCodes.Of(e.Actor1Kind);
        var inter2 = ActorInterCodes.Of(e.Actor2Kind);
        return new ExportRow
        {
            EventIdCnty = (country?.Iso3 ?? "XXX") + cluster.Id,
            EventDate = e.EventDate,
            Year = e.EventDate?.Year,
            TimePrecision = e.TimePrecision,
            DisorderType = e.DisorderType,
            EventType = e.EventType,
            SubEventType = e.SubEventType,
            Actor1 = e.Actor1,
            AssocActor1 = Joined(e.AssocActor1),
            Inter1 = inter1,
            Actor2 = e.Actor2,
            AssocActor2 = Joined(e.AssocActor2),
            Inter2 = inter2,
            Interaction = ActorInterCodes.Interaction(inter1, inter2),
            CivilianTargeting = e.CivilianTargeting ? "Civilian targeting" : null,
            Iso = country?.IsoNumeric,
            Region = country?.Region,
            Country = e.Country,
            Admin1 = e.Admin1,
            Admin2 = e.Admin2,
            Location = e.Location,
            Latitude = e.Latitude is { } lat ? Math.Round(lat, 4) : null,
            Longitude = e.Longitude is { } lon ? Math.Round(lon, 4) : null,
            GeoPrecision = e.GeoPrecision,
            Source = e.Source,
            Notes = e.Notes,
            Fatalities = e.Fatalities,
            Timestamp = exportedAt.ToUnixTimeSeconds(),
            Abducted = e.Abducted,
            RansomAmount = e.RansomAmount is { } amount ? (double)amount : null,
            RansomCurrency = e.RansomCurrency,
            Historical = e.Historical,
            Confidence = Math.Round(e.Confidence, 3),
            ArticleId = e.ArticleId,
            SourceCount = cluster.Sources.Select(s => s.Key.ArticleId).Distinct().Count(),
            Evidence = JsonSerializer.Serialize(cluster.Sources.Select(s => new
            {
                article_id = s.Key.ArticleId,
                url = s.Url,
                spans = s.Evidence.Select(x => new[] { x.Start, x.End }),
                actor_spans = s.ActorEvidence.Select(x => new[] { x.Start, x.End }),
            })),
        };
    }

    // ACLED separates several associated actors with "; ".
    private static string? Joined(IEnumerable<string> actors) => string.Join("; ", actors) is { Length: > 0 } joined ? joined : null;
}
