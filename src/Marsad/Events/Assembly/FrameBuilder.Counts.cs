using Marsad.Actors;
using Marsad.Numbers;

namespace Marsad.Events.Assembly;

internal sealed partial class FrameBuilder
{
    /// <summary>
    /// Gives every count of people to the trigger that governs it: the noun right after it (12 قتيلا),
    /// else the nearest kill or abduction trigger before it in its clause, else right after it
    /// (ستة جنود قُتلوا). Durations, distances, shares, years and subsets (بينهم امرأتان) count nobody.
    /// </summary>
    private void AssignCounts(List<Frame> frames)
    {
        var counted = new HashSet<ActorMention>();
        foreach (var number in layers.Numbers)
        {
            if (!CountsPeople(number))
            {
                continue;
            }

            var category = CategoryOf(number);
            if (category is not null)
            {
                counted.Add(category);
            }

            if (GoverningFrame(number.FirstToken, number.EndToken + (category is null ? 0 : category.EndToken - number.EndToken), frames) is { } frame
                && CountAct(frame.Act) is { } act)
            {
                var span = category is null ? number.Span : number.Span.Cover(category.Span);
                frame.Counts.Add(new VictimCount(act, number, number.Conservative, category, span, frame.Sentence));
            }
        }

        // جنديين، مهندسان: a dual noun is a count of two on its own.
        foreach (var dual in layers.Actors.Where(a => a.Number == NounNumber.Dual && !counted.Contains(a)))
        {
            if (GoverningFrame(dual.FirstToken, dual.EndToken, frames) is { } frame && CountAct(frame.Act) is { } act)
            {
                frame.Counts.Add(new VictimCount(act, null, 2, dual, dual.Span, frame.Sentence));
            }
        }

        // "وقتلوا سائقا سابعا", "اختطاف تاجر": one person, told by a singular noun right after the trigger.
        foreach (var frame in frames.Where(f => f.Counts.Count == 0 && f.PersonVictim is null && CountAct(f.Act) is not null))
        {
            if (frame.Target is { Number: NounNumber.Singular, Role: not ActorRole.Named } single && (single.FirstToken - frame.Trigger.EndToken <= 1 || IsLatin && IsIndefiniteObject(frame, single)) && !counted.Contains(single)
                && single.Role is ActorRole.Civilian or ActorRole.Person or ActorRole.Military or ActorRole.Police or ActorRole.Volunteer or ActorRole.Leader or ActorRole.Member)
            {
                frame.Counts.Add(new VictimCount(CountAct(frame.Act)!.Value, null, 1, single, single.Span, frame.Sentence));
            }
        }
    }

    private bool CountsPeople(NumberMention number) =>
        !number.LooksLikeYear && number.Unit is null && !IsBareArticle(number) && CategoryOf(number) is not { Number: NounNumber.Installation }
        && !(IsLatin && CountsThings(number))
        && !layers.Dates.Any(d => d.Span.Overlaps(number.Span))
        && !layers.Money.Any(m => m.Span.Overlaps(number.Span))
        && !layers.Cues.Any(c => c.Kind == CueKind.Subset && c.EndToken <= number.FirstToken && number.FirstToken - c.EndToken <= 1);

    /// <summary>"a village", « une attaque »: an indefinite article is the figure one only before a noun of people (a civilian).</summary>
    private bool IsBareArticle(NumberMention number) =>
        number.EndToken - number.FirstToken == 1 && layers.Is(number.FirstToken, SyntaxRole.Indefinite) && CategoryOf(number) is null;

    /// <summary>Who is counted: the noun after the figure, a group after من or في صفوف, or a dual noun just before it.</summary>
    private ActorMention? CategoryOf(NumberMention number)
    {
        if (IsLatin)
        {
            return LatinCategoryOf(number);
        }

        var sentence = layers.SentenceOf(number.FirstToken);
        var next = number.EndToken;
        if (layers.Is(next, SyntaxRole.Of))
        {
            next++;
        }

        if (layers.ActorAt(next) is { } after && layers.SentenceOf(next) == sentence)
        {
            return Ranks(Refine(after, sentence), sentence);
        }

        // "جنديين اثنين": the figure confirms the noun before it.
        return layers.Actors.LastOrDefault(a => a.EndToken == number.FirstToken && a.Number is NounNumber.Dual or NounNumber.PluralOrDual);
    }

    /// <summary>"عشرين قتيلا في صفوف المتطوعين": the ranks name whose dead these are.</summary>
    private ActorMention Ranks(ActorMention category, int sentence)
    {
        var ranks = layers.Cues.FirstOrDefault(c => c.Kind == CueKind.Ranks && c.FirstToken >= category.EndToken && c.FirstToken - category.EndToken <= 1);
        return ranks is not null && ActorFrom(ranks.EndToken, sentence, gap: 1) is { } owner ? owner : category;
    }

    private Frame? GoverningFrame(int first, int end, List<Frame> frames)
    {
        var sentence = layers.SentenceOf(first);
        var countable = frames.Where(f => f.Sentence == sentence && CountAct(f.Act) is not null || f.Sentence == sentence && f.Act is Act.Wound or Act.Arrest).ToList();

        if (IsLatin)
        {
            return LatinGoverningFrame(first, end, countable);
        }

        // 12 قتيلا، خمسة جرحى: the noun after the figure is the trigger.
        var noun = countable.FirstOrDefault(f => f.Trigger.FirstToken == end && f.Trigger.Form != TriggerForm.Verb && !f.Trigger.Prefix.StartsWith('و'));
        if (noun is not null)
        {
            return noun;
        }

        var clause = layers.ClauseOf(first);
        // Past commas ("اختطف مسلحون، أمس، راعيين"): the trigger whose object it is.
        return countable.LastOrDefault(f => f.Trigger.EndToken <= first && f.Clause == clause)
               ?? countable.FirstOrDefault(f => f.Trigger.FirstToken >= end && f.Trigger.FirstToken - end <= 4 && f.Clause == clause)
               ?? countable.LastOrDefault(f => f.Trigger.EndToken <= first && f.Target is { } target && target.FirstToken >= first && target.EndToken <= end);
    }

    /// <summary>What a count under this act counts: the dead, the abducted, or nobody Marsad records.</summary>
    private static Act? CountAct(Act act) => act switch
    {
        Act.Kill or Act.Execute or Act.Massacre or Act.Neutralize => Act.Kill,
        Act.Abduct or Act.Capture => Act.Abduct,
        _ => null,
    };

    /// <summary>An amount spoken of as a ransom goes to the abduction in its sentence, or the one told just before.</summary>
    private void AssignRansoms(List<Frame> frames)
    {
        foreach (var money in layers.Money)
        {
            var sentence = layers.SentenceOf(money.Number.FirstToken);
            if (!layers.CuesIn(sentence, CueKind.Ransom).Any())
            {
                continue;
            }

            var abduction = frames.LastOrDefault(f => f.Act is Act.Abduct or Act.Release && f.Sentence == sentence && f.Trigger.EndToken <= money.Number.FirstToken)
                ?? frames.FirstOrDefault(f => f.Act is Act.Abduct or Act.Release && f.Sentence == sentence)
                ?? frames.LastOrDefault(f => f.Act is Act.Abduct && f.Sentence < sentence && sentence - f.Sentence <= 2)
                ?? frames.FirstOrDefault(f => f.Act is Act.Abduct && f.Sentence > sentence && f.Sentence - sentence <= 1);
            if (abduction is not null && abduction.Ransom is null)
            {
                abduction.Ransom = money;
            }
        }
    }
}
