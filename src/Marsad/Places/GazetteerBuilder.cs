using System.Runtime.CompilerServices;
using Marsad.Text;

namespace Marsad.Places;

/// <summary>Collects entries and their names into the gazetteer's indexes.</summary>
internal sealed class GazetteerBuilder(AdminAffixes affixes, HashSet<string> arabicCueWords, Dictionary<string, NameNeeds> notPlaces)
{
    private readonly Dictionary<string, NameNeeds>.AlternateLookup<ReadOnlySpan<char>> _notPlaces = notPlaces.GetAlternateLookup<ReadOnlySpan<char>>();
    // An Arabic name of a small place (a village in Algeria, Libya or Chad) is as often an
    // ordinary word (السبت، على): it needs a preposition at least; short ones a place word.
    private const int ShortArabicName = 3;
    private const string ArabicArticle = "ال";
    private const float ProminentPrior = 0.75f;
    private const int RepeatsLookedAt = 8;

    private readonly List<GazetteerEntry> _entries = new(210_000);
    private readonly List<bool> _hasArabic = new(210_000);
    // Sized for the shipped gazetteer (about 200,000 name keys with 260,000 postings, 37,000 consonant
    // keys with 240,000 postings and 1.75 million phonemes), so no big array is copied while it grows.
    private readonly PostingIndex<NamePosting>.Builder _names = new(keys: 210_000, characters: 2_000_000, postings: 270_000);
    private readonly PostingIndex<PhoneticPosting>.Builder _sounds = new(keys: 40_000, characters: 250_000, postings: 250_000);
    private readonly Dictionary<long, int> _byGeonameId = new(210_000);
    private readonly Dictionary<string, int> _byOtherId = new(StringComparer.Ordinal);
    private char[] _phonemes = new char[1_800_000];
    private int _phonemeCount;
    private readonly Dictionary<string, int> _countries = new(StringComparer.Ordinal);

    /// <summary>Adds a curated entry (country, area) with its names.</summary>
    public int Add(GazetteerEntry entry, IEnumerable<string> latinNames, IEnumerable<string> arabicNames)
    {
        var index = NewEntry(entry);
        foreach (var key in LatinNames.Keys(latinNames))
        {
            AddLatin(index, key, NameNeeds.Nothing, alias: false);
        }

        AddArabicNames(index, arabicNames, gazetteerNames: false);
        return index;
    }

    /// <summary>Adds the rows of <c>places.tsv</c>, in order, with their precomputed keys and names.</summary>
    public void AddPlaces(PlacesTable table)
    {
        var (text, rows) = (table.Text, table.Rows);
        var first = _entries.Count;

        // The sound index needs nothing from the entries or the name index, so it is built beside them on another core.
        var sounds = Task.Run(() =>
        {
            Span<char> phonemes = stackalloc char[MaxCell];
            for (var i = 0; i < rows.Length; i++)
            {
                var cell = text.AsSpan(rows[i].Phonemes);
                foreach (var range in cell.Split((byte)'|'))
                {
                    AddSound(first + i, Decode(cell[range], phonemes));
                }
            }
        });
        Span<char> key = stackalloc char[MaxCell];
        foreach (var row in rows)
        {
            var entry = NewEntry(row.Entry);
            var cell = text.AsSpan(row.Keys);
            foreach (var range in cell.Split((byte)'|'))
            {
                PostLatin(entry, Decode(cell[range], key), NameNeeds.Nothing, alias: false);
            }

            AddArabicNames(entry, row.Arabic, gazetteerNames: true);
        }

        sounds.GetAwaiter().GetResult();
    }

    // Keys are decoded into a stack buffer; one longer than this (no place name is) gets a string of its own.
    private const int MaxCell = 256;

