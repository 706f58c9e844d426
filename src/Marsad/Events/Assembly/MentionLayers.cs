using System.Collections.Immutable;
using Marsad.Actors;
using Marsad.Countries;
using Marsad.Numbers;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events.Assembly;

/// <summary>A background construction (<see cref="BackgroundCueKind"/>), as event assembly needs it.</summary>
/// <param name="FirstToken">First token of the cue.</param>
/// <param name="EndToken">One past its last token.</param>
/// <param name="Span">Original span.</param>
/// <param name="Kind">What kind of background it tells.</param>
internal sealed record BackgroundAnchor(int FirstToken, int EndToken, TextSpan Span, BackgroundCueKind Kind)
{
    /// <summary>"At that time" (آنذاك، حينها): the time of an event told before, not necessarily the past.</summary>
    public bool PointsBack => Kind == BackgroundCueKind.Then;

    /// <summary>"Soon after" (سرعان ما): its clause follows on from the event told before, in that event's time, past or present.</summary>
    public bool FollowsOn => Kind == BackgroundCueKind.Afterwards;

    /// <summary>A remembrance (ذكرى، أحيا): the date before it is the ceremony's, not the event's after it.</summary>
    public bool Anniversary => Kind == BackgroundCueKind.Anniversary;

    /// <summary>"Comes after" (يأتي … بعد): only what follows it is earlier, not the news it opens with.</summary>
    public bool ScopeAfter => Kind is BackgroundCueKind.ComesAfter or BackgroundCueKind.ComesLongAfter;

    /// <summary>"Comes weeks after" (survient deux semaines après): a known event it refers back to is past even when the text does not date it.</summary>
    public bool LongAfter => Kind == BackgroundCueKind.ComesLongAfter;

    /// <summary>"since" (منذ، depuis): a date after it is the starting point's, not that of an event told before it.</summary>
    public bool Since => Kind is BackgroundCueKind.Since or BackgroundCueKind.Comparison;

    /// <summary>"the deadliest since …": the period counts back from the news; it sets no sentence in the past.</summary>
    public bool Comparison => Kind == BackgroundCueKind.Comparison;

    /// <summary>A month or year named as past in an article of unknown date: it dates its own clause, on either side of the trigger.</summary>
    public bool PastPeriod => Kind == BackgroundCueKind.PastPeriod;
}

/// <summary>Every mention layer of one document, with lookups by token that event assembly needs.</summary>
internal sealed class MentionLayers
{
    // How far a statement's own words (its date, where it was issued) reach from the reporting word and to its "that".
    private const int StatementReach = 6;

    private readonly int[] _clauseOfToken;
    private readonly ActorMention?[] _actorAt;
    private readonly bool[] _dateWord;
    private readonly SyntaxWords _syntax;
    private readonly Lazy<PlaceAnchor?> _mainPlace;
    private IReadOnlyDictionary<string, Actor> _groupOfPerson = ImmutableDictionary<string, Actor>.Empty;

    public MentionLayers(TextDocument doc, DateOnly? reference, EventPlace? articleCountry, ImmutableArray<TriggerMention> triggers,
        ImmutableArray<ActorMention> actors, ImmutableArray<PersonMention> persons, ImmutableArray<NumberMention> numbers,
        ImmutableArray<MoneyMention> money, ImmutableArray<CountryMention> countries, ImmutableArray<DateAnchor> dates,
        ImmutableArray<PlaceAnchor> places, ImmutableArray<CueMention> cues, ImmutableArray<BackgroundAnchor> background, SyntaxWords syntax, ActTable acts,
        ImmutableArray<Time.DateMention> dateWords)
    {
        _syntax = syntax;
        Acts = acts;
        _mainPlace = new Lazy<PlaceAnchor?>(() => places
            // A capital named for its government or as a destination is not the article's own place, nor is a road; an event there is placed by its own sentence.
            .Where(p => !p.IsCountry && !p.Capital && !p.Between && !p.Place.Unresolved && p.Place.Location is not null && IsEventPlace(p))
            .GroupBy(p => p.Place.Location)
            // A region stands in for its capital's coordinates, but does not name the capital: it does not count as a mention of it.
            .OrderByDescending(g => g.Count(p => p.Place.GeoPrecision < 3)).ThenByDescending(g => g.Count()).ThenBy(g => g.Min(p => p.FirstToken))
            .Select(g => g.OrderBy(p => p.Place.GeoPrecision).First())
            .FirstOrDefault());
        Doc = doc;
        Grammar = syntax.GrammarOf(doc.Language);
        Reference = reference;
        ArticleCountryPlace = articleCountry;
        Triggers = triggers;
        Actors = actors;
        Persons = persons;
        Numbers = numbers;
        Money = money;
        Countries = countries;
        Dates = dates;
        Places = places;
        Cues = cues;
        Background = background;
        _clauseOfToken = Clauses.Segment(doc, triggers, cues, !Grammar.SubjectAfterVerb);
        DateWords = dateWords;
        _dateWord = new bool[doc.Tokens.Length];
        foreach (var date in dateWords)
        {
            Array.Fill(_dateWord, true, date.FirstToken, date.EndToken - date.FirstToken);
        }

        _actorAt = new ActorMention?[doc.Tokens.Length + 1];
        foreach (var actor in actors)
        {
            _actorAt[actor.FirstToken] = actor;
        }

        _sources = [.. cues.Where(c => c.Kind == CueKind.Source && !ObjectOfAnAct(c))];
    }

