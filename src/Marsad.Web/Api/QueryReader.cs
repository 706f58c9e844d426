using System.Globalization;
using Marsad.Events;
using Marsad.Store;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Api;

/// <summary>
/// Reads an endpoint's query string strictly: unknown or repeated parameters, malformed dates and
/// numbers, and names outside ACLED's taxonomy are problems, reported together in one 400.
/// </summary>
internal sealed class QueryReader
{
    /// <summary>The filter parameters every listing endpoint takes, as the page and <c>marsad events</c> name them.</summary>
    public static readonly string[] FilterNames = ["since", "until", "country", "admin1", "type", "subType", "actor", "text"];

    private const int MaxTextLength = 200;

    private readonly IQueryCollection _query;
    private readonly List<string> _problems = [];

    public QueryReader(HttpRequest request, params string[] accepted)
    {
        _query = request.Query;
        foreach (var (name, values) in _query)
        {
            if (!accepted.Contains(name, StringComparer.Ordinal))
            {
                _problems.Add($"unknown parameter '{name}' (this endpoint takes {string.Join(", ", accepted)})");
            }
            else if (values.Count > 1)
            {
                _problems.Add($"'{name}' is given {values.Count} times; give it once");
            }
        }
    }

    /// <summary>A 400 naming every problem found so far, or null when the query was fine.</summary>
    public IResult? Problem() =>
        _problems.Count == 0 ? null : Results.Problem(detail: string.Join("; ", _problems), statusCode: StatusCodes.Status400BadRequest, title: "bad request");

    public EventFilter Filter()
    {
        var since = Date("since");
        var until = Date("until");
        if (since > until)
        {
            _problems.Add($"since ({since:yyyy-MM-dd}) is after until ({until:yyyy-MM-dd})");
        }

        var type = Text("type") is { } t ? Canonical("type", t, AcledTaxonomy.SubEventTypes.Keys, "an ACLED event type") : null;
        var subType = Text("subType") is not { } s ? null
            : type is null ? Canonical("subType", s, AcledTaxonomy.SubEventTypes.Values.SelectMany(x => x), "an ACLED sub-event type")
            : Canonical("subType", s, AcledTaxonomy.SubEventTypes[type], $"a sub-event type of {type}");
        return new EventFilter
        {
            Since = since, Until = until, Country = Text("country"), Admin1 = Text("admin1"),
            EventType = type, SubEventType = subType, Actor = Text("actor"), Text = Text("text"),
        };
    }

    /// <summary>A text the endpoint cannot answer without; its absence is a problem that says what to give.</summary>
    public string Required(string name, string what)
    {
        if (string.IsNullOrWhiteSpace(_query[name].FirstOrDefault()))
        {
            _problems.Add($"give {what}");
        }

        return Text(name) ?? "";
    }

    public string? Text(string name)
    {
        var value = _query[name].FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > MaxTextLength)
        {
            _problems.Add($"{name} is longer than {MaxTextLength} characters");
            return null;
        }

        return value;
    }

    public int Number(string name, int fallback, int min, int max)
    {
        if (Text(name) is not { } text)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            _problems.Add($"{name} '{text}' is not a whole number from {min} to {max}");
            return fallback;
        }

        return value;
    }

    /// <summary>One of <paramref name="choices"/> (exactly as spelled there), or the fallback when absent.</summary>
    public string Choice(string name, string fallback, params string[] choices)
    {
        var value = Text(name);
        if (value is null || choices.Contains(value, StringComparer.Ordinal))
        {
            return value ?? fallback;
        }

        _problems.Add($"{name} '{value}' is not one of {string.Join(", ", choices)}");
        return fallback;
    }

    private DateOnly? Date(string name)
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _problems.Add($"{name} '{text}' is not a date (YYYY-MM-DD)");
        return null;
    }

    // ACLED's spelling whatever the case the caller used.
    private string? Canonical(string name, string value, IEnumerable<string> known, string what)
    {
        var match = known.FirstOrDefault(k => string.Equals(k, value, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            _problems.Add($"{name} '{value}' is not {what}");
        }

        return match;
    }
}
