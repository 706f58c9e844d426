using System.Collections.Immutable;
using Marsad.Actors;
using Marsad.Countries;

namespace Marsad.Events.Assembly;

/// <summary>
/// From mention layers to events: frames per trigger, incidents from frames, then the incidents
/// that report something real and specific, coded as ACLED events.
/// </summary>
internal sealed class EventAssembler(ActorCatalog actors, CountryCatalog countries)
{
    public ImmutableArray<EventRecord> Assemble(MentionLayers layers, IReadOnlyList<Incident> incidents, Article article)
    {
        var unreal = layers.Cues.Any(c => c.Kind == CueKind.Unreal);
        var composer = new EventComposer(layers, new ActorNaming(actors, countries), article);
        var events = ImmutableArray.CreateBuilder<EventRecord>();
        var starts = incidents.Where(i => IsReported(i, unreal)).Select(i => i.Frames[0].Sentence).Order().ToList();
        foreach (var incident in incidents)
        {
            var start = incident.Frames[0].Sentence;
            var paragraphEnd = starts.FirstOrDefault(s => s > start, int.MaxValue);
            if (!IsReported(incident, unreal) || composer.Compose(incident, paragraphEnd) is not { } record)
            {
                continue;
            }

            events.Add(record);
        }

        return events.ToImmutable();
    }

    /// <summary>The incidents before filtering, in reading order (also for the explain tool).</summary>
    public List<Incident> Incidents(MentionLayers layers) => new IncidentMerger(layers, actors).Merge(new FrameBuilder(layers).Build());

    /// <summary>
    /// An incident is reported when some actor, victim or target takes part, something pins it to
    /// one occasion (a date, a place, a figure), and it is not hearsay the article says is false.
    /// </summary>
    public static bool IsReported(Incident incident, bool articleDeniesHearsay) =>
        incident.Frames.Any(f => !EventTyping.IsSupportingOnly(f.Act))
        && incident.Frames.Any(f => f.HasParticipant)
        && incident.Frames.Any(f => f.IsSpecific)
        && !(articleDeniesHearsay && incident.Frames.Any(f => f.Rumor));
}