    // How far before a word of residents an act may end for the residents to be what it was done to ("هاجم المسلحون سكان").
    private const int ActObjectReach = 3;

    private readonly ImmutableArray<CueMention> _sources;

    /// <summary>
    /// "هاجم المسلحون سكان قرية X"، "هجوم على سكان X": residents right after an act, in its clause, are whom it struck, not a
    /// source; the village after them is where it happened.
    /// </summary>
    private bool ObjectOfAnAct(CueMention cue) =>
        Triggers.Any(t => t.EndToken <= cue.FirstToken && cue.FirstToken - t.EndToken <= ActObjectReach && ClauseOf(t.FirstToken) == ClauseOf(cue.FirstToken));

    public TextDocument Doc { get; }

    /// <summary>What each act is (family, precedence, mode).</summary>
    public ActTable Acts { get; }

    /// <summary>The date relative expressions resolve against (published or inferred); null when unknown.</summary>
    public DateOnly? Reference { get; }

    /// <summary>The country the article is mostly about, as a country-level place; null when none stands out.</summary>
    public EventPlace? ArticleCountryPlace { get; }

    /// <summary>The article's geographic frame: its countries and regions with their evidence, and its dateline.</summary>
    public required Places.ArticleGeography Geography { get; init; }

    public ImmutableArray<TriggerMention> Triggers { get; }

    public ImmutableArray<ActorMention> Actors { get; }

    public ImmutableArray<PersonMention> Persons { get; }

    /// <summary>The group the article ties each named person to (by name), wherever it says so; set once the layers exist.</summary>
    public IReadOnlyDictionary<string, Actor> GroupOfPerson
    {
        get => _groupOfPerson;
        set => _groupOfPerson = _groupOfPerson.Count == 0 ? value : throw new InvalidOperationException("the relation stage sets the persons' groups once");
    }

    public ImmutableArray<NumberMention> Numbers { get; }

    public ImmutableArray<MoneyMention> Money { get; }

    public ImmutableArray<CountryMention> Countries { get; }

    /// <summary>The demonym that starts at <paramref name="token"/> ("فرنسية", "Nigeriens"), if any.</summary>
    public CountryMention? DemonymAt(int token) => Countries.FirstOrDefault(c => c.FirstToken == token && c.Kind == CountryMentionKind.Demonym);

    public ImmutableArray<DateAnchor> Dates { get; }

    /// <summary>Every date as written, put on the calendar or not (the benchmark rebuilds the layers from them).</summary>
    public ImmutableArray<Time.DateMention> DateWords { get; }

    public ImmutableArray<PlaceAnchor> Places { get; }

    public ImmutableArray<CueMention> Cues { get; }

    public ImmutableArray<BackgroundAnchor> Background { get; }

    public int ClauseOf(int token) => _clauseOfToken[token];

    /// <summary>
    /// A place that says where something happened, not where a source lives (أحد سكان X), where people
    /// headed (متجهة إلى X), nor a capital speaking for its government (نفتها باماكو); never a dateline.
    /// </summary>
    public bool IsEventPlace(PlaceAnchor place) =>
        !place.Dateline && !NamesASource(place.FirstToken) && !Cues.Any(c => c.EndToken <= place.FirstToken && place.FirstToken - c.EndToken <= c.Kind switch
        {
            CueKind.Destination or CueKind.Report => 1,
            _ => -1,
        })
        // A capital as the subject of a statement is its government speaking (« Bamako a annoncé que … », "Paris said").
        && !(place.Capital && Cues.Any(c => c.Kind == CueKind.Report && c.FirstToken == place.EndToken))
        && !WhereStatementWasMade(place);

    /// <summary>
    /// "أعلن الجيش في بيان صدر الخميس في العاصمة … أن …": a capital inside the reporting clause, between the reporting word and
    /// the "that" opening what was said, with no act told between, is where the statement was issued. A town there may be
    /// the source's and the event's both (قال مسؤول في بلدة X إن), so only a capital is set aside.
    /// </summary>
    private bool WhereStatementWasMade(PlaceAnchor place) =>
        place.Capital && Cues.Any(c => c.Kind == CueKind.Report && c.EndToken <= place.FirstToken && place.FirstToken - c.EndToken <= StatementReach
                      && SentenceOf(c.FirstToken) == SentenceOf(place.FirstToken) && !TriggerWithin(c.EndToken, place.FirstToken))
        && Enumerable.Range(place.EndToken, StatementReach).Where(t => t < Doc.Tokens.Length && Is(t, SyntaxRole.That)).Select(t => (int?)t).FirstOrDefault() is { } that
        && SentenceOf(that) == SentenceOf(place.FirstToken) && !TriggerWithin(place.EndToken, that);

