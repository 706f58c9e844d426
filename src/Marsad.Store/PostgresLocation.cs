using Npgsql;

namespace Marsad.Store;

/// <summary>
/// A PostgreSQL store's address as users write it: a libpq connection URI,
/// <c>postgresql://user[:password]@host[:port]/database[?param=value&amp;...]</c>, turned into Npgsql's
/// connection string. The password may also come from PGPASSWORD or ~/.pgpass, as for psql.
/// </summary>
public static class PostgresLocation
{
    // The URI's query parameters (libpq's names, and search_path) and Npgsql's keywords for them.
    private static readonly Dictionary<string, string> Parameters = new(StringComparer.Ordinal)
    {
        ["host"] = "Host", ["port"] = "Port", ["user"] = "Username", ["password"] = "Password", ["dbname"] = "Database",
        ["sslmode"] = "SSL Mode", ["connect_timeout"] = "Timeout", ["application_name"] = "Application Name",
        ["options"] = "Options", ["search_path"] = "Search Path", ["target_session_attrs"] = "Target Session Attributes",
    };

    /// <summary>Whether <paramref name="location"/> (a <c>--db</c> value) names a PostgreSQL database rather than a file.</summary>
    public static bool IsUri(string location) =>
        location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The URI without its password, for messages.</summary>
    public static string Redact(string uri)
    {
        var scheme = uri.IndexOf("://", StringComparison.Ordinal) + 3;
        var authorityEnd = uri.IndexOfAny(['/', '?'], scheme) is var end and >= 0 ? end : uri.Length;
        var at = uri.LastIndexOf('@', authorityEnd - 1, authorityEnd - scheme);
        var colon = at < 0 ? -1 : uri.IndexOf(':', scheme, at - scheme);
        return colon < 0 ? uri : uri[..colon] + uri[at..];
    }

    /// <exception cref="StoreException">The URI is malformed or has a parameter Marsad does not know.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string uri)
    {
        if (!IsUri(uri))
        {
            throw new StoreException($"{uri}: not a postgresql:// URI");
        }

        var builder = new NpgsqlConnectionStringBuilder();
        var rest = uri[(uri.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var query = "";
        if (rest.IndexOf('?') is var q and >= 0)
        {
            (rest, query) = (rest[..q], rest[(q + 1)..]);
        }

        var authority = rest;
        if (rest.IndexOf('/') is var slash and >= 0)
        {
            (authority, var database) = (rest[..slash], Uri.UnescapeDataString(rest[(slash + 1)..]));
            if (database.Length > 0)
            {
                builder.Database = database;
            }
        }

        if (authority.LastIndexOf('@') is var at and >= 0)
        {
            var user = authority[..at];
            authority = authority[(at + 1)..];
            if (user.IndexOf(':') is var colon and >= 0)
            {
                builder.Password = Uri.UnescapeDataString(user[(colon + 1)..]);
                user = user[..colon];
            }

            if (user.Length > 0)
            {
                builder.Username = Uri.UnescapeDataString(user);
            }
        }

        SetHost(builder, Uri.UnescapeDataString(authority), uri);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            if (!Parameters.TryGetValue(name, out var keyword))
            {
                throw new StoreException($"{Redact(uri)}: unknown connection parameter '{name}' (known: {string.Join(", ", Parameters.Keys)})");
            }

            try
            {
                builder[keyword] = Uri.UnescapeDataString(equals < 0 ? "" : pair[(equals + 1)..].Replace('+', ' '));
            }
            catch (ArgumentException e)
            {
                throw new StoreException($"{Redact(uri)}: bad value for '{name}' ({e.Message})", e);
            }
        }

        builder.Host ??= "localhost";
        return builder;
    }

    private static void SetHost(NpgsqlConnectionStringBuilder builder, string authority, string uri)
    {
        if (authority.Length == 0)
        {
            return;
        }

        if (authority.Contains(','))
        {
            builder.Host = authority; // several hosts, each host[:port]: Npgsql reads the list as it is
            return;
        }

        var host = authority;
        string? port = null;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            if (close < 0)
            {
                throw new StoreException($"{Redact(uri)}: unclosed '[' in the host");
            }

            host = authority[1..close];
            port = authority.Length > close + 1 && authority[close + 1] == ':' ? authority[(close + 2)..] : null;
        }
        else if (authority.LastIndexOf(':') is var colon and >= 0)
        {
            (host, port) = (authority[..colon], authority[(colon + 1)..]);
        }

        if (host.Length > 0)
        {
            builder.Host = host;
        }

        if (port is { Length: > 0 })
        {
            builder.Port = int.TryParse(port, System.Globalization.CultureInfo.InvariantCulture, out var number) && number is > 0 and < 65536
                ? number
                : throw new StoreException($"{Redact(uri)}: '{port}' is not a port");
        }
    }
}
