using System.Collections.Immutable;
using Marsad.Actors;
using Marsad.Numbers;

namespace Marsad.Events.Assembly;

/// <summary>
/// Codes one incident as an ACLED event: type from the acts and the actors' kinds, the best date
/// and place its frames give, actors named for the event's country and date, conservative
/// counts, ransom, evidence for the event and for each field, a confidence and a one-line note.
/// </summary>
internal sealed partial class EventComposer(MentionLayers layers, EventTyping typing, ConfidenceModel confidence, ActorNaming naming, Article article, ImmutableDictionary<string, EventPlace> capitals, ActorMention? actingGroup, IReadOnlyList<Incident> reported)
{
    // The sentences that recall the past (a background incident, a date of the past) and tell nothing current.
    private readonly HashSet<int> _recalledOnly = [.. reported.Where(i => i.Background).SelectMany(i => i.Frames).Select(f => f.Sentence)
                                                       .Concat(layers.Dates.Where(d => d.Background).Select(d => layers.SentenceOf(d.FirstToken)))
                                                       .Except(reported.Where(i => !i.Background).SelectMany(i => i.Frames).Select(f => f.Sentence))];

    /// <param name="incident">The incident to code.</param>
    /// <param name="paragraphEnd">The sentence where the next incident starts: up to there, the text is still about this one.</param>
    public (EventRecord Record, IReadOnlyDictionary<string, double> Signals)? Compose(Incident incident, int paragraphEnd)
    {
        var acts = incident.DecidingActs.Where(a => !layers.Acts[a].SupportingOnly).ToList();
        if (acts.Count == 0)
        {
            return null;
        }

        var fields = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var dateAnchor = incident.Date;
        var (date, precision) = EventDate(incident, dateAnchor);
        AddEvidence(fields, "event_date", dateAnchor?.Span);
        var (place, placedBy) = EventPlace(incident, paragraphEnd, fields);
        var country = place.CountryCode;
        var demonstration = incident.Family == ActFamily.Demonstration;

        var (actor1, actor1Span) = Actor1(incident, country, date, demonstration);
        var (actor2, actor2Span) = Actor2(incident, actor1, country, date, demonstration);
        AddEvidence(fields, "actor1", actor1Span);
        AddEvidence(fields, "actor2", actor2Span);
        var associates = Associates(incident, actor1, country, date);

        var (fatalities, fatalityEvidence) = Count(incident, Act.Kill, country, date);
        var (abducted, abductionEvidence) = Count(incident, Act.Abduct, country, date);
        fields["fatalities"] = [.. fatalityEvidence];
        fields["abducted"] = [.. abductionEvidence];
        var ransom = incident.Frames.Select(f => f.Ransom).FirstOrDefault(r => r is not null);
        AddEvidence(fields, "ransom_amount", ransom?.Span);

        var facts = new EventFacts(fatalities, acts.Any(a => a is Act.Kill or Act.Execute or Act.Massacre), abducted,
            incident.Frames.Any(f => f.MilitaryTarget), incident.Frames.Any(f => f.CivilianVictims) || actor2?.Kind == ActorKinds.Civilians || CountsOnlyCivilians(incident));
        var (eventType, subEventType) = typing.Decide(acts, actor1?.Kind, actor2?.Kind, facts);
        fields["event_type"] = [.. incident.Frames.Select(f => f.Trigger.Span)];
        if (actor2 is null && OtherSide(incident, eventType, actor1, country, date) is ({ } side, var sideSpan))
        {
            (actor2, actor2Span) = (side, sideSpan);
            AddEvidence(fields, "actor2", actor2Span);
        }

        var signals = ConfidenceSignals(incident, (place, placedBy), fatalities ?? abducted, (actor1, actor2), precision);
        var record = new EventRecord
        {
            ArticleId = article.Id,
            EventDate = date,
            TimePrecision = precision,
            EventType = eventType,
            SubEventType = subEventType,
            Actor1 = actor1?.Name,
            Actor1Kind = actor1?.Kind,
            Actor2 = actor2?.Name,
            Actor2Kind = actor2?.Kind,
            AssocActor1 = [.. associates],
            Country = place.Country,
            Admin1 = place.Admin1,
            Admin2 = place.Admin2,
            Location = place.Location,
            Latitude = place.Latitude,
            Longitude = place.Longitude,
            GeoPrecision = place.Country is null ? null : place.GeoPrecision,
            GeonameId = place.GeonameId,
            Fatalities = fatalities,
            Abducted = abducted,
            // A sum "عن كل رهينة", "per hostage" is asked for each of those taken: the event carries the total.
            RansomAmount = ransom is { PerHead: true } && abducted is > 1 ? ransom.Amount * abducted.Value : ransom?.Amount,
            RansomCurrency = ransom is null ? null : CurrencyCodes.ResolveCfa(ransom.Currency, country),
            Historical = incident.Background,
            CivilianTargeting = actor2?.Kind == ActorKinds.Civilians,
            Evidence = Evidence(incident),
            FieldEvidence = fields.Where(f => f.Value.Count > 0).ToImmutableDictionary(f => f.Key, f => f.Value.Distinct().Order().ToImmutableArray()),
            Confidence = confidence.Score(signals),
            Source = article.Source,
            Url = article.Url,
        };
        return (record with { Notes = EventNotes.Write(record, incident) }, signals);
    }

