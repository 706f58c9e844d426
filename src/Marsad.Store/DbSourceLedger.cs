using System.Globalization;
using System.Data.Common;

namespace Marsad.Store;

/// <summary>
/// The source ledger in a store's database (SQLite or PostgreSQL), on a connection of its own: each call is one
/// statement or one transaction, and a claim is one upsert that only one watcher's can win, on either engine.
/// </summary>
internal sealed class DbSourceLedger : ISourceLedger
{
    // One fixed-width UTC format, so that times compare as text in SQL.
    private const string TimeFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
    private const string Columns = "url, etag, last_modified, last_poll, last_success, consecutive_failures, next_poll, items_ingested, last_error";
    private readonly DbConnection _connection;

    private DbSourceLedger(DbConnection connection) => _connection = connection;

    /// <summary>The ledger in <paramref name="store"/>'s database, which the store has brought to the current schema.</summary>
    public static DbSourceLedger Open(MarsadStore store) => new(store.OpenAnotherConnection());

    public SourceRecord? Find(string url) => Read($"SELECT {Columns} FROM sources WHERE url = @url", ("@url", url)).SingleOrDefault();

    public IReadOnlyList<SourceRecord> List() => Read($"SELECT {Columns} FROM sources ORDER BY url");

    public void RecordPoll(SourceRecord source) => _connection.Execute(
        """
        INSERT INTO sources (url, etag, last_modified, last_poll, last_success, consecutive_failures, next_poll, last_error)
        VALUES (@url, @etag, @modified, @poll, @success, @failures, @next, @error)
        ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_poll = excluded.last_poll,
            last_success = excluded.last_success, consecutive_failures = excluded.consecutive_failures, next_poll = excluded.next_poll, last_error = excluded.last_error
        """,
        null,
        ("@url", source.Url), ("@etag", source.ETag), ("@modified", Format(source.LastModified)), ("@poll", Format(source.LastPoll)),
        ("@success", Format(source.LastSuccess)), ("@failures", source.ConsecutiveFailures), ("@next", Format(source.NextPoll)), ("@error", source.LastError));

    public ItemClaim Claim(string sourceUrl, string itemKey, DateTimeOffset now, TimeSpan lease)
    {
        var claimed = _connection.Execute(
            """
            INSERT INTO source_items (item_key, source_url, claimed_until, first_seen) VALUES (@key, @source, @until, @now)
            ON CONFLICT (item_key) DO UPDATE SET claimed_until = excluded.claimed_until
            WHERE source_items.done = 0 AND (source_items.claimed_until IS NULL OR source_items.claimed_until <= @now)
            """,
            null,
            ("@key", itemKey), ("@source", sourceUrl), ("@until", Format(now + lease)), ("@now", Format(now)));
        if (claimed == 1)
        {
            return ItemClaim.Claimed;
        }

        return Convert.ToInt32(_connection.Scalar("SELECT done FROM source_items WHERE item_key = @key", null, ("@key", itemKey))) == 1
            ? ItemClaim.Seen
            : ItemClaim.HeldByAnother;
    }

    public void Complete(string itemKey, DateTimeOffset now, bool ingested, string? error)
    {
        using var transaction = _connection.BeginTransaction();
        // done = 0: a watcher whose lease ran out while another completed the item does not count it again.
        var completed = _connection.Execute(
            "UPDATE source_items SET done = 1, claimed_until = NULL, done_at = @now, error = @error WHERE item_key = @key AND done = 0",
            transaction,
            ("@key", itemKey), ("@now", Format(now)), ("@error", error));
        if (ingested && completed == 1)
        {
            // The source's row may not be written yet: its poll is recorded once its items are through.
            _connection.Execute(
                """
                INSERT INTO sources (url, items_ingested) SELECT source_url, 1 FROM source_items WHERE item_key = @key
                ON CONFLICT (url) DO UPDATE SET items_ingested = sources.items_ingested + 1
                """,
                transaction,
                ("@key", itemKey));
        }

        transaction.Commit();
    }

    public int Release(string itemKey, string? failure) => Convert.ToInt32(_connection.Scalar(
        """
        UPDATE source_items SET claimed_until = NULL, attempts = attempts + @counted, error = coalesce(@failure, error)
        WHERE item_key = @key RETURNING attempts
        """,
        null,
        ("@key", itemKey), ("@counted", failure is null ? 0 : 1), ("@failure", failure)));

    public void Dispose() => _connection.Dispose();

    private static string? Format(DateTimeOffset? time) => time?.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset? Time(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.ParseExact(reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private List<SourceRecord> Read(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = _connection.Command(sql, null, parameters);
        using var reader = command.ExecuteReader();
        var sources = new List<SourceRecord>();
        while (reader.Read())
        {
            sources.Add(new SourceRecord
            {
                Url = reader.GetString(0),
                ETag = reader.NullableString(1),
                LastModified = Time(reader, 2),
                LastPoll = Time(reader, 3),
                LastSuccess = Time(reader, 4),
                ConsecutiveFailures = reader.GetInt32(5),
                NextPoll = Time(reader, 6),
                ItemsIngested = reader.GetInt32(7),
                LastError = reader.NullableString(8),
            });
        }

        return sources;
    }
}
