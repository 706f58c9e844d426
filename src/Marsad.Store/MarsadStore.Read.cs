using System.Globalization;
using Marsad.Dedup;
using Marsad.Events;
using Marsad.Text;

namespace Marsad.Store;

public sealed partial class MarsadStore
{
    /// <summary>The deduplicated incidents matching <paramref name="filter"/>, by date then id.</summary>
    public IEnumerable<EventCluster> Clusters(EventFilter filter)
    {
        var (where, parameters) = Where(filter, "c", ClusterArticleMatch);
        using var command = _connection.Command(
            $"SELECT c.id, c.record, s.source FROM clusters c JOIN cluster_sources s ON s.cluster_id = c.id {where} ORDER BY c.event_date NULLS FIRST, c.id, s.article_id, s.ordinal",
            null, parameters);
        using var reader = command.ExecuteReader();
        string? id = null;
        EventRecord? record = null;
        var sources = new List<ClusterSource>();
        while (reader.Read())
        {
            if (reader.GetString(0) != id)
            {
                if (id is not null)
                {
                    yield return new EventCluster(id, record!, [.. sources]);
                }

                (id, record) = (reader.GetString(0), StoreJson.ReadEvent(reader.GetString(1)));
                sources.Clear();
            }

            sources.Add(StoreJson.ReadSource(reader.GetString(2)));
        }

        if (id is not null)
        {
            yield return new EventCluster(id, record!, [.. sources]);
        }
    }

    /// <summary>Every extracted event matching <paramref name="filter"/>, without deduplication, by date then key.</summary>
    public IEnumerable<KeyedEvent> Events(EventFilter filter)
    {
        var (where, parameters) = Where(filter, "e", _backend.Contains("(SELECT a.folded FROM articles a WHERE a.id = e.article_id)", "@text"));
        using var command = _connection.Command(
            $"SELECT e.article_id, e.ordinal, e.record FROM events e {where} ORDER BY e.event_date NULLS FIRST, e.article_id, e.ordinal", null, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new KeyedEvent(new EventKey(reader.GetString(0), reader.GetInt32(1)), StoreJson.ReadEvent(reader.GetString(2)));
        }
    }

    /// <summary>Ids of the stored articles, all or only those extracted by another extractor than <paramref name="notExtractedBy"/>.</summary>
    public IReadOnlyList<string> ArticleIds(string? notExtractedBy = null)
    {
        using var command = _connection.Command(
            "SELECT id FROM articles WHERE CAST(@extractor AS text) IS NULL OR extractor <> @extractor ORDER BY id", null, ("@extractor", notExtractedBy));
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public Article? LoadArticle(string id)
    {
        using var command = _connection.Command("SELECT id, text, title, lang, published, url, source FROM articles WHERE id = @id", null, ("@id", id));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new Article
            {
                Id = reader.GetString(0),
                Text = reader.GetString(1),
                Title = reader.NullableString(2),
                Lang = reader.NullableString(3),
                Published = reader.NullableString(4) is { } published ? DateOnly.Parse(published, CultureInfo.InvariantCulture) : null,
                Url = reader.NullableString(5),
                Source = reader.NullableString(6),
            }
            : null;
    }

    // An incident matches a text when one of its articles does.
    private string ClusterArticleMatch =>
        $"EXISTS (SELECT 1 FROM cluster_sources s JOIN articles a ON a.id = s.article_id WHERE s.cluster_id = c.id AND {_backend.Contains("a.folded", "@text")})";

    private (string Where, (string, object?)[] Parameters) Where(EventFilter filter, string table, string articleTextMatch)
    {
        var conditions = new List<string>();
        var parameters = new List<(string, object?)>();
        void Add(string condition, string name, object? value)
        {
            conditions.Add(condition);
            parameters.Add((name, value));
        }

        if (filter.Since is { } since)
        {
            Add($"{table}.event_date >= @since", "@since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (filter.Until is { } until)
        {
            Add($"{table}.event_date <= @until", "@until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (filter.Country is { } country)
        {
            Add(_backend.EqualsIgnoringCase($"{table}.country", "@country"), "@country", country);
        }

        if (filter.Admin1 is { } admin1)
        {
            Add(_backend.EqualsIgnoringCase($"{table}.admin1", "@admin1"), "@admin1", admin1);
        }

        if (filter.EventType is { } type)
        {
            Add(_backend.EqualsIgnoringCase($"{table}.event_type", "@type"), "@type", type);
        }

        if (filter.SubEventType is { } sub)
        {
            Add(_backend.EqualsIgnoringCase($"{table}.sub_event_type", "@sub"), "@sub", sub);
        }

        if (filter.Actor is { } actor)
        {
            Add(_backend.Contains($"{table}.actors", "@actor"), "@actor", actor.ToLowerInvariant());
        }

        if (filter.Text is { } text)
        {
            Add($"({_backend.Contains($"{table}.folded", "@text")} OR {articleTextMatch})", "@text", CharFolding.Fold(text));
        }

        return (conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions), [.. parameters]);
    }
}