    /// <summary>"killed 7 villagers", « trois Maliens tués »: every count names civilians or people, and none soldiers or fighters.</summary>
    private static bool CountsOnlyCivilians(Incident incident)
    {
        var categories = incident.Frames.SelectMany(f => f.Counts).Select(c => c.Category).ToList();
        return categories.Count > 0 && categories.TrueForAll(c => c is { Role: ActorRole.Civilian or ActorRole.Person } or { Actor.Kind: ActorKinds.Civilians });
    }

    private (DateOnly? Date, int? Precision) EventDate(Incident incident, DateAnchor? anchor)
    {
        if (anchor is { IsYearOnly: false })
        {
            return (anchor.Date, anchor.Precision);
        }

        // Undated news is coded to the report's week, as ACLED does; undated background stays undated.
        return incident.Background || layers.Reference is null ? (null, null) : (layers.Reference, 2);
    }

    /// <summary>The event's place, and the anchor it came from when the incident's own sentences or the article's name it.</summary>
    private (EventPlace Place, PlacedBy By) EventPlace(Incident incident, int paragraphEnd, Dictionary<string, List<TextSpan>> fields)
    {
        // A coup or a founding recalled is placed only by its own clause: a town elsewhere in the sentence is the news's.
        var own = incident.Background && Incident.IsPolitical(incident.Family) && !PlacedInItsClause(incident) ? null : incident.Place;
        if (own is { IsCountry: false, Between: false, Place.GeoPrecision: 3 } region && !incident.Background && TownInRegion(incident, region, paragraphEnd) is { } inRegion)
        {
            own = inRegion;
        }

        if (own is { IsCountry: false, Between: false } anchor)
        {
            AddEvidence(fields, "location", anchor.Span);
            return (anchor.Place, new PlacedBy(anchor, OwnSentences: true));
        }

        // A coup the report ties to no town takes place where power sits: the capital the text names, known only to the region's precision.
        if (incident.Family == ActFamily.Coup && own is null or { IsCountry: true } && CountryOf(incident) is { } state && capitals.TryGetValue(state.Place.CountryCode!, out var capital)
            && layers.Places.Any(p => p.Capital && p.Place.GeonameId == capital.GeonameId))
        {
            AddEvidence(fields, "location", state.Span);
            return (capital with { GeoPrecision = 3 }, new PlacedBy(null, OwnSentences: true));
        }

        // Background placed by no sentence of its own is coded to its country: the article's town is where the news happened
        // (unless it says "the town", « la reprise de la ville », the one named before).
        if (incident.Background && own is null or { IsCountry: true } && !RefersToTheTown(incident) && (CountryOf(incident) ?? MainCountry()) is { } recalled)
        {
            AddEvidence(fields, "location", recalled.Span);
            return (recalled.Place, new PlacedBy(null, OwnSentences: false));
        }

        // Not placed by its own sentences (or only by a road's end): the article's own place, else the
        // place its paragraph names — ACLED codes an incident where the report puts it.
        // A town abroad is not the article's own place (an analysis of Mali naming one Burkinabe town).
        var near = layers.PlaceNear(incident.Frames[0].Sentence, paragraphEnd);

        // A road where someone did something ("ambushed on the X–Y road") places it near one end, unless its paragraph names a place
        // alone as precisely ("20 km from Y"); a region named around it (« la région de Kayes ») says less than the road does.
        if (incident.Place is { Between: true, IsCountry: false } road && incident.Frames.Exists(f => f.Place == road && !f.Anaphoric && f.HasParticipant))
        {
            var coded = near is { Between: false, Capital: false } && near.Place.GeoPrecision <= road.Place.GeoPrecision ? near : road;
            AddEvidence(fields, "location", coded.Span);
            return (coded.Place, new PlacedBy(coded, OwnSentences: coded == road));
        }

        var main = layers.MainPlace is { } town && (layers.ArticleCountryPlace is null || town.Place.CountryCode == layers.ArticleCountryPlace.CountryCode) ? town : null;
        if ((main ?? near) is { } around)
        {
            AddEvidence(fields, "location", around.Span);
            return (around.Place, new PlacedBy(around, OwnSentences: false));
        }

        if (incident.Place is { } named)
        {
            AddEvidence(fields, "location", named.Span);
            return (named.Place, new PlacedBy(named, OwnSentences: true));
        }

        if (CountryOf(incident) is { } country)
        {
            AddEvidence(fields, "location", country.Span);
            return (country.Place, new PlacedBy(null, OwnSentences: false));
        }

        return (new EventPlace(), new PlacedBy(null, OwnSentences: false));
    }

