using System.Data.Common;

namespace Marsad.Store;

/// <summary>
/// The saving path's commands, prepared once per store and reused: a save runs a dozen statements or
/// more, and preparing each anew was a good part of its time. Commands are not disposed by callers.
/// </summary>
internal sealed class CommandCache(DbConnection connection) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/> with these parameter values; a statement's parameters come in the same order each time.</summary>
    public DbCommand Get(string sql, DbTransaction? transaction, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            _commands.Add(sql, command);
        }

        command.Transaction = transaction;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }

    public int Execute(string sql, DbTransaction? transaction, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Get(sql, transaction, parameters).ExecuteNonQuery();

    public object? Scalar(string sql, DbTransaction? transaction, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Get(sql, transaction, parameters).ExecuteScalar() is var value && value is not DBNull ? value : null;

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
