using System.Collections.Immutable;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// Dates an undated article tells looking back. Where the article's date is inferred only from its latest dates
/// (<see cref="DateInferenceCue.LatestDates"/>), the latest of them sits inside the inferred news window by
/// construction, so age cannot tell a recalled event from the news. The way a date is written still can: news
/// dates its own events by the day ("الجمعة", "أمس", "le 4 mars"), so a month of a named year ("في أكتوبر 2017",
/// « fin août 2015 ») beside days told that way is a past the writer had to name; and a year-dated event the text
/// then says something of "at the time" ("آنذاك", « à l'époque ») is seen from a distance, as is a day or month whose own
/// sentence goes on in the pluperfect (« le 2 novembre, 40 villageois avaient été tués »), with or without its year.
/// </summary>
internal static class LookingBack
{
    // How many sentences after its date a "then" may still look back to it: its own and the next.
    private const int ThenSentences = 1;

    /// <summary>For each mention, true when it is a date the text looks back to (see the type's summary).</summary>
    public static ImmutableArray<bool> Find(TextDocument doc, ImmutableArray<DateMention> mentions, DocumentDate date, ImmutableArray<BackgroundCue> cues)
    {
        var found = new bool[mentions.Length];
        if (date is not { Kind: DocumentDateKind.Inferred, Cue: DateInferenceCue.LatestDates })
        {
            return [.. found];
        }

        var daysTold = mentions.Any(m => !InferenceCues.IsAbsolute(m.Expression) && (InferenceCues.CountsFromReference(m.Expression) || InferenceCues.Core(m.Expression) is CalendarDate { Day: not null }));
        for (var k = 0; k < mentions.Length; k++)
        {
            var mention = mentions[k];
            if (mention.Expression is Since || InferenceCues.Core(mention.Expression) is not CalendarDate { Month: not null } written)
            {
                continue;
            }

            found[k] = InferenceCues.IsAbsolute(mention.Expression) && (written.Day is null && daysTold || ThenFollows(doc, mentions, k, cues))
                       || PluperfectFollows(doc, mentions, k, cues);
        }

        return [.. found];
    }

    /// <summary>A pluperfect after the mention in its sentence, with no other date between them.</summary>
    private static bool PluperfectFollows(TextDocument doc, ImmutableArray<DateMention> mentions, int k, ImmutableArray<BackgroundCue> cues)
    {
        var mention = mentions[k];
        var nextDate = k + 1 < mentions.Length ? mentions[k + 1].FirstToken : int.MaxValue;
        return cues.Any(c => c.Kind == BackgroundCueKind.Pluperfect && c.FirstToken >= mention.EndToken && c.FirstToken < nextDate
                             && doc.SentenceOf(c.FirstToken) == doc.SentenceOf(mention.FirstToken));
    }

    /// <summary>A "then" cue after the mention, in its sentence or the next, with no other date between them.</summary>
    private static bool ThenFollows(TextDocument doc, ImmutableArray<DateMention> mentions, int k, ImmutableArray<BackgroundCue> cues)
    {
        var mention = mentions[k];
        var sentence = doc.SentenceOf(mention.FirstToken);
        var nextDate = k + 1 < mentions.Length ? mentions[k + 1].FirstToken : int.MaxValue;
        return cues.Any(c => c.Kind == BackgroundCueKind.Then && c.FirstToken >= mention.EndToken && c.FirstToken < nextDate
                             && doc.SentenceOf(c.FirstToken) - sentence <= ThenSentences);
    }
}
