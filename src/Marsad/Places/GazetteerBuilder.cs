using System.Collections.Immutable;
using Marsad.Text;

namespace Marsad.Places;

/// <summary>Collects entries and their names into the gazetteer's indexes.</summary>
internal sealed class GazetteerBuilder(AdminAffixes affixes, HashSet<string> arabicCueWords, Dictionary<string, NameNeeds> notPlaces)
{
    // An Arabic name of a small place (a village in Algeria, Libya or Chad) is as often an
    // ordinary word (السبت، على): it needs a preposition at least; short ones a place word.
    private const int ShortArabicName = 3;
    private const float ProminentPrior = 0.75f;

    private readonly List<GazetteerEntry> _entries = [];
    private readonly List<bool> _hasArabic = [];
    private readonly Dictionary<string, List<NamePosting>> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PhoneticPosting>> _sounds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countries = new(StringComparer.Ordinal);

    /// <summary>Adds an entry; <paramref name="gazetteerNames"/> says its Arabic names may carry a place word to strip ("منطقة غاو").</summary>
    public int Add(GazetteerEntry entry, IEnumerable<string> latinNames, IEnumerable<string> arabicNames, bool gazetteerNames = false)
    {
        var index = _entries.Count;
        _entries.Add(entry);
        _hasArabic.Add(false);
        _byId[entry.Id] = index;
        if (entry.Kind == PlaceKind.Country)
        {
            _countries[entry.CountryCode] = index;
        }

        foreach (var name in latinNames)
        {
            AddLatin(index, name, NameNeeds.Nothing, alias: false);
            if (entry.Kind.IsAdmin() && affixes.Strip(name) is { } bare)
            {
                AddLatin(index, bare, NameNeeds.Nothing, alias: false);
            }
        }

        foreach (var name in arabicNames)
        {
            AddArabic(index, name, NameNeeds.Nothing, alias: false, stripCue: gazetteerNames);
        }

        return index;
    }

    public int? Find(string id) => _byId.TryGetValue(id, out var index) ? index : null;

    /// <summary>Adds a curated name (either script) to an entry.</summary>
    public void AddAlias(int entry, string name, NameNeeds needs)
    {
        if (NameKeys.IsArabic(NameKeys.Compact(name)))
        {
            AddArabic(entry, name, needs, alias: true, stripCue: false);
        }
        else
        {
            AddLatin(entry, name, needs, alias: true);
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
            _names.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            _sounds.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            admin1,
            admin2,
            _countries,
            affixes,
            notPlaces.Where(p => p.Value == NameNeeds.Never).Select(p => p.Key).ToHashSet(StringComparer.Ordinal));
    }

    private void AddLatin(int entry, string name, NameNeeds needs, bool alias)
    {
        var key = NameKeys.Compact(name);
        if (key.Length < 2)
        {
            return;
        }

        Post(entry, key, notPlaces.GetValueOrDefault(key, needs), alias);
        var phonemes = Phonetics.FromLatin(key);
        var sound = Phonetics.Key(phonemes);
        if (sound.Length == 0)
        {
            return;
        }

        if (!_sounds.TryGetValue(sound, out var postings))
        {
            postings = [];
            _sounds[sound] = postings;
        }

        if (!postings.Exists(p => p.Entry == entry && p.Phonemes == phonemes))
        {
            postings.Add(new PhoneticPosting(entry, phonemes));
        }
    }

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

    private void Post(int entry, string key, NameNeeds needs, bool alias)
    {
        if (!_names.TryGetValue(key, out var postings))
        {
            postings = [];
            _names[key] = postings;
        }

        var existing = postings.FindIndex(p => p.Entry == entry);
        if (existing < 0)
        {
            postings.Add(new NamePosting(entry, needs, alias));
        }
        else if (needs < postings[existing].Needs)
        {
            postings[existing] = new NamePosting(entry, needs, alias || postings[existing].Alias);
        }
    }
}
