using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Marsad.Text;

namespace Marsad.Places;

/// <summary>Collects entries and their names into the gazetteer's indexes.</summary>
internal sealed class GazetteerBuilder(AdminAffixes affixes, HashSet<string> arabicCueWords, Dictionary<string, NameNeeds> notPlaces)
{
    // An Arabic name of a small place (a village in Algeria, Libya or Chad) is as often an
    // ordinary word (السبت، على): it needs a preposition at least; short ones a place word.
    private const int ShortArabicName = 3;
    private const float ProminentPrior = 0.75f;
    private const int RepeatsLookedAt = 8;

    private readonly List<GazetteerEntry> _entries = new(210_000);
    private readonly List<bool> _hasArabic = new(210_000);
    // Sized for the shipped gazetteer (about 200,000 name keys and 40,000 consonant keys).
    private readonly PostingIndex<NamePosting>.Builder _names = new(keys: 240_000, postings: 420_000);
    private readonly PostingIndex<PhoneticPosting>.Builder _sounds = new(keys: 48_000, postings: 420_000);
    private readonly Dictionary<long, int> _byGeonameId = new(210_000);
    private readonly Dictionary<string, int> _byOtherId = new(StringComparer.Ordinal);
    private readonly List<char> _phonemes = new(3_000_000);
    private readonly Dictionary<string, int> _countries = new(StringComparer.Ordinal);

    /// <summary>Adds a curated entry (country, area) with its names.</summary>
    public int Add(GazetteerEntry entry, IEnumerable<string> latinNames, IEnumerable<string> arabicNames) =>
        Add(entry, LatinNames.Keys(latinNames), arabicNames, gazetteerNames: false, sounds: true);

    /// <summary>Adds the rows of <c>places.tsv</c>, in order, with their names.</summary>
    public void AddPlaces(PlaceRow[] rows)
    {
        var first = _entries.Count;

        // The sound index needs nothing from the entries or the name index, so it is built beside them on another core.
        var sounds = Task.Run(() =>
        {
            for (var i = 0; i < rows.Length; i++)
            {
                foreach (var key in rows[i].LatinKeys)
                {
                    AddSound(first + i, key);
                }
            }
        });
        foreach (var row in rows)
        {
            Add(row.Entry, row.LatinKeys, row.Arabic, gazetteerNames: true, sounds: false);
        }

        sounds.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Adds an entry by the compact keys of its Latin names; <paramref name="gazetteerNames"/> says its Arabic names
    /// may carry a place word to strip ("منطقة غاو"); <paramref name="sounds"/> whether to post the Latin names' consonant keys here.
    /// </summary>
    // Called for each of two hundred thousand places once per process: tier-0 code would do most of the work before the method is recompiled.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Add(GazetteerEntry entry, IReadOnlyList<string> latinKeys, IEnumerable<string> arabicNames, bool gazetteerNames, bool sounds)
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

        foreach (var key in latinKeys)
        {
            AddLatin(index, key, NameNeeds.Nothing, alias: false, sounds);
        }

        foreach (var name in arabicNames)
        {
            AddArabic(index, name, NameNeeds.Nothing, alias: false, stripCue: gazetteerNames);
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
            AddLatin(entry, NameKeys.Compact(name), needs, alias: true, sounds: true);
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
            [.. _phonemes],
            admin1,
            admin2,
            _countries,
            affixes,
            notPlaces.Where(p => p.Value == NameNeeds.Never).Select(p => p.Key).ToHashSet(StringComparer.Ordinal));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddLatin(int entry, string key, NameNeeds needs, bool alias, bool sounds)
    {
        if (key.Length < 2)
        {
            return;
        }

        Post(entry, key, notPlaces.GetValueOrDefault(key, needs), alias);
        if (sounds)
        {
            AddSound(entry, key);
        }
    }

    /// <summary>Posts the consonant key of a Latin name; touches only the sound index and the phoneme buffer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddSound(int entry, string key)
    {
        if (key.Length < 2)
        {
            return;
        }

        Span<char> phonemes = stackalloc char[key.Length * 2 + 2];
        phonemes = phonemes[..Phonetics.FromLatin(key, phonemes)];
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

            if (System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_phonemes).Slice(posting.Start, posting.Length).SequenceEqual(phonemes))
            {
                return;
            }
        }

        _sounds.Add(slot, new PhoneticPosting(entry, _phonemes.Count, phonemes.Length));
        _phonemes.AddRange(phonemes);
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
        Post(entry, key, notPlaces.GetValueOrDefault(key, needs), alias);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Post(int entry, string key, NameNeeds needs, bool alias)
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
