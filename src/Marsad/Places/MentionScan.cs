using System.Collections.Immutable;
using Marsad.Lexicon;
using Marsad.Text;

namespace Marsad.Places;

/// <summary>
/// One pass over one document that finds its place mentions: at each word, a name (exact, or
/// spelled like a Latin name when the words before it say a place follows), then the phrase
/// around it (cue, relation, direction, distance). Holds the document's state; one per call.
/// </summary>
internal sealed partial class MentionScan
{
    private readonly Gazetteer _gazetteer;
    private readonly CandidateFinder _finder;
    private readonly TextDocument _doc;
    private readonly LexiconHits _hits;
    private readonly PhraseMatcher<string> _demonyms;
    private readonly List<PlaceMention> _mentions = [];

    // Names a place word announced, by their folded spelling: the same spelling again after a preposition is that place.
    private readonly Dictionary<string, NameMatch> _announced = new(StringComparer.Ordinal);

    // After "بين X" the next name joined by و / and / et is the other end.
    private int _betweenEnd = -1;

    // After a plural place word (قرى X، « les villages de X »), the kind of place every name of its list is.
    private PlaceCue? _list;

    public MentionScan(Gazetteer gazetteer, CandidateFinder finder, PlaceLexicon lexicon, PhraseMatcher<string> demonyms, TextDocument doc)
    {
        _demonyms = demonyms;
        _gazetteer = gazetteer;
        _finder = finder;
        _doc = doc;
        _hits = new LexiconHits(lexicon.Matcher.FindAll(doc), doc);
    }

