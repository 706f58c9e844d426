using System.Collections.Immutable;
using Marsad.Lexicon;
using Marsad.Resources;
using Marsad.Text;

namespace Marsad.Countries;

/// <summary>The countries of <c>data/countries.tsv</c>, their names and demonyms in Arabic, French and English.</summary>
public sealed class CountryCatalog
{
    private readonly Dictionary<string, Country> _byCode;
    private readonly Dictionary<string, Country> _byName;
    private readonly PhraseMatcher<(Country Country, CountryMentionKind Kind)> _matcher;

    private CountryCatalog(Dictionary<string, Country> byCode, PhraseMatcher<(Country, CountryMentionKind)> matcher)
    {
        _byCode = byCode;
        _byName = byCode.Values.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        _matcher = matcher;
    }

    public IEnumerable<Country> All => _byCode.Values;

    public static CountryCatalog Load(ResourceStore store)
    {
        var byCode = new Dictionary<string, Country>(StringComparer.Ordinal);
        var entries = new List<(string, (Country, CountryMentionKind))>();
        foreach (var row in TsvTable.Read(store, "countries.tsv", "iso2", "name", "names_ar", "names_fr", "names_en", "demonyms_ar", "demonyms_fr", "demonyms_en").Rows)
        {
            var country = new Country(row["iso2"], row["name"]);
            if (!byCode.TryAdd(country.Code, country))
            {
                throw row.Fail($"duplicate country code {country.Code}");
            }

            foreach (var column in new[] { "names_ar", "names_fr", "names_en" })
            {
                entries.AddRange(row.List(column).Select(name => (name, (country, CountryMentionKind.Name))));
            }

            foreach (var column in new[] { "demonyms_ar", "demonyms_fr", "demonyms_en" })
            {
                entries.AddRange(row.List(column).Select(name => (name, (country, CountryMentionKind.Demonym))));
            }
        }

        return new CountryCatalog(byCode, new PhraseMatcher<(Country, CountryMentionKind)>(entries));
    }

    public Country? ByCode(string? code) => code is not null && _byCode.TryGetValue(code, out var country) ? country : null;

    public Country? ByName(string? name) => name is not null && _byName.TryGetValue(name, out var country) ? country : null;

    /// <summary>
    /// Country names and demonyms in the text; a name wins over a demonym spelled the same (مالي), unless it is written with
    /// tanween (جنديا نيجيريًا), which only an adjective takes.
    /// </summary>
    public ImmutableArray<CountryMention> Recognize(TextDocument doc) =>
        [.. _matcher.FindLongest(doc)
            .GroupBy(m => (m.FirstToken, m.EndToken))
            .Select(g => g.OrderBy(m => doc.CarriesTanween(doc.SpanOfFolded(m.NormStart, m.NormEnd)) ? m.Payload.Kind != CountryMentionKind.Demonym : m.Payload.Kind != CountryMentionKind.Name).First())
            .Select(m => new CountryMention(m.FirstToken, m.EndToken, doc.SpanOfFolded(m.NormStart, m.NormEnd), m.Payload.Country, IsGenitive(doc, m.EndToken) ? CountryMentionKind.Demonym : m.Payload.Kind))];

    /// <summary>"Russia's Africa Corps", "Mali's army": an English genitive qualifies like a demonym; it does not say where.</summary>
    private static bool IsGenitive(TextDocument doc, int end) =>
        doc.Language == Language.English && doc.IsPunct(end, '\'') && end + 1 < doc.Tokens.Length && doc.TokenText(end + 1) is "s";
}
