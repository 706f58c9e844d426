namespace Marsad.Relations;

public sealed partial class RelationExtractor
{
    internal sealed partial class ArticleRelations
    {
        // How far after the appointing group, or the verb, the person appointed may be named: "عين التنظيم القيادي «X»".
        private const int AppointeeReach = 3;

        /// <summary>
        /// "عين التنظيم X قائدا لكتيبة Y", "عين التنظيم X واليا على الإقليم", "أعلن التنظيم تعيين X أميرا على منطقة Z": the
        /// group that appoints is the one the person belongs to. Where the title names no group of its own, it is a title in the
        /// appointing group: its head when over nothing, a member when over a place (a regional emir belongs to the movement).
        /// </summary>
        private void Appointments()
        {
            foreach (var cue in cues.Where(c => c.Kind == RelationCueKind.Appoint))
            {
                var sentence = layers.SentenceOf(cue.FirstToken);
                var subject = GroupAfter(cue.EndToken, GroupGap) is { IsAnaphor: false } after && !layers.Persons.Any(p => p.FirstToken >= cue.EndToken && p.EndToken <= after.FirstToken)
                    ? after
                    : layers.Actors.LastOrDefault(a => a.EndToken <= cue.FirstToken && layers.SentenceOf(a.FirstToken) == sentence && a.Actor is { IsTemplate: false } && !IsComplementOfCue(a) && Resolve(a) is not null);
                if (subject is null || Resolve(subject) is not { } appointing
                    || PersonAfter(Math.Max(cue.EndToken, subject.EndToken), AppointeeReach) is not { } person
                    || cues.FirstOrDefault(c => c.IsTitle && c.FirstToken >= person.EndToken && c.FirstToken - person.EndToken <= ApposedTitleReach && layers.SentenceOf(c.FirstToken) == sentence) is not { } title)
                {
                    continue;
                }

                var ownGroup = ActorAfter(title.EndToken, GroupGap);
                var predicate = ownGroup is null && title.Kind == RelationCueKind.Leader && !OverPlace(title) ? RelationPredicates.LeaderOf : RelationPredicates.MemberOf;
                if (ownGroup is not null && Resolve(ownGroup)?.Id == appointing.Id)
                {
                    continue; // "عين التنظيم X أميرا للتنظيم": the title's own rule tells it
                }

                Add(person.Name, predicate, Name(appointing), subject.Span.Cover(layers.Doc.SpanOfTokens(title.FirstToken, title.EndToken)), 0.65);
            }
        }

        /// <summary>"أميرا على منطقة غاو", "واليا على الإقليم": a place right after the title, a preposition and a region's noun aside.</summary>
        private bool OverPlace(Cue title) =>
            layers.Places.Any(p => p.FirstToken >= title.EndToken && p.FirstToken - title.EndToken <= GroupGap && layers.SentenceOf(p.FirstToken) == layers.SentenceOf(title.FirstToken));
    }
}
