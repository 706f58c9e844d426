using Marsad.Actors;
using Marsad.Countries;
using Marsad.Events;

namespace Marsad.Relations;

public sealed partial class RelationExtractor
{
    internal sealed partial class ArticleRelations
    {
        /// <summary>
        /// "القوات التشادية والنيجرية", "غارة تشادية - كاميرونية", « les soldats nigériens et français »: two nations' demonyms
        /// joined on one force or one act are their armies acting together; so are two armies named side by side in a sentence
        /// that calls what they do joint (دوريات مشتركة، patrouilles conjointes, joint operation).
        /// </summary>
        private void JointForces()
        {
            // A country's name stands for its demonym before a dash ("هجوم مالي-فرنسي": مالي is both).
            var demonyms = layers.Countries.Where((c, i) => c.Kind == CountryMentionKind.Demonym || i + 1 < layers.Countries.Length && layers.Doc.IsPunct(c.EndToken, '-')).ToList();
            for (var i = 0; i + 1 < demonyms.Count; i++)
            {
                var (first, second) = (demonyms[i], demonyms[i + 1]);
                if (first.Country.Code != second.Country.Code && second.Kind == CountryMentionKind.Demonym && Joined(first.EndToken, second.FirstToken)
                    && (OnForce(first) || OnForce(second) || AfterAct(first.FirstToken))
                    && catalog.ForcesOf(first.Country.Code) is { } one && catalog.ForcesOf(second.Country.Code) is { } other)
                {
                    AddAllies(one, other, first.Span.Cover(second.Span));
                }
            }

            foreach (var cue in cues.Where(c => c.Kind == RelationCueKind.Joint))
            {
                var sentence = layers.SentenceOf(cue.FirstToken);
                var forces = layers.Actors.Where(a => layers.SentenceOf(a.FirstToken) == sentence && Resolve(a) is { CountryCode: not null, Kind: ActorKinds.StateForces or ActorKinds.ForeignForces }).ToList();
                for (var i = 0; i + 1 < forces.Count; i++)
                {
                    if (Joined(forces[i].EndToken, forces[i + 1].FirstToken) && Resolve(forces[i])!.Id != Resolve(forces[i + 1])!.Id)
                    {
                        AddAllies(Resolve(forces[i])!, Resolve(forces[i + 1])!, forces[i].Span.Cover(forces[i + 1].Span));
                    }
                }
            }
        }

        /// <summary>Two items with nothing but a comma, a hyphen, "and" or the article of the second between them ("the Nigerien army and the Chadian army").</summary>
        private bool Joined(int end, int next) => next >= end && next - end <= 2 && Enumerable.Range(end, next - end).All(Separator);

        /// <summary>The demonym qualifies a force: named with it ("القوات المالية", "French troops") or an unnamed one just before it (« les armées nigérienne et française »).</summary>
        private bool OnForce(CountryMention demonym) =>
            layers.Actors.Any(a => (a.FirstToken <= demonym.FirstToken && a.EndToken >= demonym.EndToken || a.EndToken == demonym.FirstToken)
                                   && Resolve(a) is { Kind: ActorKinds.StateForces or ActorKinds.ForeignForces });

        /// <summary>The demonym qualifies an act ("هجوم مالي", "frappe française").</summary>
        private bool AfterAct(int token) => layers.Triggers.Any(t => t.EndToken == token);

        /// <summary>The army of the article's country is the one helped; failing that, a foreign force (France) is the one others come beside.</summary>
        private void AddAllies(Actor one, Actor other, TextSpan evidence)
        {
            var home = layers.ArticleCountryPlace?.CountryCode;
            var (subject, obj) = one.CountryCode == home || other.CountryCode != home && one.Kind == ActorKinds.ForeignForces && other.Kind != ActorKinds.ForeignForces
                ? (other, one)
                : (one, other);
            Add(Name(subject), RelationPredicates.AlliedWith, Name(obj), evidence, 0.6);
        }

        /// <summary>How far after the subject of a fronted verb its second group may start: the preposition (عن، مع) and a quote come between.</summary>
        private const int VerbObjectReach = 3;

        /// <summary>
        /// "انفصلت X عن Y", "تحالفت X مع Y": Arabic puts the verb before its subject, so the group right after the verb is the one that broke
        /// away or allied, and the next group, past its preposition, the other.
        /// </summary>
        private void FrontedGroupVerbs()
        {
            foreach (var cue in cues.Where(c => c.Kind is RelationCueKind.SplitVerb or RelationCueKind.AllyVerb))
            {
                if (GroupAfter(AfterPunctuation(cue.EndToken), 1) is not { } subject || GroupAfter(subject.EndToken, VerbObjectReach) is not { } other
                    || layers.Persons.Any(p => p.FirstToken >= cue.EndToken && p.FirstToken < other.FirstToken)
                    || Resolve(subject) is not { } first || Resolve(other) is not { } second || first.Id == second.Id)
                {
                    continue;
                }

                var predicate = cue.Kind == RelationCueKind.SplitVerb ? RelationPredicates.FormerlyMemberOf : RelationPredicates.AlliedWith;
                Add(Name(first), predicate, Name(second), subject.Span.Cover(other.Span), 0.6);
            }
        }
    }
}