    /// <summary>
    /// "A village in Borno state was attacked … the attack, at X in Y district, …": a lead that places the incident only by its
    /// region leaves the town to the sentences that go on telling it (its own, and the one right after, before another
    /// incident starts). The first town or district those sentences name inside that region, in a sentence no other incident
    /// tells, is where the incident happened (ACLED codes the smallest unit given).
    /// </summary>
    private PlaceAnchor? TownInRegion(Incident incident, PlaceAnchor region, int paragraphEnd)
    {
        var others = reported.Where(i => i != incident).SelectMany(i => i.Frames).Where(f => !f.Anaphoric).Select(f => f.Sentence).ToHashSet();
        var (first, last) = (incident.Frames[0].Sentence, Math.Min(incident.LastSentence + 1, paragraphEnd - 1));
        return layers.Places.Where(p => !p.IsCountry && !p.Capital && !p.Dateline && p.Place is { HasCoordinates: true, GeoPrecision: <= 2 }
                                        && p.Place.CountryCode == region.Place.CountryCode && p.Place.Admin1 is not null && p.Place.Admin1 == region.Place.Admin1
                                        && layers.SentenceOf(p.FirstToken) is var s && s >= first && s <= last && !others.Contains(s) && layers.IsEventPlace(p))
            .OrderBy(p => p.Between).ThenBy(p => p.FirstToken).FirstOrDefault();
    }

    private bool RefersToTheTown(Incident incident) =>
        incident.Frames.Any(f => Enumerable.Range(f.Trigger.EndToken, 3).Any(t => layers.Is(t, SyntaxRole.TownNoun) && layers.Is(t - 1, SyntaxRole.Definite)));

    /// <summary>The country of the article's main place, for background no country is named for.</summary>
    private (EventPlace Place, TextSpan? Span)? MainCountry() =>
        layers.MainPlace is { Place.Country: { } name } main
            ? (new EventPlace { Country = name, CountryCode = main.Place.CountryCode, GeoPrecision = 3 }, main.Span)
            : null;

    private bool PlacedInItsClause(Incident incident) =>
        incident.Frames.Any(f => f.Place is { IsCountry: false } p && layers.ClauseOf(p.FirstToken) == f.Clause);

    /// <summary>
    /// No place named: the country the sentences speak of (the article's own when it is among them; not one naming a
    /// source, « راديو فرنسا »), else the article's (with no span of its own to point at).
    /// </summary>
    private (EventPlace Place, TextSpan? Span)? CountryOf(Incident incident)
    {
        var sentences = incident.Frames.Select(f => f.Sentence).ToHashSet();
        var named = layers.Countries.Where(c => c.Kind == Countries.CountryMentionKind.Name && sentences.Contains(layers.SentenceOf(c.FirstToken)) && !layers.NamesASource(c.FirstToken)).ToList();
        var countryMention = named.FirstOrDefault(c => c.Country.Code == layers.ArticleCountryPlace?.CountryCode) ?? named.FirstOrDefault();
        if (countryMention is not null)
        {
            return (new EventPlace { Country = countryMention.Country.Name, CountryCode = countryMention.Country.Code, GeoPrecision = 3 }, countryMention.Span);
        }

        return layers.ArticleCountryPlace is { } article ? (article, null) : null;
    }

    private static void AddEvidence(Dictionary<string, List<TextSpan>> fields, string field, TextSpan? span)
    {
        if (span is { } value)
        {
            if (!fields.TryGetValue(field, out var list))
            {
                fields[field] = list = [];
            }

            list.Add(value);
        }
    }

