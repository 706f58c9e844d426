using System.Data.Common;
using System.Globalization;

namespace Marsad.Tests.Store;

/// <summary>A store's rows as text, to compare two stores that should be the same.</summary>
internal static class StoreRows
{
    /// <summary>Articles, events, incidents and their sources, row by row (times of ingest aside).</summary>
    public static void AssertSame(DbConnection want, DbConnection got)
    {
        foreach (var sql in new[]
        {
            "SELECT id, content_hash, text, extractor FROM articles ORDER BY id",
            "SELECT article_id, ordinal, record FROM events ORDER BY article_id, ordinal",
            "SELECT id, event_type, event_date, source_count, record FROM clusters ORDER BY id",
            "SELECT cluster_id, article_id, ordinal, source FROM cluster_sources ORDER BY article_id, ordinal",
        })
        {
            Assert.Equal(Of(want, sql), Of(got, sql));
        }
    }

    /// <summary>Each row of the query, its columns joined by " | ".</summary>
    public static List<string> Of(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