    private bool TriggerWithin(int first, int end) => Triggers.Any(t => t.FirstToken >= first && t.EndToken <= end);

    /// <summary>A name right after a word of source (أحد سكان X، راديو X): where a source lives or whose it is.</summary>
    public bool NamesASource(int token) =>
        _sources.Any(c => c.EndToken <= token && token - c.EndToken <= SourceReach);

    // How far after a word of source its town may come (أحد سكان بلدة X).
    private const int SourceReach = 2;

    /// <summary>The most precise event place named in sentences <c>[first, end)</c>: not a capital (named as a yardstick or for its government) when another is named, a place named alone before one end of a road.</summary>
    public PlaceAnchor? PlaceNear(int first, int end) =>
        Places.Where(p => !p.IsCountry && IsEventPlace(p) && SentenceOf(p.FirstToken) is var s && s >= first && s < end)
            .OrderBy(p => p.Capital).ThenBy(p => p.Between).ThenBy(p => p.Place.Unresolved).ThenBy(p => p.Place.GeoPrecision).ThenBy(p => p.FirstToken).FirstOrDefault();

    /// <summary>The article's own place: the event place it names most (the first of equals), or null.</summary>
    public PlaceAnchor? MainPlace => _mainPlace.Value;

    public int SentenceOf(int token) => Doc.SentenceOf(token);

    /// <summary>
    /// True when the token is part of a date as written ("30 سبتمبر", « le 3 mars »), whether or not it could be put on the
    /// calendar: with the article's date unknown, a day and month without a year has no anchor but is still no count.
    /// </summary>
    public bool InDateWords(int token) => token >= 0 && token < _dateWord.Length && _dateWord[token];

    /// <summary>The actor mention that starts at <paramref name="token"/>.</summary>
    public ActorMention? ActorAt(int token) => token >= 0 && token < _actorAt.Length ? _actorAt[token] : null;

    public IEnumerable<CueMention> CuesIn(int sentence, CueKind kind) =>
        Cues.Where(c => c.Kind == kind && SentenceOf(c.FirstToken) == sentence);

    /// <summary>
    /// A plural event noun, or one a number right before it counts ("نحو 20 هجوما"، « 15 attaques », "12 attacks"): Arabic puts
    /// the noun counted from eleven up in the singular, so the count, not the form, says that several incidents are told. A count
    /// before a word for the dead ("مئة قتيل") counts victims, not incidents.
    /// </summary>
    public bool TellsSeveral(TriggerMention trigger) =>
        trigger.IsPlural
        || trigger.Form == TriggerForm.Noun && Acts[trigger.Act].Family != ActFamily.Outcome && Numbers.Any(n => n.EndToken == trigger.FirstToken && n.Value >= 2 && n.Unit is null && !n.LooksLikeYear);

    public bool InSameClause(int a, int b) => ClauseOf(a) == ClauseOf(b);

    /// <summary>"and": a listed word of the language, or Arabic و standing as a token of its own (before digits: "2020 و2021").</summary>
    public bool IsAnd(int token) => Is(token, SyntaxRole.And) || Word(token) == "و";

    /// <summary>True when the token is a function word of <paramref name="role"/> in the document's language.</summary>
    public bool Is(int token, SyntaxRole role) => _syntax.Is(Doc.Language, Word(token), role);

    /// <summary>True when the token, or its stem once a proclitic is stripped (والذي), is a function word of <paramref name="role"/>.</summary>
    public bool IsWithClitic(int token, SyntaxRole role) => token >= 0 && token < Doc.Tokens.Length && Doc.Readings(token).Any(r => _syntax.Is(Doc.Language, r.Stem, role));

    /// <summary>« la ville », "the town": a town noun after a determiner, which names a town already told.</summary>
    public bool IsTownToldBefore(int token) => _syntax.IsTownToldBefore(Doc, token);

    /// <summary>True when the clitic prefix of a mention ends with a word of <paramref name="role"/> (للجيش: ل).</summary>
    public bool PrefixEndsWith(string prefix, SyntaxRole role) => _syntax.EndsWithClitic(Doc.Language, prefix, role);

    /// <summary>The argument order of the document's language.</summary>
    public GrammarProfile Grammar { get; }

    /// <summary>The folded text of a token, or empty past the ends.</summary>
    public string Word(int token) => token >= 0 && token < Doc.Tokens.Length ? Doc.TokenString(token) : "";
}
