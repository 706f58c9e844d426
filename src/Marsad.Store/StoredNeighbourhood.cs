using System.Data.Common;
using Marsad.Dedup;
using Marsad.Events;

namespace Marsad.Store;

/// <summary>
/// The stored events and clusters an incremental dedup update looks at, read inside the saving transaction.
/// A report of a big story is a candidate and then a member of its cluster: each stored event is parsed once,
/// and the candidates' clusters come with them rather than one query each.
/// </summary>
internal sealed class StoredNeighbourhood(CommandCache commands, DbTransaction transaction, DedupOptions options, StoreBackend backend) : IIncidentNeighbourhood
{
    private const double KmPerDegree = 111.32;
    private readonly Dictionary<EventKey, EventRecord> _parsed = [];
    private readonly Dictionary<EventKey, string?> _clusters = [];

    // Two reports are one incident only within the distance (both precise) or in the same admin2:
    // a box around the probe plus its admin2 holds every possible match, and keeps the look-up small.
    public IEnumerable<KeyedEvent> Candidates(EventRecord probe, DateOnly from, DateOnly to)
    {
        var latDelta = options.MaxDistanceKm / KmPerDegree * 1.1;
        var lonDelta = probe.Latitude is { } lat ? latDelta / Math.Max(0.1, Math.Cos(lat * Math.PI / 180)) : 0;
        return Read(
            $"""
            SELECT e.article_id, e.ordinal, e.record, s.cluster_id FROM events e
            LEFT JOIN cluster_sources s ON s.article_id = e.article_id AND s.ordinal = e.ordinal
            WHERE event_type = @type AND event_date BETWEEN @from AND @to
              AND ({backend.EqualsIgnoringCase("admin2", "@admin2")}
                   OR (latitude BETWEEN @lat - @dlat AND @lat + @dlat AND longitude BETWEEN @lon - @dlon AND @lon + @dlon))
            """,
            ("@type", probe.EventType), ("@from", from.ToString("yyyy-MM-dd")), ("@to", to.ToString("yyyy-MM-dd")), ("@admin2", probe.Admin2),
            ("@lat", probe.Latitude), ("@lon", probe.Longitude), ("@dlat", latDelta), ("@dlon", lonDelta));
    }

    public string? ClusterOf(EventKey key) => _clusters.TryGetValue(key, out var cluster)
        ? cluster
        : commands.Scalar(
            "SELECT cluster_id FROM cluster_sources WHERE article_id = @article AND ordinal = @ordinal", transaction,
            ("@article", key.ArticleId), ("@ordinal", key.Ordinal)) as string;

    public IEnumerable<KeyedEvent> Members(string clusterId) => Read(
        "SELECT e.article_id, e.ordinal, e.record, s.cluster_id FROM cluster_sources s JOIN events e ON e.article_id = s.article_id AND e.ordinal = s.ordinal WHERE s.cluster_id = @id",
        ("@id", clusterId));

    private List<KeyedEvent> Read(string sql, params (string, object?)[] parameters)
    {
        var command = commands.Get(sql, transaction, parameters);
        using var reader = command.ExecuteReader();
        var events = new List<KeyedEvent>();
        while (reader.Read())
        {
            var key = new EventKey(reader.GetString(0), reader.GetInt32(1));
            if (!_parsed.TryGetValue(key, out var record))
            {
                _parsed[key] = record = StoreJson.ReadEvent(reader.GetString(2));
            }

            _clusters[key] = reader.IsDBNull(3) ? null : reader.GetString(3);
            events.Add(new KeyedEvent(key, record));
        }

        return events;
    }
}
