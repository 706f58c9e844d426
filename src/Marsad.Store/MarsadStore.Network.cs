using System.Globalization;
using Marsad.Relations;

namespace Marsad.Store;

public sealed partial class MarsadStore
{
    /// <summary>Every stored relation with its article's provenance and the words that state it, by article then position.</summary>
    public IEnumerable<SourcedRelation> SourcedRelations()
    {
        using var command = _connection.Command(
            "SELECT r.article_id, r.subject, r.predicate, r.object, r.evidence_start, r.evidence_end, r.confidence, a.url, a.source, a.published, "
            + "substr(a.text, r.evidence_start + 1, r.evidence_end - r.evidence_start) FROM relations r JOIN articles a ON a.id = r.article_id ORDER BY r.article_id, r.ordinal");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var relation = ReadRelation(reader);
            var published = reader.IsDBNull(9) ? null : reader.GetString(9);
            yield return new SourcedRelation(relation, reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                published is { Length: >= 10 } && DateOnly.TryParseExact(published[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
                reader.IsDBNull(10) ? "" : reader.GetString(10));
        }
    }
}
