using System.Data.Common;
using System.Globalization;
using Marsad.Dedup;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Store;

public sealed partial class MarsadStore
{
    /// <summary>
    /// Saves an article with its events and relations, and re-forms the clusters they touch, all in
    /// one transaction (a savepoint inside an open <see cref="BeginBatch"/>). Saving the same content
    /// again does nothing; a corrected version (same id, other content) replaces the article's events.
    /// With <paramref name="replace"/> the events are replaced even when the content is unchanged (re-extraction).
    /// </summary>
    public SaveOutcome Save(ArticleAnalysis analysis, string extractor, string? origin = null, bool replace = false)
    {
        if (_batch is null)
        {
            using var own = _connection.BeginTransaction();
            _backend.BeginWrite(own);
            var outcome = Save(analysis, extractor, origin, replace, own);
            _backend.EndWrite(own);
            own.Commit();
            return outcome;
        }

        // A failed article is undone alone; the batch's other articles stay.
        _batch.Save(ArticleSavepoint);
        try
        {
            var outcome = Save(analysis, extractor, origin, replace, _batch);
            _batch.Release(ArticleSavepoint);
            return outcome;
        }
        catch
        {
            _batch.Rollback(ArticleSavepoint);
            _batch.Release(ArticleSavepoint);
            throw;
        }
    }

    /// <summary>
    /// Opens a transaction that the next saves join, each in its own savepoint, until it is committed
    /// or disposed (rolled back). One commit for many articles writes each touched page once, not once
    /// per article; an article stays whole either way.
    /// </summary>
    public StoreBatch BeginBatch()
    {
        if (_batch is not null)
        {
            throw new InvalidOperationException("a batch is already open");
        }

        _batch = _connection.BeginTransaction();
        try
        {
            _backend.BeginWrite(_batch);
        }
        catch
        {
            EndBatch(commit: false);
            throw;
        }

        return new StoreBatch(this);
    }

    internal void EndBatch(bool commit)
    {
        if (commit && _batch is not null)
        {
            _backend.EndWrite(_batch);
            _batch.Commit();
        }

        _batch?.Dispose();
        _batch = null;
    }

    private SaveOutcome Save(ArticleAnalysis analysis, string extractor, string? origin, bool replace, DbTransaction transaction)
    {
        try
        {
            var outcome = Write(analysis, extractor, origin, replace, transaction);
            _writes.Flush(transaction);
            return outcome;
        }
        finally
        {
            _writes.Discard();
        }
    }

    // The reads first (what is stored, the dedup neighbourhood), then the writes, which the queue may send together.
    private SaveOutcome Write(ArticleAnalysis analysis, string extractor, string? origin, bool replace, DbTransaction transaction)
    {
        var article = analysis.Article;
        var hash = ArticleHash.Of(article);
        var (state, stored) = Look(article, hash, transaction);
        if (state == ArticleState.Unchanged && !(replace && stored))
        {
            return new SaveOutcome(state, 0, 0);
        }

        var removed = stored ? StoredKeys(article.Id, transaction) : [];
        var added = analysis.Events.Select((e, i) => new KeyedEvent(new EventKey(article.Id, i), e with { ArticleId = article.Id })).ToList();
        var change = _dedup.Update(new StoredNeighbourhood(_commands, transaction, _dedupOptions, _backend), removed, added);

        foreach (var id in change.RemovedClusterIds)
        {
            _writes.Execute("DELETE FROM clusters WHERE id = @id", transaction, ("@id", id));
        }

        _writes.Execute("DELETE FROM events WHERE article_id = @id", transaction, ("@id", article.Id));
        _writes.Execute("DELETE FROM relations WHERE article_id = @id", transaction, ("@id", article.Id));
        WriteArticle(analysis, hash, extractor, origin, transaction);
        foreach (var e in added)
        {
            WriteEvent(e, transaction);
        }

        for (var i = 0; i < analysis.Relations.Length; i++)
        {
            var r = analysis.Relations[i];
            _writes.Execute(
                "INSERT INTO relations VALUES (@article, @ordinal, @subject, @predicate, @object, @start, @end, @confidence)", transaction,
                ("@article", article.Id), ("@ordinal", i), ("@subject", r.Subject), ("@predicate", r.Predicate), ("@object", r.Object),
                ("@start", r.Evidence.Start), ("@end", r.Evidence.End), ("@confidence", r.Confidence));
        }

        foreach (var cluster in change.Clusters)
        {
            WriteCluster(cluster, transaction);
        }

        return new SaveOutcome(state == ArticleState.Unchanged ? ArticleState.Changed : state, added.Count, change.Clusters.Length);
    }

