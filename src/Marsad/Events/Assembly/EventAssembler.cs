using System.Collections.Immutable;
using Marsad.Actors;
using Marsad.Countries;

namespace Marsad.Events.Assembly;

/// <summary>
/// From mention layers to events: frames per trigger, incidents from frames, then the incidents
/// that report something real and specific, coded as ACLED events.
/// </summary>
/// <param name="typing">The typing table.</param>
/// <param name="confidence">The confidence model.</param>
/// <param name="actors">The actor catalogue.</param>
/// <param name="countries">The country catalogue.</param>
/// <param name="capitals">Each country's capital by ISO2, for national events no town is named for.</param>
internal sealed class EventAssembler(EventTyping typing, ConfidenceModel confidence, ActorCatalog actors, CountryCatalog countries, ImmutableDictionary<string, EventPlace> capitals)
{
    public ImmutableArray<EventRecord> Assemble(MentionLayers layers, IReadOnlyList<Incident> incidents, Article article) =>
        [.. Composed(layers, incidents, article).Select(c => c.Record)];

    /// <summary>Each event with the signals its confidence was weighed from (for the explain tool).</summary>
    public IEnumerable<(EventRecord Record, IReadOnlyDictionary<string, double> Signals)> Composed(MentionLayers layers, IReadOnlyList<Incident> incidents, Article article)
    {
        var unreal = layers.Cues.Any(c => c.Kind == CueKind.Unreal);
        var captivity = TellsCaptivity(incidents);
        var reported = incidents.Where(i => IsReported(i, unreal, captivity)).ToList();
        reported.RemoveAll(i => SummarisesOthers(i, reported));
        var composer = new EventComposer(layers, typing, confidence, new ActorNaming(actors, countries), article, capitals, ActingGroup(incidents), reported);
        var starts = reported.Select(i => i.Frames[0].Sentence).Order().ToList();
        foreach (var incident in reported)
        {
            var start = incident.Frames[0].Sentence;
            if (composer.Compose(incident, starts.FirstOrDefault(s => s > start, int.MaxValue)) is { } composed)
            {
                yield return composed;
            }
        }
    }

    /// <summary>The incidents before filtering, in reading order (also for the explain tool).</summary>
    public List<Incident> Incidents(MentionLayers layers) => new IncidentMerger(layers, actors).Merge(new FrameBuilder(layers).Build());

    /// <summary>
    /// The one armed group (with its branches) that the article's current news makes act, as a subject, an agent, a
    /// claimant or a suspect: "مسلحون" told elsewhere in the same story are its men. Null when none or several.
    /// </summary>
    private ActorMention? ActingGroup(IEnumerable<Incident> incidents)
    {
        var agents = incidents.Where(i => !i.Background).SelectMany(i => i.Frames)
            .Select(f => f.Agent).OfType<Participant>()
            .Where(a => a.Strength >= AgentStrength.Generic && a.Mention.Actor is { IsTemplate: false } group && ActorKinds.IsArmed(group.Kind) && !ActorKinds.IsState(group.Kind))
            .Select(a => a.Mention)
            .ToList();
        if (agents.Count == 0)
        {
            return null;
        }

        // A katiba and the coalition it belongs to are one side (the katiba names it best); two unrelated groups leave the gunmen unidentified.
        var groups = agents.Select(a => a.Actor!).DistinctBy(a => a.Id).ToList();
        var deepest = groups.Find(g => groups.TrueForAll(other => actors.IsWithin(g, other)));
        return deepest is null ? null : agents.First(a => a.Actor == deepest);
    }

    /// <summary>True when the article tells how people were taken: a release is then the end of that story.</summary>
    public static bool TellsCaptivity(IEnumerable<Incident> incidents) =>
        incidents.Any(i => i.Frames.Any(f => f.Act is Act.Abduct or Act.Capture));

    /// <summary>
    /// An incident is reported when some actor, victim or target takes part, something pins it to
    /// one occasion (a date, a place, a figure), and it is not hearsay the article says is false.
    /// A release is an agreement of its own only when the article does not tell the captivity it ends.
    /// </summary>
    public static bool IsReported(Incident incident, bool articleDeniesHearsay, bool articleTellsCaptivity) =>
        incident.Frames.Any(f => !f.Info.SupportingOnly && !(articleTellsCaptivity && f.Act == Act.Release))
        && (incident.Frames.Any(f => f.HasParticipant) && incident.Frames.Any(f => f.IsSpecific) || IsMilestone(incident))
        && !(articleDeniesHearsay && incident.Frames.Any(f => f.Rumor))
        && !TalliesSeveral(incident);

    /// <summary>
    /// "ثلاث هجمات في مناطق مختلفة خلفت 50 قتيلا", « des attaques ont fait 30 morts », "attacks that killed 40": acts told only
    /// by a plural noun, with no place and no day of their own, tally several incidents; their toll belongs to none of them.
    /// </summary>
    private static bool TalliesSeveral(Incident incident) =>
        ActsToldOnlyByNouns(incident, f => f.Several)
        && incident.Frames.TrueForAll(f => f.Place is null or { IsCountry: true } && f.Date is null or { Vague: true } or { IsYearOnly: true } or { Precision: > 1 });

    /// <summary>
    /// "هجمات تخلف 20 قتيلا" then each attack told on its own, "attacks killed 20" then each of them: acts told only by a plural
    /// noun sum up the incidents of their kind the article goes on to tell; the summary is none of them.
    /// </summary>
    private static bool SummarisesOthers(Incident incident, List<Incident> reported) =>
        !incident.Background && ActsToldOnlyByNouns(incident, f => f.Trigger.IsPlural)
        && reported.Count(i => i != incident && !i.Background && i.Family == incident.Family && i.Frames[0].Sentence > incident.Frames[0].Sentence) >= 2;

    /// <summary>True when the incident has acts besides its outcome and every one is told by an event noun that <paramref name="noun"/> accepts.</summary>
    private static bool ActsToldOnlyByNouns(Incident incident, Func<Frame, bool> noun)
    {
        var acts = incident.Frames.Where(f => Incident.FamilyOf(f) != ActFamily.Outcome).ToList();
        return acts.Count > 0 && acts.TrueForAll(f => noun(f) && f.Trigger.Form != TriggerForm.Verb);
    }

    /// <summary>
    /// A coup, a founding, a merger or an accord recalled as background ("منذ انقلاب العام 2012", « la tentative de putsch
    /// en 2015 », "founded in 2012") is a milestone of the conflict: ACLED codes it though the text names no victim and no
    /// place; so is a coup in the news (« une tentative de coup d'État ce mercredi »), whose makers reports often leave unnamed.
    /// One told alone (not a plural trend) with a date of its own, or a side that made it, is one occasion.
    /// </summary>
    private static bool IsMilestone(Incident incident) =>
        (incident.Background || incident.Family == ActFamily.Coup) && Incident.IsPolitical(incident.Family)
        && incident.Frames.Any(f => Incident.IsPolitical(f.Info.Family) && !f.Trigger.IsPlural && (f.Date is { Vague: false } || f.Agent is not null));
}