    public ImmutableArray<PlaceMention> Run()
    {
        var i = 0;
        while (i < _doc.Tokens.Length)
        {
            var token = _doc.Tokens[i];
            // "على طريق بين دوري": a relation word (between, near) opens no name; the name, if any, follows it.
            if (!token.IsWord || _hits.Inside(i) || _hits.StartingAt(i, CueRole.Relation) is not null)
            {
                i++;
                continue;
            }

            var between = _betweenEnd >= 0 && i - _betweenEnd <= 1 && JoinsWithAnd(i);
            var dashed = !between && JoinsWithDash(i);
            var listed = Coordinated(i);
            var inList = _list is not null && listed;
            var coordinated = between || dashed || listed;
            // An Arabic end after a dash may be a transliteration only a sound-alike finds; a Latin one must be a name ("Gao – The army said" is no road).
            // A name listed after a plural place word is such a place, found or not ("the villages of X, Y and Z").
            var licence = between || inList || dashed && token.Kind == TokenKind.Arabic ? Licence.Strong : LicenceBefore(i);
            if (licence < Licence.Strong && token.Kind == TokenKind.Latin && ListedBeforePluralPlaceWord(i, listed) is { } after)
            {
                (licence, inList, _list) = (Licence.Strong, true, after);
            }

            // "وسط" is also "amid", "central" an adjective: after them only a name the gazetteer has as written is a place.
            var exactOnly = _hits.EndingAt(i, CueRole.Direction) is { Payload.Direction: "C" };
            var name = token.Kind == TokenKind.Arabic ? FindArabic(i, licence, coordinated, exactOnly) : FindLatin(i, licence, coordinated, exactOnly);
            var contained = name is null && licence < Licence.Strong && ContainerFollows(i + 1);
            if (contained)
            {
                // "في بارابولي بمنطقة الساحل", "à Tiloua, dans la région d'Ouallam": a unit named right after says a place came before it;
                // without so much as a preposition before, the word must at least spell a place.
                name = token.Kind == TokenKind.Arabic ? FindArabic(i, Licence.Strong, coordinated, exactOnly: false) : FindLatin(i, Licence.Strong, coordinated, exactOnly: false);
                name ??= licence > Licence.None ? UnknownName(i) : null;
            }

            if (name is null && !contained && licence == Licence.Weak && CountryOfPartAfter(i + 1) is { } country)
            {
                // "في بارسالي شمالي بوركينا فاسو", "à Tamba, dans l'ouest du Niger": a part of a country after the name says it is a
                // place in that country, so a village there that only sounds like the name is as good as after a place word.
                // Unknown words stay words.
                name = InCountry(token.Kind == TokenKind.Arabic ? FindArabic(i, Licence.Strong, coordinated, exactOnly: false) : FindLatin(i, Licence.Strong, coordinated, exactOnly: false), country);
            }

            if (name is null && licence == Licence.Weak && token.Kind == TokenKind.Latin && NamedAsAPlaceAfter(i + 1))
            {
                // « à Tassiga, une localité frontalière », "in Isige town": the place word after the name says it is one; only an exact name, not a sound-alike.
                name = FindLatin(i, Licence.Strong, coordinated, exactOnly: true) ?? UnknownName(i);
            }

            if (name is null && licence == Licence.Weak)
            {
                // "the villages of Kourakou and Tondobi … eight were killed in Tondobi": a sound-alike found after a place word is
                // found again where a mere preposition names it.
                name = AnnouncedBefore(i);
            }

            name ??= licence == Licence.Strong && !dashed && !exactOnly ? UnknownName(i) : null;

            if (name is null || name.EndToken <= _hits.WordEnd(i))
            {
                i++;
                continue;
            }

            var prefix = _doc.Folded[_doc.Tokens[name.FirstToken].NormStart..name.NormStart];
            var mention = Assemble(name, between || dashed) with { Announced = licence > Licence.None || coordinated || PrefixLicence(prefix, coordinated) > Licence.None };
            if (inList && mention.Cue == PlaceCue.None)
            {
                mention = mention with { Cue = _list!.Value };
            }

            if (inList && mention.FirstToken == name.FirstToken && _hits.EndingAt(mention.FirstToken, CueRole.From) is { } again)
            {
                // « de X, de Y et de Z »: the preposition said again is part of the item, so only commas and "and" part the items.
                mention = mention with { FirstToken = again.FirstToken, Span = _doc.SpanOfTokens(again.FirstToken, mention.EndToken) };
            }

            _list = _hits.EndingAt(mention.NameFirstToken, CueRole.Cue) is { Payload.List: true } plural ? plural.Payload.Cue : inList ? _list : null;
            if (dashed)
            {
                // "l'axe Djibo-Dori", "طريق غاو – أنسونغو", "the Gao-Ansongo road": the two ends of a road.
                _mentions[^1] = _mentions[^1] with { Relation = PlaceRelation.Between };
            }

            _betweenEnd = mention.Relation == PlaceRelation.Between && !between && !dashed ? mention.EndToken : -1;
            _mentions.Add(mention);
            if (name.Licence == Licence.Strong && name.Candidates.Count > 0)
            {
                _announced.TryAdd(_doc.Folded[name.NormStart..name.NormEnd], name);
            }

            i = mention.EndToken;
            if (token.Kind == TokenKind.Latin && mention.Cue != PlaceCue.None)
            {
                // « le village de Sobame Da »: the capitalised words a place word's name runs on with belong to that name (found
                // in part, or not at all), never to a place of their own.
                while (i - name.FirstToken < MaxNameWords && IsCapitalised(i) && !IsAllCapitals(i) && _hits.WordEnd(i) <= i)
                {
                    i++;
                }
            }
        }

        var mentions = _mentions.Select(MarkDateline).ToList();
        mentions.RemoveAll(IsNisbaWithTanween);
        var named = NamedCountries(mentions);
        if (named.Count > 0)
        {
            // An Arabic word taken on a preposition alone (في إطار) must name a place in a country the
            // article names; a capitalised Latin name is a name, unless it was only a sound-alike.
            mentions.RemoveAll(m => m.Licence < Licence.Strong && !m.Dateline
                && (_doc.Tokens[m.NameFirstToken].Kind == TokenKind.Arabic || m.Candidates.All(c => c.NameScore < 1))
                && !m.Candidates.Any(c => c.Place.Kind is PlaceKind.Country or PlaceKind.Capital || c.Place.Countries.Any(named.Contains)));
        }

        return [.. mentions];
    }