    private HashSet<EventKey> StoredKeys(string articleId, DbTransaction transaction)
    {
        var command = _commands.Get("SELECT ordinal FROM events WHERE article_id = @id", transaction, ("@id", articleId));
        using var reader = command.ExecuteReader();
        var keys = new HashSet<EventKey>();
        while (reader.Read())
        {
            keys.Add(new EventKey(articleId, reader.GetInt32(0)));
        }

        return keys;
    }

    private void WriteArticle(ArticleAnalysis analysis, string hash, string extractor, string? origin, DbTransaction transaction)
    {
        var a = analysis.Article;
        _writes.Execute(
            """
            INSERT INTO articles (id, content_hash, title, text, lang, published, url, source, origin, language, extractor, folded, ingested_at)
            VALUES (@id, @hash, @title, @text, @lang, @published, @url, @source, @origin, @language, @extractor, @folded, @now)
            ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title, text = excluded.text,
                lang = excluded.lang, published = excluded.published, url = excluded.url, source = excluded.source,
                origin = coalesce(excluded.origin, articles.origin), language = excluded.language, extractor = excluded.extractor,
                folded = excluded.folded, ingested_at = excluded.ingested_at
            """, transaction,
            ("@id", a.Id), ("@hash", hash), ("@title", a.Title), ("@text", a.Text), ("@lang", a.Lang), ("@published", IsoDate(a.Published)),
            ("@url", a.Url), ("@source", a.Source), ("@origin", origin), ("@language", analysis.Language.Code()), ("@extractor", extractor),
            ("@folded", CharFolding.Fold(a.Title + "\n" + a.Text)), ("@now", Now()));
    }

    private void WriteEvent(KeyedEvent keyed, DbTransaction transaction)
    {
        var e = keyed.Event;
        _writes.Execute(
            "INSERT INTO events VALUES (@article, @ordinal, @type, @sub, @date, @country, @admin1, @admin2, @lat, @lon, @actors, @folded, @record)", transaction,
            ("@article", keyed.Key.ArticleId), ("@ordinal", keyed.Key.Ordinal), ("@type", e.EventType), ("@sub", e.SubEventType),
            ("@date", IsoDate(e.EventDate)), ("@country", e.Country), ("@admin1", e.Admin1), ("@admin2", e.Admin2),
            ("@lat", e.Latitude), ("@lon", e.Longitude), ("@actors", Actors(e)), ("@folded", Searchable(e)),
            ("@record", StoreJson.Write(e)));
    }

    private void WriteCluster(EventCluster cluster, DbTransaction transaction)
    {
        var e = cluster.Event;
        _writes.Execute(
            "INSERT INTO clusters VALUES (@id, @type, @sub, @date, @country, @admin1, @actors, @folded, @count, @record, @now)", transaction,
            ("@id", cluster.Id), ("@type", e.EventType), ("@sub", e.SubEventType), ("@date", IsoDate(e.EventDate)), ("@country", e.Country),
            ("@admin1", e.Admin1), ("@actors", Actors(e)), ("@folded", Searchable(e)), ("@count", cluster.Sources.Length),
            ("@record", StoreJson.Write(e)), ("@now", Now()));
        foreach (var source in cluster.Sources)
        {
            _writes.Execute(
                "INSERT INTO cluster_sources VALUES (@cluster, @article, @ordinal, @source)", transaction,
                ("@cluster", cluster.Id), ("@article", source.Key.ArticleId), ("@ordinal", source.Key.Ordinal), ("@source", StoreJson.Write(source)));
        }
    }

    private string Now() => _clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Lower-cased so --actor matches case-insensitively with a plain substring search.
    private static string Actors(EventRecord e) =>
        string.Join('\n', new[] { e.Actor1, e.Actor2 }.OfType<string>().Concat(e.AssocActor1).Concat(e.AssocActor2)).ToLowerInvariant();

    private static string Searchable(EventRecord e) =>
        CharFolding.Fold(string.Join('\n', new[] { e.Actor1, e.Actor2, e.Location, e.Admin2, e.Admin1, e.Country, e.Notes }.OfType<string>()
            .Concat(e.AssocActor1).Concat(e.AssocActor2)));
}
