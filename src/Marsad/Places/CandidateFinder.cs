namespace Marsad.Places;

/// <summary>Finds the entries a written name may be: exact names whose needs are met, and Latin names it spells.</summary>
internal sealed class CandidateFinder(Gazetteer gazetteer)
{
    /// <summary>The entries of exact-name postings whose needs the context meets.</summary>
    public List<PlaceCandidate> Admit(ReadOnlySpan<NamePosting> postings, Licence licence, bool startsWithCue)
    {
        if (postings.IsEmpty)
        {
            return [];
        }

        var candidates = new List<PlaceCandidate>(postings.Length);
        foreach (var posting in postings)
        {
            var met = posting.Needs switch
            {
                NameNeeds.Nothing => true,
                NameNeeds.Preposition => licence >= Licence.Weak || startsWithCue,
                NameNeeds.Cue => licence == Licence.Strong || startsWithCue,
                NameNeeds.CueAndCountry => licence == Licence.Strong || startsWithCue,
                _ => false,
            };
            if (met)
            {
                candidates.Add(Candidate(posting.Entry, 1, posting.Needs, posting.Alias, soundKey: null));
            }
        }

        return Ranked(candidates);
    }

    /// <summary>Latin names that <paramref name="phonemes"/> spells, scored; only towns of some size on a weak licence, and none below <paramref name="minPrior"/>.</summary>
    public List<PlaceCandidate> Sounding(string phonemes, Licence licence, double penalty, float minPrior = 0)
    {
        var key = Phonetics.Key(phonemes);
        var candidates = new List<PlaceCandidate>();
        if (key.Length == 0)
        {
            return candidates;
        }

        var threshold = licence == Licence.Strong ? PlaceScores.StrongSoundAlike : PlaceScores.WeakSoundAlike;
        var best = new Dictionary<int, double>();
        foreach (var posting in gazetteer.Sounding(key))
        {
            // The prior is a look-up and the spelling an edit distance: a place too unlikely is not spelled out.
            var prior = gazetteer.Prior(posting.Entry);
            if (prior < minPrior || (licence != Licence.Strong && prior < PlaceScores.ProminentPrior))
            {
                continue;
            }

            var score = Phonetics.Similarity(phonemes, gazetteer.Phonemes(posting)) - penalty;
            if (score >= threshold && (!best.TryGetValue(posting.Entry, out var previous) || score > previous))
            {
                best[posting.Entry] = score;
            }
        }

        // A short key sounds like hundreds of names: keep the best spelled, then the likeliest, and let context choose among them.
        var kept = best.Select(p => (Entry: p.Key, NameScore: p.Value, Prior: gazetteer.Prior(p.Key)))
            .OrderByDescending(p => p.NameScore).ThenByDescending(p => p.Prior)
            .Take(PlaceScores.MaxCandidates);
        foreach (var (entry, score, _) in kept)
        {
            candidates.Add(Candidate(entry, score, NameNeeds.Nothing, alias: false, key));
        }

        return Ranked(candidates);
    }

    private PlaceCandidate Candidate(int entry, double nameScore, NameNeeds needs, bool alias, string? soundKey)
    {
        var prior = gazetteer.Prior(entry);
        var score = PlaceScores.NameWeight * nameScore + (1 - PlaceScores.NameWeight) * prior;
        return new PlaceCandidate(gazetteer.Entries[entry], score) { NameScore = nameScore, Entry = entry, Needs = needs, Alias = alias, SoundKey = soundKey };
    }

    private static List<PlaceCandidate> Ranked(List<PlaceCandidate> candidates)
    {
        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        if (candidates.Count > PlaceScores.MaxCandidates)
        {
            candidates.RemoveRange(PlaceScores.MaxCandidates, candidates.Count - PlaceScores.MaxCandidates);
        }

        return candidates;
    }
}
