using System.Collections.Immutable;

namespace Marsad.Places;

/// <summary>
/// What an article says about where it is: how strongly each country is named (country names,
/// demonyms, the dateline, unambiguous towns), per article and per sentence, and how its place
/// mentions situate each other ("X بولاية Y" puts X inside Y). Built by <see cref="Geocoder.Context"/>.
/// </summary>
public sealed record PlaceContext
{
    /// <summary>ISO2 → weight of the evidence that the article is about that country.</summary>
    public required ImmutableDictionary<string, double> CountryEvidence { get; init; }

    /// <summary>The country with the most evidence, or null when nothing names one.</summary>
    public string? MainCountry { get; init; }

    /// <summary>The dateline's place ("باماكو – مرصد:"), when the article has one.</summary>
    public PlaceMention? Dateline { get; init; }

    /// <summary>The dateline's country.</summary>
    public string? DatelineCountry { get; init; }

    /// <summary>Per sentence index, ISO2 → weight of the evidence in that sentence.</summary>
    internal ImmutableDictionary<int, ImmutableDictionary<string, double>> SentenceEvidence { get; init; } =
        ImmutableDictionary<int, ImmutableDictionary<string, double>>.Empty;

    /// <summary>Per mention (by its first name token), the admin units and countries the text puts it in.</summary>
    internal ImmutableDictionary<int, Container> Containers { get; init; } = ImmutableDictionary<int, Container>.Empty;

    /// <summary>Places the article names with confidence, for proximity: (first name token of the mention, latitude, longitude).</summary>
    internal ImmutableArray<(int Mention, double Latitude, double Longitude)> Anchors { get; init; } = [];

    /// <summary>Sentence of each mention, by first name token.</summary>
    internal ImmutableDictionary<int, int> SentenceOfMention { get; init; } = ImmutableDictionary<int, int>.Empty;

    /// <summary>Share of the article's country evidence that names <paramref name="country"/> (0 when none names it).</summary>
    public double Share(string country)
    {
        var total = CountryEvidence.Values.Sum();
        return total > 0 ? CountryEvidence.GetValueOrDefault(country) / total : 0;
    }
}

/// <summary>The admin1 units and countries that the words after a mention put it in.</summary>
internal sealed record Container(ImmutableHashSet<string> Admin1, ImmutableHashSet<string> Countries);
