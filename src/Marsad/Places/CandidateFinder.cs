namespace Marsad.Places;

/// <summary>Finds the entries a written name may be: exact names whose needs are met, and Latin names it spells.</summary>
internal sealed class CandidateFinder(Gazetteer gazetteer)
{
    /// <summary>The entries of exact-name postings whose needs the context meets.</summary>
    public List<PlaceCandidate> Admit(ReadOnlySpan<NamePosting> postings, Licence licence, bool startsWithCue)
    {
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
                candidates.Add(Candidate(posting.Entry, 1, posting.Alias ? "curated alias" : "exact name", posting.Needs));
            }
        }

        return Ranked(candidates);
    }

    /// <summary>Latin names that <paramref name="phonemes"/> spells, scored; only towns of some size on a weak licence.</summary>
    public List<PlaceCandidate> Sounding(string phonemes, Licence licence, double penalty)
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
            var score = Phonetics.Similarity(phonemes, gazetteer.Phonemes(posting)) - penalty;
            if (score >= threshold && (licence == Licence.Strong || gazetteer.Prior(posting.Entry) >= PlaceScores.ProminentPrior)
                && (!best.TryGetValue(posting.Entry, out var previous) || score > previous))
            {
                best[posting.Entry] = score;
            }
        }

        foreach (var (entry, score) in best)
        {
            candidates.Add(Candidate(entry, score, $"sounds like {gazetteer.Entries[entry].Name}: {key} {score:0.00}", NameNeeds.Nothing));
        }

        return Ranked(candidates);
    }

    private PlaceCandidate Candidate(int entry, double nameScore, string reason, NameNeeds needs)
    {
        var prior = gazetteer.Prior(entry);
        var score = PlaceScores.NameWeight * nameScore + (1 - PlaceScores.NameWeight) * prior;
        return new PlaceCandidate(gazetteer.Entries[entry], score, reason) { NameScore = nameScore, Entry = entry, Needs = needs };
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
