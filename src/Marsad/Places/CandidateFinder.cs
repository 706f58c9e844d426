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
                NameNeeds.Nothing or NameNeeds.Country => true,
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

    /// <summary>
    /// Latin names that <paramref name="phonemes"/> spells, scored; only towns of some size on a weak licence, and none below
    /// <paramref name="minPrior"/>. <paramref name="closedEnd"/>: the spelling is Arabic and ends on a consonant letter.
    /// </summary>
    public List<PlaceCandidate> Sounding(string phonemes, Licence licence, double penalty, float minPrior = 0, bool closedEnd = false)
    {
        var key = Phonetics.Key(phonemes);
        var candidates = new List<PlaceCandidate>();
        if (key.Length == 0)
        {
            return candidates;
        }

        var threshold = licence == Licence.Strong ? PlaceScores.StrongSoundAlike : PlaceScores.WeakSoundAlike;
        List<(int Entry, double Score)>? best = null; // most keys spell nothing: no collections for them
        Dictionary<int, int>? positions = null;
        foreach (var posting in gazetteer.Sounding(key))
        {
            // The prior is a look-up and the spelling an edit distance: a place too unlikely is not spelled out.
            var prior = gazetteer.Prior(posting.Entry);
            if (prior < minPrior || (licence != Licence.Strong && prior < PlaceScores.ProminentPrior))
            {
                continue;
            }

            var score = Phonetics.Similarity(phonemes, gazetteer.Phonemes(posting), threshold + penalty, closedEnd) - penalty;
            if (score < threshold)
            {
                continue;
            }

            best ??= [];
            positions ??= [];
            if (!positions.TryGetValue(posting.Entry, out var at))
            {
                positions[posting.Entry] = best.Count;
                best.Add((posting.Entry, score));
            }
            else if (score > best[at].Score)
            {
                best[at] = (posting.Entry, score);
            }
        }

        if (best is null)
        {
            return candidates;
        }

        // A short key sounds like hundreds of names: keep the best spelled, then the likeliest, and let context choose among them.
        var kept = new (int Entry, double Score, float Prior, int Order)[best.Count];
        for (var k = 0; k < kept.Length; k++)
        {
            kept[k] = (best[k].Entry, best[k].Score, gazetteer.Prior(best[k].Entry), k);
        }

        Array.Sort(kept, static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : b.Prior != a.Prior ? b.Prior.CompareTo(a.Prior) : a.Order.CompareTo(b.Order));
        foreach (var (entry, score, _, _) in kept.AsSpan(0, Math.Min(kept.Length, PlaceScores.MaxCandidates)))
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