    /// <summary>The clauses of the incident's triggers, merged where they touch.</summary>
    private ImmutableArray<TextSpan> Evidence(Incident incident)
    {
        var spans = incident.Frames.Select(f => ClauseSpan(f.Clause)).Order().ToList();
        var merged = new List<TextSpan>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End + 1)
            {
                merged[^1] = merged[^1].Cover(span);
            }
            else
            {
                merged.Add(span);
            }
        }

        return [.. merged];
    }

    private TextSpan ClauseSpan(int clause)
    {
        int first = -1, last = -1;
        for (var t = 0; t < layers.Doc.Tokens.Length; t++)
        {
            if (layers.ClauseOf(t) != clause || layers.Doc.Tokens[t].Kind == Text.TokenKind.LineBreak)
            {
                continue;
            }

            first = first < 0 ? t : first;
            last = t;
        }

        // A clause ends with the comma or full stop that closed it: leave the punctuation out.
        while (last > first && layers.Doc.Tokens[last].Kind == Text.TokenKind.Punct)
        {
            last--;
        }

        return layers.Doc.SpanOfTokens(first, last + 1);
    }

    /// <summary>Where the place came from: the anchor coded (null for a country or capital inferred), and whether the incident's own sentences name it.</summary>
    private sealed record PlacedBy(PlaceAnchor? Anchor, bool OwnSentences);

    /// <summary>
    /// The signals of how the text tells the event, each in [0, 1], that the confidence model weighs: how the place was
    /// found, where the date came from, who did it, how the act is worded, counted, retold or told in the lead, and what
    /// kind of article tells it. All come from what assembly already found; none reads the text again.
    /// </summary>
    private Dictionary<string, double> ConfidenceSignals(Incident incident, (EventPlace Place, PlacedBy By) placed, int? count, (NamedActor? One, NamedActor? Two) actors, int? precision)
    {
        static double Flag(bool value) => value ? 1 : 0;
        var (place, by) = placed;
        var told = incident.Frames.Where(f => !f.Demoted).ToList();
        var counts = incident.Frames.SelectMany(f => f.Counts).ToList();
        var verb = told.Exists(f => f.Trigger.Form == TriggerForm.Verb);
        var figure = counts.Exists(c => c.Number is not null && !c.IsVague);
        var day = precision == 1 && incident.EventDate is not null;
        var ownPlace = by is { OwnSentences: true, Anchor: not null };
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["actor2_found"] = Flag(actors.Two is not null),
            ["actor1_catalogued"] = Flag(actors.One?.Actor is not null),
            ["actor1_unidentified"] = Flag(actors.One?.Kind == ActorKinds.UnidentifiedArmed),
            ["actor1_missing"] = Flag(actors.One is null),
            ["claimed"] = Flag(incident.Frames.Exists(f => f.Agent?.Strength == AgentStrength.Claim)),
            ["agent_explicit"] = Flag(incident.Frames.Exists(f => f.Agent?.Strength >= AgentStrength.Explicit)),
            ["counted"] = Flag(count is not null),
            ["count_figure"] = Flag(figure),
            // Told the way a report of something that just happened is: the act by a verb, with a figure, its day and its own place.
            ["told_in_full"] = Flag(verb && figure && day && ownPlace),
            ["retold"] = Math.Min(1, (incident.Frames.Count - 1) / 3.0),
            ["lead"] = Flag(incident.Frames.Min(f => f.Sentence) <= 1),
            ["trigger_verb"] = Flag(verb),
            ["plural_only"] = Flag(told.TrueForAll(f => f.Trigger.IsPlural)),
            ["refers_back"] = Flag(told.TrueForAll(f => f.Anaphoric || f.Demonstrative)),
            ["date_day"] = Flag(day),
            ["date_in_text"] = Flag(incident.EventDate is { IsYearOnly: false }),
            ["date_statement_only"] = Flag(incident.EventDate is null && incident.Date is { IsYearOnly: false }),
            ["date_publication"] = Flag(!incident.Background && incident.Date is null or { IsYearOnly: true } && layers.Reference is not null),
            ["place_town"] = Flag(place is { HasCoordinates: true, GeoPrecision: 1 }),
            ["place_near_town"] = Flag(place is { HasCoordinates: true, GeoPrecision: 2 }),
            ["place_own"] = Flag(ownPlace),
            ["place_guessed"] = Flag(by.Anchor?.Match is PlaceMatch.SoundAlike or PlaceMatch.Ambiguous),
            ["place_unfound"] = Flag(by.Anchor?.Match == PlaceMatch.NotFound),
            ["place_country_only"] = Flag(place is { Location: null, Admin1: null }),
            ["rumor"] = Flag(incident.Frames.Exists(f => f.Rumor)),
            ["background"] = Flag(incident.Background),
            ["undated_article"] = Flag(article.Published is null),
            ["article_events"] = Math.Min(1, (reported.Count - 1) / 4.0),
            // Other incidents of the same kind told beside it: a fight told twice can be split in two.
            ["same_kind_beside"] = Math.Min(1, reported.Count(i => i != incident && i.Family == incident.Family && i.Background == incident.Background) / 2.0),
            ["article_background"] = reported.Count == 0 ? 0 : reported.Count(i => i.Background) / (double)reported.Count,
            ["article_long"] = Math.Min(1, layers.Doc.Sentences.Length / 40.0),
        };
    }
}
