using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Marsad.Places;

/// <summary>
/// The loaded gazetteer: entries, their priors, and the indexes names are looked up in. Built
/// once by <see cref="GazetteerLoader"/>; immutable and safe to share across threads.
/// </summary>
internal sealed class Gazetteer
{
    private readonly PostingIndex<NamePosting> _names;
    private readonly PostingIndex<PhoneticPosting> _sounds;
    private readonly char[] _phonemes;
    private readonly Dictionary<string, Admin1Unit> _admin1;
    private readonly Dictionary<string, string> _admin2;
    private readonly Dictionary<string, int> _countries;

    public Gazetteer(
        ImmutableArray<GazetteerEntry> entries,
        float[] priors,
        PostingIndex<NamePosting> names,
        PostingIndex<PhoneticPosting> sounds,
        char[] phonemes, // the phonemes postings point into; may run on past the last one
        Dictionary<string, Admin1Unit> admin1,
        Dictionary<string, string> admin2,
        Dictionary<string, int> countries,
        AdminAffixes affixes,
        Dictionary<string, NameNeeds> commonWords)
    {
        _affixes = affixes;
        _commonWords = commonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Entries = entries;
        _priors = priors;
        _names = names;
        _sounds = sounds;
        _phonemes = phonemes;
        _admin1 = admin1;
        _admin2 = admin2;
        _countries = countries;
        NameCount = names.Count;
        SoundCount = sounds.Count;
        Covered = entries.Where(e => e.Kind.IsPopulated()).Select(e => e.CountryCode).ToFrozenSet(StringComparer.Ordinal);
    }

    private readonly float[] _priors;
    private readonly AdminAffixes _affixes;
    private readonly Dictionary<string, NameNeeds>.AlternateLookup<ReadOnlySpan<char>> _commonWords;

    public ImmutableArray<GazetteerEntry> Entries { get; }

    public int NameCount { get; }

    public int SoundCount { get; }

    /// <summary>Countries whose towns the gazetteer holds: where events can be placed (not France or Russia, named for their forces).</summary>
    public FrozenSet<string> Covered { get; }

    public float Prior(int entry) => _priors[entry];

    /// <summary>The entries a compact name key (see <see cref="NameKeys"/>) names exactly.</summary>
    public ReadOnlySpan<NamePosting> Named(ReadOnlySpan<char> key) => _names[key];

    /// <summary>The Latin names whose consonant key (see <see cref="Phonetics.Key(ReadOnlySpan{char})"/>) is <paramref name="key"/>.</summary>
    public ReadOnlySpan<PhoneticPosting> Sounding(ReadOnlySpan<char> key) => _sounds[key];

    /// <summary>The phonemes of the name behind a posting.</summary>
    public ReadOnlySpan<char> Phonemes(PhoneticPosting posting) => _phonemes.AsSpan(posting.Start, posting.Length);

    /// <summary>True for words that are never place names (see <c>not_places.tsv</c>, needs "never"), with the Arabic article or without.</summary>
    public bool IsNeverAName(ReadOnlySpan<char> key) => CommonWordNeeds(key) == NameNeeds.Never;

    /// <summary>
    /// True for the common words <c>not_places.tsv</c> lists, whatever they need to be read as a place: such a word does
    /// not continue another name (بوني يوم الاثنين is Boni on Monday, not one name that sounds like Bounioum).
    /// </summary>
    public bool IsCommonWord(ReadOnlySpan<char> key) => CommonWordNeeds(key) is not null;

    private NameNeeds? CommonWordNeeds(ReadOnlySpan<char> key) =>
        _commonWords.TryGetValue(key, out var needs) ? needs
        : key.StartsWith("ال", StringComparison.Ordinal) && _commonWords.TryGetValue(key[2..], out needs) ? needs : null;

    public Admin1Unit? Admin1(string? code) => code is not null && _admin1.TryGetValue(code, out var unit) ? unit : null;

    public string? Admin2Name(string? code) => code is not null && _admin2.TryGetValue(code, out var name) ? name : null;

    /// <summary>The entry of a country by ISO2 code, or -1.</summary>
    public int Country(string iso2) => _countries.TryGetValue(iso2, out var entry) ? entry : -1;

    /// <summary>An admin unit's name without its unit word ("Douentza Cercle" → "Douentza").</summary>
    public string BareName(GazetteerEntry entry) => _affixes.Strip(entry.Location) ?? entry.Location;

    public string CountryName(string iso2) => Country(iso2) is >= 0 and var entry ? Entries[entry].Location : iso2;
}
