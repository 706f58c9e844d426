using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Marsad.Events;

namespace Marsad.Dedup;

/// <summary>
/// Turns the reports of one incident into the cluster the dataset keeps: the most precise date
/// and place, the most conservative toll a credible source gives, the union of associated
/// actors, and every source with its evidence. The result depends only on the set of reports.
/// </summary>
internal sealed class ClusterReconciler(DedupOptions options)
{
    public EventCluster Reconcile(IReadOnlyCollection<KeyedEvent> reports)
    {
        var members = reports.OrderBy(r => r.Key).ToList();
        var lead = members.OrderByDescending(m => m.Event.Confidence).ThenBy(m => m.Key).First();
        var aligned = members.Select(m => Align(m, lead.Event)).ToList();
        var dated = aligned.Where(m => m.Event.EventDate is not null)
            .OrderBy(m => m.Event.TimePrecision ?? 4).ThenByDescending(m => m.Event.Confidence).ThenBy(m => m.Key).FirstOrDefault();
        var placed = aligned.OrderByDescending(m => m.Event.Latitude is not null).ThenBy(m => m.Event.GeoPrecision ?? 4)
            .ThenByDescending(m => m.Event.Confidence).ThenBy(m => m.Key).First();
        var actor1 = BestActor(aligned, e => (e.Actor1, e.Actor1Kind));
        var actor2 = BestActor(aligned, e => (e.Actor2, e.Actor2Kind));
        var ransom = aligned.Where(m => m.Event.RansomAmount is not null).OrderByDescending(m => m.Event.Confidence).ThenBy(m => m.Key).FirstOrDefault();
        var events = aligned.Select(m => m.Event).ToList();
        var fatalities = Conservative(aligned, e => e.Fatalities);

        var reconciled = lead.Event with
        {
            SubEventType = MostReported(events.Select(e => e.SubEventType), lead.Event.SubEventType),
            EventDate = dated?.Event.EventDate,
            TimePrecision = dated?.Event.TimePrecision,
            Actor1 = actor1.Name,
            Actor1Kind = actor1.Kind,
            Actor2 = actor2.Name,
            Actor2Kind = actor2.Kind,
            AssocActor1 = Union(events.SelectMany(e => e.AssocActor1)),
            AssocActor2 = Union(events.SelectMany(e => e.AssocActor2)),
            Country = placed.Event.Country,
            Admin1 = placed.Event.Admin1,
            Admin2 = placed.Event.Admin2,
            Location = placed.Event.Location,
            Latitude = placed.Event.Latitude,
            Longitude = placed.Event.Longitude,
            GeoPrecision = placed.Event.GeoPrecision,
            GeonameId = placed.Event.GeonameId,
            Fatalities = fatalities,
            Abducted = Conservative(aligned, e => e.Abducted),
            RansomAmount = ransom?.Event.RansomAmount,
            RansomCurrency = ransom?.Event.RansomCurrency,
            Historical = events.TrueForAll(e => e.Historical),
            CivilianTargeting = events.Exists(e => e.CivilianTargeting),
            Confidence = CombinedConfidence(members),
            Notes = Notes(lead.Event.Notes, members, fatalities),
            Source = string.Join("; ", Union(events.Select(e => e.Source).OfType<string>())),
        };
        return new EventCluster(ClusterId(members[0].Key), reconciled, [.. aligned.Select(Source)]);
    }

    /// <summary>A stable id: the cluster's smallest member key identifies it whatever order reports came in.</summary>
    public static string ClusterId(EventKey smallest) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(smallest.ToString())))[..12];

    // Outlets may name the two sides in either order: read every report in the lead's order.
    private static KeyedEvent Align(KeyedEvent member, EventRecord lead) =>
        ActorMatching.Swapped(lead, member.Event)
            ? member with
            {
                Event = member.Event with
                {
                    Actor1 = member.Event.Actor2, Actor1Kind = member.Event.Actor2Kind, AssocActor1 = member.Event.AssocActor2,
                    Actor2 = member.Event.Actor1, Actor2Kind = member.Event.Actor1Kind, AssocActor2 = member.Event.AssocActor1,
                },
            }
            : member;

    private static (string? Name, string? Kind) BestActor(List<KeyedEvent> members, Func<EventRecord, (string? Name, string? Kind)> actor) =>
        members.Select(m => (Actor: actor(m.Event), m.Event.Confidence, m.Key))
            .Where(x => x.Actor.Name is not null)
            .OrderByDescending(x => ActorMatching.IsSpecific(x.Actor.Name, x.Actor.Kind)).ThenByDescending(x => x.Confidence).ThenBy(x => x.Key)
            .Select(x => x.Actor).FirstOrDefault();

    // ACLED codes the most conservative figure; a doubtful report's figure counts only when no credible one gives any.
    private int? Conservative(List<KeyedEvent> members, Func<EventRecord, int?> figure)
    {
        var credible = members.Where(m => m.Event.Confidence >= options.MinCredibleConfidence).Select(m => figure(m.Event)).OfType<int>().ToList();
        return credible.Count > 0 ? credible.Min() : members.Select(m => figure(m.Event)).OfType<int>().Cast<int?>().Min();
    }

    private static string MostReported(IEnumerable<string> values, string fallback) =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key == fallback ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    private static ImmutableArray<string> Union(IEnumerable<string> values) =>
        [.. values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    // Independent reports of one incident make it more certain than any one of them.
    private static double CombinedConfidence(List<KeyedEvent> members) =>
        1 - members.GroupBy(m => m.Key.ArticleId).Select(g => 1 - g.Max(m => Math.Clamp(m.Event.Confidence, 0, 1))).Aggregate(1.0, (p, x) => p * x);

    private static string Notes(string leadNotes, List<KeyedEvent> members, int? kept)
    {
        var articles = members.Select(m => m.Key.ArticleId).Distinct().Count();
        if (articles < 2)
        {
            return leadNotes;
        }

        var tolls = members.Select(m => m.Event.Fatalities).OfType<int>().Distinct().Order().ToList();
        var tollNote = tolls.Count > 1 ? $"; fatalities reported: {string.Join(", ", tolls)}; {kept} coded" : "";
        return $"{leadNotes} [{articles} sources{tollNote}]".TrimStart();
    }

    internal static ClusterSource Source(KeyedEvent m) => new(
        m.Key,
        m.Event.Source,
        m.Event.Url,
        m.Event.Fatalities,
        m.Event.Confidence,
        m.Event.Evidence,
        [.. FieldSpans(m.Event, "actor1").Concat(FieldSpans(m.Event, "actor2")).Distinct().OrderBy(s => s.Start).ThenBy(s => s.End)]);

    private static ImmutableArray<TextSpan> FieldSpans(EventRecord e, string field) =>
        e.FieldEvidence.TryGetValue(field, out var spans) ? spans : [];
}
