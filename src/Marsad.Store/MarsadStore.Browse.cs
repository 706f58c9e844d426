using Marsad.Dedup;
using Marsad.Events;
using Marsad.Relations;

namespace Marsad.Store;

/// <summary>Look-ups for browsing the dataset: which incidents a filter selects, one report, relations, and whether anything changed.</summary>
public sealed partial class MarsadStore
{
    /// <summary>Ids of the incidents matching <paramref name="filter"/>, by date then id, without reading their records.</summary>
    public IReadOnlyList<string> ClusterIds(EventFilter filter)
    {
        var (where, parameters) = Where(filter, "c", ClusterArticleMatch);
        using var command = _connection.Command($"SELECT c.id FROM clusters c {where} ORDER BY c.event_date NULLS FIRST, c.id", null, parameters);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>One report as it was extracted (with its per-field evidence), or null.</summary>
    public EventRecord? Event(EventKey key) =>
        _connection.Scalar("SELECT record FROM events WHERE article_id = @article AND ordinal = @ordinal", null,
            ("@article", key.ArticleId), ("@ordinal", key.Ordinal)) is string json ? StoreJson.ReadEvent(json) : null;

    /// <summary>Every stored relation, by article then position.</summary>
    public IEnumerable<RelationRecord> Relations()
    {
        using var command = _connection.Command(
            "SELECT article_id, subject, predicate, object, evidence_start, evidence_end, confidence FROM relations ORDER BY article_id, ordinal");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return ReadRelation(reader);
        }
    }

    /// <summary>A relation from a row whose first seven columns are article_id, subject, predicate, object, evidence_start, evidence_end, confidence.</summary>
    private static RelationRecord ReadRelation(System.Data.Common.DbDataReader reader) => new()
    {
        ArticleId = reader.GetString(0),
        Subject = reader.GetString(1),
        Predicate = reader.GetString(2),
        Object = reader.GetString(3),
        Evidence = new TextSpan(reader.GetInt32(4), reader.GetInt32(5)),
        Confidence = reader.GetDouble(6),
    };

    /// <summary>
    /// A number that changes whenever another connection commits to the store (SQLite's
    /// <c>data_version</c>, PostgreSQL's change counter), so a long-lived reader knows when what it holds is stale.
    /// </summary>
    public long DataVersion() => _backend.DataVersion();
}
