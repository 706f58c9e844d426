using System.Collections.Immutable;
using Marsad.Actors;
using Marsad.Countries;
using Marsad.Events;
using Marsad.Events.Assembly;
using Marsad.Numbers;
using Marsad.Places;
using Marsad.Relations;
using Marsad.Resources;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Pipeline;

/// <summary>
/// The pure per-article pipeline: article in, events and relations with evidence out. Resources
/// load once; an instance is immutable and safe to share across threads. No clock, no I/O: the
/// reference date comes from the article.
/// </summary>
public sealed class MarsadPipeline
{
    // The headline and the first sentence, or the first two sentences: where a report tells its news.
    private const int LeadSentence = 1;

    private readonly NumberRecognizer _numbers;
    private readonly MoneyRecognizer _money;
    private readonly CountryCatalog _countries;
    private readonly ActorRecognizer _actors;
    private readonly PersonRecognizer _persons;
    private readonly TriggerRecognizer _triggers;
    private readonly CueRecognizer _cues;
    private readonly DateRecognizer _dates;
    private readonly Geocoder _geocoder;
    private readonly EventAssembler _assembler;
    private readonly RelationExtractor _relations;
    private readonly SyntaxWords _syntax;
    private readonly EventTyping _typing;

    private MarsadPipeline(ResourceStore store)
    {
        _numbers = NumberRecognizer.Load(store);
        _money = MoneyRecognizer.Load(store);
        _countries = CountryCatalog.Load(store);
        _actors = ActorRecognizer.Load(store, ActorCatalog.Load(store));
        _persons = PersonRecognizer.Load(store, _actors.Catalog);
        _triggers = TriggerRecognizer.Load(store);
        _cues = CueRecognizer.Load(store);
        _dates = DateRecognizer.Load(store);
        _geocoder = Geocoder.Load(store);
        _typing = EventTyping.Load(store);
        _assembler = new EventAssembler(_typing, ConfidenceModel.Load(store), _actors.Catalog, _countries, _geocoder.Capitals().ToImmutableDictionary(c => c.Key, c => EventPlaceOf(c.Value)));
        _relations = RelationExtractor.Load(store);
        _syntax = SyntaxWords.Load(store);
        DataFingerprint = store.Fingerprint(store.List(""));
    }

    /// <summary>Hash of the resources this pipeline was built from, to trace any output to its data.</summary>
    public string DataFingerprint { get; }

    /// <summary>The languages Marsad extracts events from.</summary>
    public static IReadOnlySet<Language> Supported { get; } = new HashSet<Language> { Language.Arabic, Language.French, Language.English };

    public static MarsadPipeline Load(ResourceStore store) => new(store);

    public ArticleAnalysis Analyze(Article article)
    {
        var declared = LanguageCodes.Parse(article.Lang);
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            return new ArticleAnalysis { Article = article, Diagnostics = [new Diagnostic(DiagnosticCodes.EmptyText, "the article has no text")] };
        }

        var doc = TextDocument.Create(article.Text, declared);
        if (!Supported.Contains(doc.Language))
        {
            return new ArticleAnalysis
            {
                Article = article,
                Language = doc.Language,
                Diagnostics = [new Diagnostic(DiagnosticCodes.UnsupportedLanguage, $"language '{doc.Language.Code()}' is not supported yet; no events extracted")],
            };
        }

