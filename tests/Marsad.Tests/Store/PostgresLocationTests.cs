using Marsad.Store;

namespace Marsad.Tests.Store;

/// <summary>How <c>--db</c> URIs become Npgsql connection strings (no server needed).</summary>
public class PostgresLocationTests
{
    [Theory]
    [InlineData("postgresql://marsad@db.example:5433/sahel", "db.example", 5433, "marsad", null, "sahel")]
    [InlineData("postgres://ana:s%40cret@10.0.0.5/marsad", "10.0.0.5", 5432, "ana", "s@cret", "marsad")]
    [InlineData("postgresql://[::1]:6000/m", "::1", 6000, null, null, "m")]
    [InlineData("postgresql:///marsad?host=%2Ftmp&port=55432&user=pgdev", "/tmp", 55432, "pgdev", null, "marsad")]
    public void Parse_Uri_HostPortUserPasswordDatabase(string uri, string host, int port, string? user, string? password, string database)
    {
        var builder = PostgresLocation.Parse(uri);

        Assert.Equal((host, port, user, password, database), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
    }

    [Fact]
    public void Parse_SearchPathAndSslMode_Kept()
    {
        var builder = PostgresLocation.Parse("postgresql://u@h/db?search_path=team&sslmode=require&application_name=marsad+worker");

        Assert.Equal(("team", Npgsql.SslMode.Require, "marsad worker"), (builder.SearchPath, builder.SslMode, builder.ApplicationName));
    }

    [Theory]
    [InlineData("postgresql://u@h/db?colour=blue", "unknown connection parameter 'colour'")]
    [InlineData("postgresql://u@h:99999/db", "is not a port")]
    public void Parse_Malformed_StoreExceptionSaysWhy(string uri, string expected)
    {
        Assert.Contains(expected, Assert.Throws<StoreException>(() => PostgresLocation.Parse(uri)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql://ana:secret@host/db", "postgresql://ana@host/db")]
    [InlineData("postgresql://ana@host/db", "postgresql://ana@host/db")]
    [InlineData("postgresql://host:5432/db", "postgresql://host:5432/db")]
    public void Redact_Password_Removed(string uri, string expected) => Assert.Equal(expected, PostgresLocation.Redact(uri));

    [Theory]
    [InlineData("marsad.db", false)]
    [InlineData("postgresql://u@h/db", true)]
    [InlineData("POSTGRES://u@h/db", true)]
    [InlineData("data/postgresql.db", false)]
    public void IsUri_FileOrUri(string location, bool expected) => Assert.Equal(expected, PostgresLocation.IsUri(location));
}
