using Marsad.Actors;
using Marsad.Events.Assembly;

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
                    // "عين التنظيم X أميرا للتنظيم": the title's own rule tells it, unless a title before the name took the name first.
                    if (_relations.Any(r => r.Subject == person.Name && r.Object == Name(Local(appointing))))
                    {
                        continue;
                    }

                    predicate = title.Kind == RelationCueKind.Leader ? RelationPredicates.LeaderOf : RelationPredicates.MemberOf;
                }

                Add(person.Name, predicate, Name(appointing), subject.Span.Cover(layers.Doc.SpanOfTokens(title.FirstToken, title.EndToken)), 0.65);
            }
        }

        // How far after a succession cue the predecessor may be named: a demonym and a quote between ("خلفا للجزائري «X»").
        private const int PredecessorReach = 3;

        // How far before a succession cue the successor may be named: an alias between ("X، المعروف باسم Y، خلفا له").
        private const int SuccessorReach = Reach;

        /// <summary>
        /// "عين التنظيم X أميرا له خلفا لـY", "اختير X خلفا له" after Y's leadership was told: the predecessor a succession cue names
        /// right after it (else, written "له", the last leader named before the successor) led the group the successor leads, and the
        /// successor leads the group the predecessor led — whichever of the two the text has already told. With no successor named
        /// ("تعيين أحد كوادره على رأس التنظيم خلفا لـY"), the predecessor led the group after the leader's title before the cue.
        /// </summary>
        private void Successions()
        {
            foreach (var cue in cues.Where(c => c.Kind == RelationCueKind.Succeeds))
            {
                var successor = PersonBefore(cue.FirstToken, SuccessorReach);
                var predecessor = PersonAfter(cue.EndToken, PredecessorReach)
                                  ?? (layers.IsWithClitic(cue.EndToken, SyntaxRole.Pronoun) || layers.Word(cue.EndToken) is "له" ? LastLeaderNamedBefore(successor) : null);
                if (predecessor is null || successor?.Name == predecessor.Name)
                {
                    continue;
                }

                var led = LedGroup(predecessor.Name);
                if (successor is not null && LedGroup(successor.Name) is { } successorGroup)
                {
                    if (led is null)
                    {
                        Add(predecessor.Name, RelationPredicates.LeaderOf, successorGroup.Group, successorGroup.Evidence.Cover(predecessor.Span), 0.6);
                    }
                }
                else if (successor is not null && led is not null)
                {
                    Add(successor.Name, RelationPredicates.LeaderOf, led.Value.Group, successor.Span.Cover(layers.Doc.SpanOfTokens(cue.FirstToken, cue.EndToken)), 0.6);
                }
                else if (led is null && cues.LastOrDefault(c => c.Kind == RelationCueKind.Leader && c.EndToken <= cue.FirstToken && layers.SentenceOf(c.FirstToken) == layers.SentenceOf(cue.FirstToken)) is { } title
                         && ActorAfter(title.EndToken, GroupGap) is { } group && Resolve(group) is { } headed)
                {
                    Add(predecessor.Name, RelationPredicates.LeaderOf, headed, group.Span.Cover(predecessor.Span), 0.6);
                }
            }
        }

        /// <summary>The group the relations so far make <paramref name="person"/> lead, with the evidence that tells it.</summary>
        private (Actor Group, TextSpan Evidence)? LedGroup(string person) =>
            _relations.LastOrDefault(r => r.Subject == person && r.Predicate == RelationPredicates.LeaderOf) is { } told
            && _current.LastOrDefault(c => c.Person == person && Name(c.Group) == told.Object).Group is { } group
                ? (group, told.Evidence)
                : null;

        /// <summary>The last person named before <paramref name="successor"/> whom the relations so far make a leader.</summary>
        private PersonMention? LastLeaderNamedBefore(PersonMention? successor) =>
            successor is null ? null : layers.Persons.LastOrDefault(p => p.EndToken <= successor.FirstToken && p.Name != successor.Name && LedGroup(p.Name) is not null);

        /// <summary>"أميرا على منطقة غاو", "واليا على الإقليم": a place right after the title, a preposition and a region's noun aside.</summary>
        private bool OverPlace(Cue title) =>
            layers.Places.Any(p => p.FirstToken >= title.EndToken && p.FirstToken - title.EndToken <= GroupGap && layers.SentenceOf(p.FirstToken) == layers.SentenceOf(title.FirstToken));
    }
}