    private static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> utf8, Span<char> buffer) =>
        utf8.Length <= buffer.Length ? buffer[..System.Text.Encoding.UTF8.GetChars(utf8, buffer)] : System.Text.Encoding.UTF8.GetString(utf8);

    /// <summary>Arabic names; <paramref name="gazetteerNames"/> says they may carry a place word to strip ("منطقة غاو").</summary>
    private void AddArabicNames(int entry, IEnumerable<string> names, bool gazetteerNames)
    {
        foreach (var name in names)
        {
            AddArabic(entry, name, NameNeeds.Nothing, alias: false, stripCue: gazetteerNames);
        }
    }

    private int NewEntry(GazetteerEntry entry)
    {
        var index = _entries.Count;
        _entries.Add(entry);
        _hasArabic.Add(false);
        if (entry.GeonameId is { } geonameId)
        {
            _byGeonameId[geonameId] = index;
        }
        else
        {
            _byOtherId[entry.Id] = index;
        }
        if (entry.Kind == PlaceKind.Country)
        {
            _countries[entry.CountryCode] = index;
        }

        return index;
    }

    public int? Find(string id) =>
        long.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var geonameId)
            ? _byGeonameId.TryGetValue(geonameId, out var index) ? index : null
            : _byOtherId.TryGetValue(id, out var other) ? other : null;

    /// <summary>Adds a curated name (either script) to an entry.</summary>
    public void AddAlias(int entry, string name, NameNeeds needs)
    {
        if (NameKeys.IsArabic(NameKeys.Compact(name)))
        {
            AddArabic(entry, name, needs, alias: true, stripCue: false);
        }
        else
        {
            AddLatin(entry, NameKeys.Compact(name), needs, alias: true);
        }
    }

    public Gazetteer Build(Dictionary<string, Admin1Unit> admin1, Dictionary<string, string> admin2)
    {
        var priors = new float[_entries.Count];
        for (var i = 0; i < priors.Length; i++)
        {
            priors[i] = PlaceKinds.Prior(_entries[i], _hasArabic[i]);
        }

        return new Gazetteer(
            [.. _entries],
            priors,
            _names.Build(),
            _sounds.Build(),
            _phonemes,
            admin1,
            admin2,
            _countries,
            affixes,
            notPlaces);
    }

    /// <summary>A curated Latin name: its key and, unlike <c>places.tsv</c>'s, its phonemes computed here.</summary>
    private void AddLatin(int entry, string key, NameNeeds needs, bool alias)
    {
        PostLatin(entry, key, needs, alias);
        AddSound(entry, PlaceKeys.Phonemes(key));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PostLatin(int entry, ReadOnlySpan<char> key, NameNeeds needs, bool alias)
    {
        if (key.Length >= PlaceKeys.MinLength)
        {
            Post(entry, key, _notPlaces.TryGetValue(key, out var listed) ? listed : needs, alias);
        }
    }

    /// <summary>Posts the consonant key of a Latin name's phonemes; touches only the sound index and the phoneme buffer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddSound(int entry, ReadOnlySpan<char> phonemes)
    {
        Span<char> sound = stackalloc char[phonemes.Length];
        sound = sound[..Phonetics.Key(phonemes, sound)];
        if (sound.Length == 0)
        {
            return;
        }

        // An entry's names are added one after another: only its own latest postings can repeat.
        var slot = _sounds.Slot(sound);
        for (var (pair, seen) = (_sounds.Newest(slot), 0); pair >= 0 && seen < RepeatsLookedAt; pair = _sounds.Previous(pair), seen++)
        {
            var posting = _sounds.Posting(pair);
            if (posting.Entry != entry)
            {
                break;
            }

            if (_phonemes.AsSpan(posting.Start, posting.Length).SequenceEqual(phonemes))
            {
                return;
            }
        }

        if (_phonemeCount + phonemes.Length > _phonemes.Length)
        {
            Array.Resize(ref _phonemes, Math.Max(_phonemes.Length * 2, _phonemeCount + phonemes.Length));
        }

        _sounds.Add(slot, new PhoneticPosting(entry, _phonemeCount, phonemes.Length));
        phonemes.CopyTo(_phonemes.AsSpan(_phonemeCount));
        _phonemeCount += phonemes.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddArabic(int entry, string name, NameNeeds needs, bool alias, bool stripCue)
    {
        if (name.Contains('،') || name.Contains(',') || name.Contains('('))
        {
            return; // "كايا، بوركينا فاسو": a label with its country, not a name
        }

        var words = CharFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = stripCue && words.Length > 1 && arabicCueWords.Contains(words[0]) ? 1 : 0; // "منطقة غاو" is Gao
        var key = string.Concat(words[first..]);
        if (key.Length < 2)
        {
            return;
        }

        var prominent = PlaceKinds.Prior(_entries[entry], hasArabicName: false) >= ProminentPrior;
        if (needs == NameNeeds.Nothing && !prominent)
        {
            needs = key.Length <= ShortArabicName ? NameNeeds.Cue : NameNeeds.Preposition;
        }

        _hasArabic[entry] = true;
        Post(entry, key, _notPlaces.TryGetValue(key, out var listed) || _notPlaces.TryGetValue(WithoutArticle(key), out listed) ? listed : needs, alias);
    }

    /// <summary>"البيان" is "بيان" with the article: a common word listed without it is common with it too.</summary>
    private static string WithoutArticle(string key) => key.StartsWith(ArabicArticle, StringComparison.Ordinal) ? key[ArabicArticle.Length..] : key;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Post(int entry, ReadOnlySpan<char> key, NameNeeds needs, bool alias)
    {
        // Gazetteer names arrive entry by entry, so a repeat is the newest posting; aliases come later and search.
        var slot = _names.Slot(key);
        for (var pair = _names.Newest(slot); pair >= 0; pair = _names.Previous(pair))
        {
            var posting = _names.Posting(pair);
            if (posting.Entry == entry)
            {
                if (needs < posting.Needs)
                {
                    _names.Replace(pair, new NamePosting(entry, needs, alias || posting.Alias));
                }

                return;
            }

            if (!alias)
            {
                break;
            }
        }

        _names.Add(slot, new NamePosting(entry, needs, alias));
    }
}
