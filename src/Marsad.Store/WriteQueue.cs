using System.Data.Common;

namespace Marsad.Store;

/// <summary>
/// The statements of one save that only write, after its reads: run one by one as they come (SQLite, in
/// process, prepared once), or held and sent to the server together in one round trip when the save is done
/// (PostgreSQL), which leaves a writer's lock sooner.
/// </summary>
internal sealed class WriteQueue(DbConnection connection, CommandCache commands, bool batched)
{
    private DbBatch? _pending;

    public void Execute(string sql, DbTransaction transaction, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!batched)
        {
            commands.Execute(sql, transaction, parameters);
            return;
        }

        _pending ??= connection.CreateBatch();
        var command = _pending.CreateBatchCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            // PostgreSQL's text cannot hold U+0000 (SQLite's can): a stray one in a page becomes U+FFFD, the same length, so spans hold.
            parameter.Value = value is string text && text.Contains('\0', StringComparison.Ordinal) ? text.Replace('\0', '\uFFFD') : value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        _pending.BatchCommands.Add(command);
    }

    /// <summary>Sends what is held; after a failure, <see cref="Discard"/> drops it instead.</summary>
    public void Flush(DbTransaction transaction)
    {
        if (_pending is null)
        {
            return;
        }

        using var batch = _pending;
        _pending = null;
        batch.Transaction = transaction;
        batch.ExecuteNonQuery();
    }

    public void Discard()
    {
        _pending?.Dispose();
        _pending = null;
    }
}