        var (layers, documentDate, relations) = Layers(doc, article.Published, article.Retrieved, article.Id);
        var reference = layers.Reference;
        var incidents = _assembler.Incidents(layers);
        var diagnostics = reference is null
            ? ImmutableArray.Create(new Diagnostic(DiagnosticCodes.NoReferenceDate, "no publication date and none could be inferred: relative dates are left unresolved"))
            : [];
        var events = _assembler.Assemble(layers, incidents, article);
        return new ArticleAnalysis
        {
            Article = article,
            Language = doc.Language,
            ReferenceDate = reference,
            ReferenceDateInferred = documentDate.Kind == DocumentDateKind.Inferred,
            Events = events,
            Relations = relations.Complete(incidents, events),
            Diagnostics = diagnostics,
        };
    }

    /// <summary>Every mention layer of a document (exposed to the explain tool).</summary>
    internal (MentionLayers Layers, DocumentDate DocumentDate, RelationExtractor.ArticleRelations Relations) Layers(TextDocument doc, DateOnly? published, DateOnly? retrieved = null, string articleId = "")
    {
        var dateMentions = _dates.Recognize(doc);
        var backgroundCues = _dates.FindBackgroundCues(doc);
        var documentDate = DateRecognizer.InferDocumentDate(doc, dateMentions, published, retrieved, published is null ? _dates.FindEras(doc) : [], backgroundCues);
        var reference = documentDate.Reference;
        var numbers = _numbers.Recognize(doc);
        var countries = _countries.Recognize(doc);
        var actors = WithDemonymForces(doc, _actors.Recognize(doc), countries);
        var triggers = WithinNoName(_triggers.Recognize(doc), actors);
        // A demonym ("Russia's Africa Corps") qualifies a noun; it does not say where.
        var found = WithoutClaimedNames(_geocoder.Recognize(doc), [.. triggers.Select(t => (t.FirstToken, t.EndToken)), .. actors.Select(a => (a.FirstToken, a.EndToken)), .. numbers.Select(n => (n.FirstToken, n.EndToken)),
            .. countries.Where(c => c.Kind == CountryMentionKind.Demonym).Select(c => (c.FirstToken, c.EndToken))]);
        var claimed = new bool[doc.Tokens.Length];
        foreach (var (first, end) in actors.Select(a => (a.FirstToken, a.EndToken)).Concat(triggers.Select(t => (t.FirstToken, t.EndToken)))
                     .Concat(numbers.Select(n => (n.FirstToken, n.EndToken))).Concat(countries.Select(c => (c.FirstToken, c.EndToken)))
                     .Concat(dateMentions.Select(d => (d.FirstToken, d.EndToken)))
                     .Concat(found.Where(PersonNames.ClaimsBeforePersons).Select(p => (p.NameFirstToken, p.NameEndToken))))
        {
            Array.Fill(claimed, true, first, end - first);
        }

        // Persons are read before the places nothing announces, and a person's name is no place (Keita is not Kita).
        var persons = _persons.Recognize(doc, claimed, actors);
        var placeMentions = PersonNames.Without(doc, found, [.. persons.Select(p => (p.FirstToken, p.EndToken))]);
        var placeContext = _geocoder.Context(doc, placeMentions, ActorHomes(actors, countries));
        (actors, countries) = ReadDemonymsAs(placeContext.DemonymsReadAs, actors, countries);
        var dated = new bool[doc.Tokens.Length];
        foreach (var date in dateMentions)
        {
            Array.Fill(dated, true, date.FirstToken, date.EndToken - date.FirstToken);
        }

        triggers = _triggers.WithPlaceObjects(doc, triggers, placeMentions, dated);

        // The country across a border (قرب الحدود مع مالي), or a country the event is near (قرب بوركينا فاسو), is where the event is not.
        var borders = placeMentions.Where(AcrossABorder).ToList();
        var layers = new MentionLayers(
            doc,
            reference,
            ArticleCountry(placeContext.MainCountry, countries),
            triggers,
            actors,
            persons,
            numbers,
            _money.Recognize(doc, numbers),
            [.. countries.Where(c => !borders.Exists(b => b.FirstToken <= c.FirstToken && c.FirstToken < b.EndToken))],
            DateAnchors(doc, dateMentions, documentDate, backgroundCues),
            PlaceAnchors(doc, placeMentions, placeContext),
            _cues.Recognize(doc),
            BackgroundAnchors(doc, backgroundCues, dateMentions, reference),
            _syntax,
            _typing.Acts,
            dateMentions)
        {
            Geography = placeContext.Geography,
        };
        var relations = _relations.Begin(layers, articleId);
        layers.GroupOfPerson = relations.GroupOf;
        return (layers, documentDate, relations);
    }

    internal EventAssembler Assembler => _assembler;

    // Each stage on its own, for the bench's stage profile (the very instances Analyze runs).
    internal NumberRecognizer Numbers => _numbers;

    internal MoneyRecognizer Money => _money;

    internal CountryCatalog Countries => _countries;

    internal ActorRecognizer Actors => _actors;

    internal PersonRecognizer Persons => _persons;

    internal TriggerRecognizer Triggers => _triggers;

    internal CueRecognizer Cues => _cues;

    internal DateRecognizer Dates => _dates;

    internal Geocoder Geocoder => _geocoder;

    internal RelationExtractor Relations => _relations;

    internal SyntaxWords Syntax => _syntax;

    private static ImmutableArray<DateAnchor> DateAnchors(TextDocument doc, ImmutableArray<DateMention> mentions, DocumentDate documentDate, ImmutableArray<BackgroundCue> backgroundCues)
    {
        if (documentDate.Reference is not { } day)
        {
            return [];
        }

        var writtenFrom = documentDate.WrittenFrom;

        // An inferred date cannot tell whether "last March" is weeks or a year back: a month or year the text sets in the past is
        // past, as where the date is unknown. A day so named (« le 18 décembre dernier ») is how reports date their news.
        var guessed = documentDate.Kind == DocumentDateKind.Inferred;
        var lookedBack = LookingBack.Find(doc, mentions, documentDate, backgroundCues);

        var values = DateRecognizer.ResolveAll(mentions, day);
        var anchors = ImmutableArray.CreateBuilder<DateAnchor>();
        for (var i = 0; i < mentions.Length; i++)
        {
            if (values[i] is not { } value)
            {
                continue;
            }

            var mention = mentions[i];
            if (DateRecognizer.IsPageStamp(doc, mention) && value.First > day)
            {
                continue; // a page stamped after the report was edited or read later: it dates no event
            }

            if (mention.Expression is Ago { Unit: PeriodUnit.Year, Approximate: false } years && IsAnniversary(mention, backgroundCues))
            {
                value = Periods.Anniversary(years, day);
            }
            else if (writtenFrom is { } earliest && InferenceCues.CountsFromReference(mention.Expression))
            {
                // "jeudi" in a text known only to be of May: counted from any day of May, not from its last.
                value = DateValue.Range(value.First.AddDays(earliest.DayNumber - day.DayNumber), value.Last);
            }

            anchors.Add(new DateAnchor(mention.FirstToken, mention.EndToken, mention.Span, value.Date, value.AcledPrecision, value.First, value.Last,
                mention.Expression is AnaphoricDate, lookedBack[i] || DateRecognizer.IsBackgroundDate(mention, value, day) || guessed && !DateRecognizer.NamesADay(mention) && SetsInAPastPeriod(doc, mention),
                day.DayNumber - value.Last.DayNumber <= DateRecognizer.RecentDays)
            {
                Vague = mention.Expression is Since { Start: Ago } or Ago { Approximate: true } || value.IsYearOnly && mention.Expression is Ago or Since,
                UpToNow = mention.Expression is Since,
                FromDate = mention.Expression is Since { Start: not Ago or Ago { Approximate: true } },
                OfWhatFollows = mention.Expression is AnaphoricDate { OfWhatFollows: true },
            });
        }

        return anchors.ToImmutable();
    }

    /// <summary>
    /// The background constructions; where the article's date is unknown, also each month or year the text sets in the past,
    /// which no date anchor can carry then (<see cref="BackgroundCueKind.PastPeriod"/>). A day the lead dates so
    /// (« le 11 janvier dernier ») is the news's own day, which reports name that way: it sets nothing in the past.
    /// </summary>
    private static ImmutableArray<BackgroundAnchor> BackgroundAnchors(TextDocument doc, ImmutableArray<BackgroundCue> cues, ImmutableArray<DateMention> dates, DateOnly? reference) =>
    [
        .. cues.Select(c => new BackgroundAnchor(c.FirstToken, c.EndToken, c.Span, c.Kind)),
        .. reference is null
            ? dates.Where(d => SetsInAPastPeriod(doc, d))
                .Select(d => new BackgroundAnchor(d.FirstToken, d.EndToken, d.Span, BackgroundCueKind.PastPeriod))
            : [],
    ];

    /// <summary>A month or a year the text sets in the past, unless it is a day the lead dates so (« le 11 janvier dernier »).</summary>
    private static bool SetsInAPastPeriod(TextDocument doc, DateMention date) =>
        DateRecognizer.SetsInAPastPeriod(date) && !(DateRecognizer.NamesADay(date) && doc.SentenceOf(date.FirstToken) <= LeadSentence);

    /// <summary>"to mark ten years since", « dix ans après »: an anniversary falls in the month of its years ago.</summary>
    private static bool IsAnniversary(DateMention mention, ImmutableArray<BackgroundCue> cues) =>
        cues.Any(c => c.Kind == BackgroundCueKind.Anniversary && c.FirstToken <= mention.EndToken && mention.FirstToken <= c.EndToken);

    /// <summary>A word inside a group's name (« Front de libération de l'Azawad ») or a force's ("riot police") reports no act.</summary>
    private static ImmutableArray<TriggerMention> WithinNoName(ImmutableArray<TriggerMention> triggers, ImmutableArray<ActorMention> actors) =>
        [.. triggers.Where(t => !actors.Any(a => (a.Actor is not null || a.Role is ActorRole.Police or ActorRole.Military or ActorRole.Security) && a.FirstToken <= t.FirstToken && t.EndToken <= a.EndToken && a.EndToken - a.FirstToken > t.EndToken - t.FirstToken))];

    /// <summary>
    /// The home countries of the actors named ("FAMa", "Boko Haram"), once per actor: evidence of the countries the article
    /// is about. A demonym in the actor's name ("الجيش المالي") already counts as such.
    /// </summary>
    private static IEnumerable<GeoEvidence> ActorHomes(ImmutableArray<ActorMention> actors, ImmutableArray<CountryMention> countries) =>
        actors.Where(a => a.Actor?.CountryCode is not null && !countries.Any(c => c.FirstToken < a.EndToken && a.FirstToken < c.EndToken))
            .DistinctBy(a => a.Actor!.Id)
            .Select(a => new GeoEvidence(GeoEvidenceKind.ActorHome, a.Actor!.CountryCode!, null, a.Span, ArticleGeography.FrameWeight));

    /// <summary>
    /// "جنود تشاديون", « soldats tchadiens », "Chadian troops": an unnamed force qualified by a demonym is that country's force,
    /// wherever the event is (Chadian peacekeepers attacked in Mali). The demonym follows the noun, or precedes it in English.
    /// </summary>
    private ImmutableArray<ActorMention> WithDemonymForces(TextDocument doc, ImmutableArray<ActorMention> actors, ImmutableArray<CountryMention> countries)
    {
        var demonyms = countries.Where(c => c.Kind == CountryMentionKind.Demonym).ToList();
        if (demonyms.Count == 0)
        {
            return actors;
        }

        var english = doc.Language == Language.English;
        var qualified = actors.Select(mention => mention.Actor is null && ForceKind(mention.Role) is { } kind
                                                 && demonyms.Find(d => english ? d.EndToken == mention.FirstToken : d.FirstToken == mention.EndToken) is { } demonym
                                                 && _actors.Catalog.ForcesOf(demonym.Country.Code, kind) is { } force
            ? mention with { Actor = force }
            : mention);
        return [.. qualified.Concat(demonyms.Select(d => BareForce(doc, d, english ? d.EndToken : d.FirstToken - 1, actors))).OfType<ActorMention>().OrderBy(a => a.FirstToken)];
    }

    /// <summary>
    /// "قوات نيجرية", « des forces nigériennes »: a word for forces that names no actor alone (قوات الدعم السريع is another's)
    /// is that country's forces when a demonym qualifies it.
    /// </summary>
    private ActorMention? BareForce(TextDocument doc, CountryMention demonym, int token, ImmutableArray<ActorMention> actors)
    {
        if (token < 0 || token >= doc.Tokens.Length || actors.Any(a => a.FirstToken <= token && token < a.EndToken))
        {
            return null;
        }

        var reading = doc.Readings(token).FirstOrDefault(r => _syntax.Is(doc.Language, CharFolding.Fold(r.Stem), SyntaxRole.ForceNoun));
        return reading.Stem is not null && _actors.Catalog.ForcesOf(demonym.Country.Code) is { } force
            ? new ActorMention(token, token + 1, doc.SpanOfTokens(token, token + 1), reading.Prefix, ActorRole.Military, force, NounNumber.Plural)
            : null;
    }

    /// <summary>"الجنود النيجيريون" in an article about Niger that never names Nigeria: the demonym, and the force it names, are Niger's.</summary>
    private (ImmutableArray<ActorMention> Actors, ImmutableArray<CountryMention> Countries) ReadDemonymsAs(
        ImmutableDictionary<string, string> readAs, ImmutableArray<ActorMention> actors, ImmutableArray<CountryMention> countries)
    {
        if (readAs.IsEmpty)
        {
            return (actors, countries);
        }

        return ([.. actors.Select(a => a.Actor is { CountryCode: { } code } force && readAs.TryGetValue(code, out var meant)
                                        && force.Kind is ActorKinds.StateForces or ActorKinds.PoliceForces or ActorKinds.ForeignForces
                                        && (_actors.Catalog.StateActor(force.Kind, meant) ?? _actors.Catalog.StateActor(ActorKinds.StateForces, meant)) is { } own
                ? a with { Actor = own }
                : a)],
            [.. countries.Select(c => c.Kind == CountryMentionKind.Demonym && readAs.TryGetValue(c.Country.Code, out var meant) && _countries.ByCode(meant) is { } own ? c with { Country = own } : c)]);
    }

    private static string? ForceKind(ActorRole role) => role switch
    {
        ActorRole.Military or ActorRole.Security => ActorKinds.StateForces,
        ActorRole.Police => ActorKinds.PoliceForces,
        _ => null,
    };

    /// <summary>A word another layer reads (كمينا is an ambush, not a village) is not a place name.</summary>
    private static ImmutableArray<PlaceMention> WithoutClaimedNames(ImmutableArray<PlaceMention> mentions, List<(int First, int End)> claimed) =>
        [.. mentions.Where(m => !claimed.Any(c => c.First < m.NameEndToken && m.NameFirstToken < c.End))];

    /// <summary>
    /// Where each place mention puts an event. "قرب الحدود مع مالي", "near the border with Mali", "near Burkina Faso" puts it on
    /// this side of the border, not in the country named: such a mention places nothing. The two ends of a road or stretch
    /// ("بين X وY", "l'axe X-Y") both code an event on it near the same end.
    /// </summary>
    private ImmutableArray<PlaceAnchor> PlaceAnchors(TextDocument doc, ImmutableArray<PlaceMention> mentions, PlaceContext context)
    {
        var resolutions = mentions.Select(m => _geocoder.Resolve(m, context)).ToArray();
        var places = resolutions.Select(r => r.Choose(PlacePolicy.BestGuess)).ToArray();
        for (var i = 0; i + 1 < mentions.Length; i++)
        {
            if (IsRoad(doc, mentions[i], mentions[i + 1], places[i], places[i + 1]))
            {
                places[i] = places[i + 1] = _geocoder.RoadEnd(resolutions[i], resolutions[i + 1], PlacePolicy.BestGuess);
                i++;
            }
        }

        return [.. mentions.Select((mention, i) =>
        {
            var place = places[i];
            // A village not found is still a named location, coded to the country when nothing smaller is known; a region not found says no more than its country.
            var isCountry = place.Location is null && place.Admin1 is null && !(place.Unresolved && mention.Cue is PlaceCue.None or PlaceCue.City or PlaceCue.Town or PlaceCue.Village);
            return new PlaceAnchor(mention.FirstToken, mention.EndToken, mention.Span, EventPlaceOf(place), mention.Dateline, isCountry, mention.Relation == PlaceRelation.Between,
                mention.Relation is PlaceRelation.Direction or PlaceRelation.Distance, place.IsCapital, mention.Cue == PlaceCue.District, MatchOf(resolutions[i]));
        }).Where((anchor, i) => !(AcrossABorder(mentions[i]) && anchor.IsCountry))];
    }

    private static PlaceMatch MatchOf(PlaceResolution resolution) => resolution.Kind switch
    {
        PlaceResolutionKind.NotFound => PlaceMatch.NotFound,
        PlaceResolutionKind.Ambiguous => PlaceMatch.Ambiguous,
        _ => resolution.Candidates is [{ IsExact: false }, ..] ? PlaceMatch.SoundAlike : PlaceMatch.Exact,
    };

    private static bool AcrossABorder(PlaceMention mention) =>
        mention.Relation == PlaceRelation.Border || mention.Relation == PlaceRelation.Near && mention.Candidates.Any(c => c.Place.Kind == PlaceKind.Country);

    /// <summary>Two ends of one "between" in a sentence, both places below a country.</summary>
    private static bool IsRoad(TextDocument doc, PlaceMention first, PlaceMention second, ResolvedPlace a, ResolvedPlace b) =>
        first.Relation == PlaceRelation.Between && second.Relation == PlaceRelation.Between && second.FirstToken - first.EndToken <= 2
        && doc.SentenceOf(first.NameFirstToken) == doc.SentenceOf(second.NameFirstToken)
        && (a.Location is not null || a.Unresolved) && (b.Location is not null || b.Unresolved);

    /// <summary>A geocoded place as it goes into an event record.</summary>
    private static EventPlace EventPlaceOf(ResolvedPlace place) => new()
    {
        Country = place.Country,
        CountryCode = place.CountryCode,
        Admin1 = place.Admin1,
        Admin2 = place.Admin2,
        Location = place.Location,
        Latitude = place.Latitude,
        Longitude = place.Longitude,
        GeoPrecision = place.GeoPrecision,
        GeonameId = place.GeonameId,
        Unresolved = place.Unresolved,
        Name = place.Unresolved ? CharFolding.Fold(place.Surface) : null,
    };

    /// <summary>The article's country: the geocoder's reading of the text, else the country named most; null when none.</summary>
    private EventPlace? ArticleCountry(string? mainCountry, ImmutableArray<CountryMention> mentions)
    {
        if (_countries.ByCode(mainCountry) is { } main)
        {
            return new EventPlace { Country = main.Name, CountryCode = main.Code, GeoPrecision = 3 };
        }

        var best = mentions
            .GroupBy(m => m.Country)
            .Select(g => (Country: g.Key, Weight: g.Sum(m => m.Kind == CountryMentionKind.Name ? 2 : 1), First: g.Min(m => m.FirstToken)))
            .OrderByDescending(c => c.Weight).ThenBy(c => c.First)
            .FirstOrDefault();
        return best.Country is null ? null : new EventPlace { Country = best.Country.Name, CountryCode = best.Country.Code, GeoPrecision = 3 };
    }
}
