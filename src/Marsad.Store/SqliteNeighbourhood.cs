using Marsad.Dedup;
using Microsoft.Data.Sqlite;

namespace Marsad.Store;

/// <summary>The stored events and clusters an incremental dedup update looks at, read inside the saving transaction.</summary>
internal sealed class SqliteNeighbourhood(SqliteConnection connection, SqliteTransaction transaction) : IIncidentNeighbourhood
{
    public IEnumerable<KeyedEvent> Candidates(string eventType, DateOnly from, DateOnly to) => Read(
        "SELECT article_id, ordinal, record FROM events WHERE event_type = $type AND event_date BETWEEN $from AND $to",
        ("$type", eventType), ("$from", from.ToString("yyyy-MM-dd")), ("$to", to.ToString("yyyy-MM-dd")));

    public string? ClusterOf(EventKey key) => connection.Scalar(
        "SELECT cluster_id FROM cluster_sources WHERE article_id = $article AND ordinal = $ordinal", transaction,
        ("$article", key.ArticleId), ("$ordinal", key.Ordinal)) as string;

    public IEnumerable<KeyedEvent> Members(string clusterId) => Read(
        "SELECT e.article_id, e.ordinal, e.record FROM cluster_sources s JOIN events e ON e.article_id = s.article_id AND e.ordinal = s.ordinal WHERE s.cluster_id = $id",
        ("$id", clusterId));

    private List<KeyedEvent> Read(string sql, params (string, object?)[] parameters)
    {
        using var command = connection.Command(sql, transaction, parameters);
        using var reader = command.ExecuteReader();
        var events = new List<KeyedEvent>();
        while (reader.Read())
        {
            events.Add(new KeyedEvent(new EventKey(reader.GetString(0), reader.GetInt32(1)), StoreJson.ReadEvent(reader.GetString(2))));
        }

        return events;
    }
}