    /// <summary>The name a place word announced earlier in the article, spelt the same at token <paramref name="i"/> (its longest form).</summary>
    private NameMatch? AnnouncedBefore(int i)
    {
        if (_announced.Count == 0)
        {
            return null;
        }

        var ends = _doc.Tokens[i].Kind == TokenKind.Arabic ? NameEnds(_doc, i) : LatinNameEnds(i);
        var starts = _doc.Tokens[i].Kind == TokenKind.Arabic ? _doc.Readings(i).Select(r => _doc.Tokens[i].NormStart + r.StemStart) : [_doc.Tokens[i].NormStart];
        foreach (var start in starts)
        {
            for (var e = ends.Count - 1; e >= 0; e--)
            {
                if (_announced.GetValueOrDefault(_doc.Folded[start.._doc.Tokens[ends[e] - 1].NormEnd]) is { } earlier)
                {
                    return earlier with { FirstToken = i, EndToken = ends[e], NormStart = start, NormEnd = _doc.Tokens[ends[e] - 1].NormEnd };
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "جنديا نيجيريًا": a country's name written with the tanween of an indefinite accusative is its demonym agreeing with a
    /// noun (a name like نيجيريا never takes tanween), so it names no place.
    /// </summary>
    private bool IsNisbaWithTanween(PlaceMention mention) =>
        mention.Candidates.Length > 0 && mention.Candidates.All(c => c.Place.Kind == PlaceKind.Country)
        && _doc.CarriesTanween(mention.NameSpan);

    /// <summary>Countries the article names outright: country names, demonyms, the dateline's place.</summary>
    private HashSet<string> NamedCountries(List<PlaceMention> mentions)
    {
        var named = _demonyms.FindAll(_doc).Select(m => m.Payload).ToHashSet(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.Candidates.FirstOrDefault(c => c.Place.Kind == PlaceKind.Country) is { } country)
            {
                named.Add(country.Place.CountryCode);
            }
            else if (mention.Dateline && mention.Candidates.Length > 0)
            {
                named.Add(mention.Candidates[0].Place.CountryCode);
            }
        }

        return named;
    }

    /// <summary>True when token <paramref name="i"/> continues a list of places: "X، Y", "X وY", "X and Y".</summary>
    private bool Coordinated(int i)
    {
        if (_mentions.Count == 0 || _doc.SentenceOf(_mentions[^1].EndToken - 1) != _doc.SentenceOf(i))
        {
            return false;
        }

        // « les localités de X, de Y et de Z »: the preposition of a list's first name may be said again before each.
        if (_list is not null && _hits.EndingAt(i, CueRole.From) is { } again && again.FirstToken > _mentions[^1].EndToken)
        {
            i = again.FirstToken;
        }

        var gap = i - _mentions[^1].EndToken;
        var comma = gap >= 1 && _doc.IsComma(_mentions[^1].EndToken);
        return (gap == 0 && JoinsWithAnd(i)) || (gap == 1 && (comma || JoinsWithAnd(i))) || (gap == 2 && comma && JoinsWithAnd(i)); // "X, Y, and Z"
    }

    /// <summary>
    /// "Kango and Dangulbi villages", "X, Y and Z communities": the kind of place a plural place word after a list of names makes
    /// every name of it, found or not; null when no such word ends the names from token <paramref name="i"/>. A lone name before
    /// it ("Fulani villages") is one only as the last of a list already begun (<paramref name="listed"/>).
    /// </summary>
    private PlaceCue? ListedBeforePluralPlaceWord(int i, bool listed)
    {
        if (!IsCapitalised(i) || IsAllCapitals(i))
        {
            return null;
        }

        var (names, inName) = (0, false);
        var sentence = _doc.SentenceOf(i);
        for (var t = i; t < _doc.Tokens.Length && t - i < MaxListTokens && _doc.SentenceOf(t) == sentence; t++)
        {
            if (_hits.StartingAt(t, CueRole.CueAfter) is { Payload.List: true } plural)
            {
                return inName && (names >= 2 || listed) ? plural.Payload.Cue : null;
            }

            if (IsCapitalised(t) && !IsAllCapitals(t))
            {
                names += inName ? 0 : 1;
                inName = true;
            }
            else if (_doc.IsComma(t) || _doc.TokenText(t) is "and" or "et")
            {
                inName = false;
            }
            else if (!(inName && (NameJoiners.Contains(_doc.TokenString(t)) || _doc.IsPunct(t, '-') || _doc.IsPunct(t, '\''))))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A word right after a place word or relation that is written like a name but that no
    /// gazetteer entry matches ("قرب قرية تاغزاروتين"): a mention with no candidates, which
    /// resolves as unresolved with the article's country, never a made-up coordinate.
    /// </summary>
    private NameMatch? UnknownName(int i)
    {
        var token = _doc.Tokens[i];
        var demonyms = new List<Lexicon.PhraseMatch<string>>();
        _demonyms.FindAt(_doc, i, demonyms);
        if (_hits.WordEnd(i) > i || _gazetteer.IsNeverAName(_doc.TokenText(i)) || demonyms.Count > 0)
        {
            return null; // a place word, a common word, or "Nigerian"
        }

        if (token.Kind == TokenKind.Latin)
        {
            return IsCapitalised(i) && !IsAllCapitals(i) ? new NameMatch(i, i + 1, token.NormStart, token.NormEnd, [], Licence.Strong) : null;
        }

        // Not a definite noun (البلاد), nor a word ending like a verb or a possessed noun (تواصلت، خلافته).
        var reading = Readings(i, Coordinated(i), conjunctionOnly: true).FirstOrDefault(r => !r.Prefix.Contains("ال", StringComparison.Ordinal) && !r.Stem.StartsWith("ال", StringComparison.Ordinal)
            && !r.Stem.EndsWith('ت') && !r.Stem.EndsWith('ه') && LooksTransliterated(r.Stem, i, i + 1, Licence.Strong) >= MinSoundAlikeLetters + 1);
        return reading == default ? null : new NameMatch(i, i + 1, token.NormStart + reading.StemStart, token.NormEnd, [], Licence.Strong);
    }

    /// <summary>True when a place word follows a one-word name at token <paramref name="i"/>: "Isige town", « Tassiga, une localité », "Gumsa, a village".</summary>
    private bool NamedAsAPlaceAfter(int i) =>
        i < _doc.Tokens.Length && (_hits.StartingAt(i, CueRole.CueAfter) is { Payload.List: false } || _doc.IsPunct(i, ',') && _hits.StartingAt(i + 1, CueRole.Apposition) is not null);

    /// <summary>
    /// True when an admin unit's place word starts at token <paramref name="i"/>, after a preposition or a
    /// comma or none ("بمنطقة الساحل", "في ولاية بورنو", ", dans la région de Tillabéri", "in Borno state" is not: the unit word comes last).
    /// </summary>
    private bool ContainerFollows(int i)
    {
        i = SkipToCue(i);

        // "المنطقة" refers back to a region already named ("أهالي المنطقة"); "منطقة غاو" names one.
        return _hits.StartingAt(i, CueRole.Cue) is { Payload.Cue: PlaceCue.Region or PlaceCue.Province or PlaceCue.District or PlaceCue.Commune } cue
               && !cue.Prefix.EndsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>The first token past a comma, a preposition and an article after a name: where a unit or a part of a country that holds it would be named.</summary>
    private int SkipToCue(int i)
    {
        if (_doc.IsComma(i))
        {
            i++;
        }

        if (_hits.StartingAt(i, CueRole.Preposition) is { } preposition)
        {
            i = preposition.EndToken;
        }

        if (i < _doc.Tokens.Length && _doc.Tokens[i].Kind == TokenKind.Latin && NameJoiners.Contains(_doc.TokenString(i)))
        {
            i += _doc.IsPunct(i + 1, '\'') ? 2 : 1; // dans la région de, dans l'État de
        }

        return i;
    }

    /// <summary>The country (ISO2) when a direction and its name start at token <paramref name="i"/>: "شمالي مالي", « , dans le nord du Niger », "in northern Nigeria".</summary>
    private string? CountryOfPartAfter(int i)
    {
        i = SkipToCue(i);
        if (_hits.StartingAt(i, CueRole.Direction) is not { } direction || direction.EndToken >= _doc.Tokens.Length)
        {
            return null;
        }

        var name = _doc.Tokens[direction.EndToken].Kind == TokenKind.Arabic
            ? FindArabic(direction.EndToken, Licence.Strong, coordinated: false, exactOnly: true)
            : FindLatin(direction.EndToken, Licence.Strong, coordinated: false, exactOnly: true);
        return name?.Candidates.FirstOrDefault(c => c.Place.Kind == PlaceKind.Country && c.NameScore >= 1)?.Place.CountryCode;
    }

    /// <summary>The name's candidates in <paramref name="country"/>, or no name when none is there.</summary>
    private static NameMatch? InCountry(NameMatch? name, string country) =>
        name?.Candidates.Where(c => c.Place.Countries.Contains(country)).ToList() is { Count: > 0 } inside ? name with { Candidates = inside } : null;

    /// <summary>True when token <paramref name="i"/> follows a place just named and a dash: the other end of a road ("Gao-Ansongo").</summary>
    private bool JoinsWithDash(int i) =>
        _mentions.Count > 0 && _mentions[^1].EndToken == i - 1 && _mentions[^1].Relation is PlaceRelation.At or PlaceRelation.Near && !MarkDateline(_mentions[^1]).Dateline
        && _doc.IsPunct(i - 1, '-') && _doc.SentenceOf(i) == _doc.SentenceOf(i - 1)
        && _mentions[^1].Candidates.Length > 0 && !_mentions[^1].Candidates.Any(c => c.Place.Kind == PlaceKind.Country);

    /// <summary>True when token <paramref name="i"/> carries و or follows "and", "et" or "و" (or a road's "pour", "vers", "à", "to", "for").</summary>
    private bool JoinsWithAnd(int i)
    {
        if (_doc.Tokens[i].Kind == TokenKind.Arabic && _doc.TokenText(i).StartsWith("و"))
        {
            return true;
        }

        // A road's far end: « quittant Douentza pour Boni », « reliant Gao à Ansongo », "travelling from Gao to Ansongo".
        return i > 0 && _doc.TokenText(i - 1) is "and" or "et" or "or" or "ou" or "و" or "pour" or "vers" or "à" or "to" or "for";
    }

    private Licence LicenceBefore(int i)
    {
        if (_hits.EndingAt(i, CueRole.Cue) is not null || _hits.EndingAt(i, CueRole.Relation) is not null || _hits.EndingAt(i, CueRole.Direction) is not null)
        {
            return Licence.Strong;
        }

        if (_hits.EndingAt(i, CueRole.From) is { } from && (_hits.EndingAt(from.FirstToken, CueRole.Unit) is not null || _hits.EndingAt(from.FirstToken, CueRole.Direction) is not null))
        {
            return Licence.Strong; // 30 كيلومترا من X
        }

        return _hits.EndingAt(i, CueRole.Preposition) is not null || _hits.EndingAt(i, CueRole.From) is not null ? Licence.Weak : Licence.None;
    }

    /// <summary>
    /// A mention at the start of the first or second line of text (blank lines aside), followed by a dash, comma or colon,
    /// is a dateline: a headline may come first (« Titre\n\nBAMAKO, 3 fév (AMAP) – … »).
    /// </summary>
    private PlaceMention MarkDateline(PlaceMention mention)
    {
        var linesBefore = 0;
        var wordsOnLine = false;
        for (var t = 0; t < mention.FirstToken; t++)
        {
            if (_doc.Tokens[t].Kind == TokenKind.LineBreak && wordsOnLine)
            {
                if (++linesBefore > 1)
                {
                    return mention; // past the second line: no need to read the rest of the text before it
                }

                wordsOnLine = false;
            }
            else if (_doc.Tokens[t].IsWord)
            {
                wordsOnLine = true;
            }
        }

        if (wordsOnLine)
        {
            return OutletDateline(mention) ? mention with { Dateline = true } : mention;
        }

        var next = mention.EndToken;
        var dateline = next < _doc.Tokens.Length && (_doc.IsPunct(next, '-') || _doc.IsPunct(next, ',') || _doc.IsPunct(next, ':') || _doc.IsPunct(next, '('));
        return dateline ? mention with { Dateline = true } : mention;
    }

    // How many words an outlet's name before its dateline's parenthesis may have.
    private const int OutletNameWords = 3;

    // How far a list of names may run before the plural place word that ends it.
    private const int MaxListTokens = 16;

    /// <summary>
    /// The outlet's own name, then the place in parentheses and a dash (« الوكالة (المدينة) - »), at the start of a line:
    /// where the outlet wrote from, a dateline like one opening the line.
    /// </summary>
    private bool OutletDateline(PlaceMention mention)
    {
        var open = mention.FirstToken - 1;
        var close = mention.EndToken;
        if (!_doc.IsPunct(open, '(') || !_doc.IsPunct(close, ')') || !DashAfter(close))
        {
            return false;
        }

        var words = 0;
        for (var t = open - 1; t >= 0 && _doc.Tokens[t].Kind != TokenKind.LineBreak; t--)
        {
            if (!_doc.Tokens[t].IsWord || ++words > OutletNameWords)
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>A dash after the token, or the Arabic kashida standing for one (folding drops it, so it is read in the original).</summary>
    private bool DashAfter(int token)
    {
        if (_doc.IsPunct(token + 1, '-'))
        {
            return true;
        }

        var from = _doc.SpanOfTokens(token, token + 1).End;
        var to = token + 1 < _doc.Tokens.Length ? _doc.SpanOfTokens(token + 1, token + 2).Start : _doc.Original.Length;
        return _doc.Original.AsSpan(from, to - from).Contains('\u0640');
    }
}
