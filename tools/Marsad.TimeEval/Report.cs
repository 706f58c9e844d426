using System.Collections.Immutable;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.TimeEval;

/// <summary>Counts and prints what <see cref="Program"/> measures.</summary>
internal sealed class Report(bool verbose)
{
    private readonly List<string> _misses = [];
    private readonly List<string> _undated = [];
    private readonly List<(bool Gold, bool ByDate, bool ByCue, string Line)> _background = [];
    private int _exactTotal;
    private int _exactHits;
    private int _datedTotal;
    private int _withinTolerance;
    private int _withoutEvidence;

    public void Article(GoldArticle article, TextDocument doc, ImmutableArray<DateMention> mentions, DocumentDate documentDate, ImmutableArray<BackgroundCue> cues)
    {
        if (article.Published is null)
        {
            var implied = article.Events.Where(e => !e.Historical).SelectMany(e => e.Dates).DefaultIfEmpty().Max();
            _undated.Add($"{article.Id}: inferred {documentDate.Reference?.ToString("yyyy-MM-dd") ?? "unknown"} ({documentDate.Cue}); latest gold current date {(implied == default ? "none" : implied.ToString("yyyy-MM-dd"))}");
        }

        if (documentDate.Reference is not { } reference)
        {
            foreach (var e in article.Events.Where(e => e.Dates.Count > 0))
            {
                Count(article, e, null, "no reference date");
            }

            return;
        }

        var values = DateRecognizer.ResolveAll(mentions, reference);
        foreach (var e in article.Events)
        {
            if (e.Evidence.Count == 0)
            {
                _withoutEvidence++; // nothing to attach a date or a cue to: not measured
                continue;
            }

            var attached = Attach(doc, mentions, values, e);
            var value = attached is { } k ? values[k] : null;
            if (e.Dates.Count > 0)
            {
                Count(article, e, value, attached is { } m ? $"{doc.OriginalText(mentions[m].Span)} => {mentions[m].Expression}" : "no mention");
            }

            var byDate = value is not null && DateRecognizer.IsBackground(value, reference);
            var cue = Cue(doc, cues, e);
            var byEvent = DateRecognizer.IsBackgroundEvent(value, cue is not null, reference);
            _background.Add((e.Historical, byDate, byEvent, $"{article.Id} gold={(e.Historical ? "hist" : "current")} value={value} cue={cue?.Kind} :: {e.Note}"));
        }
    }

    private void Count(GoldArticle article, GoldEvent e, DateValue? value, string how)
    {
        _datedTotal++;
        var tolerance = Math.Max(Days(e.Precision ?? 3), Days(value?.AcledPrecision ?? 3));
        var ok = value is not null && e.Dates.Any(d => Math.Abs(d.DayNumber - value.Date.DayNumber) <= tolerance);
        _withinTolerance += ok ? 1 : 0;
        if (e.Precision == 1)
        {
            _exactTotal++;
            var exact = value is not null && e.Dates.Contains(value.Date);
            _exactHits += exact ? 1 : 0;
            if (!exact || verbose)
            {
                _misses.Add($"{(exact ? "ok  " : "MISS")} {article.Id} gold {string.Join("|", e.Dates.Select(d => d.ToString("yyyy-MM-dd")))} got {value?.ToString() ?? "null"} from {how} :: {e.Note}");
            }
        }
        else if (!ok || verbose)
        {
            _misses.Add($"{(ok ? "ok  " : "FAR ")} {article.Id} gold p{e.Precision} {string.Join("|", e.Dates.Select(d => d.ToString("yyyy-MM-dd")))} got {value?.ToString() ?? "null"} from {how} :: {e.Note}");
        }
    }

    private static int Days(int precision) => precision switch { 1 => 1, 2 => 7, _ => 31 };

    /// <summary>
    /// A stand-in for the event assembler's choice of the date that governs an event: the most precise
    /// mention inside its evidence (a frame such as "this year" governs nothing), else the nearest in the
    /// evidence's sentence, else the nearest before it (the date the article is telling).
    /// </summary>
    public static int? Attach(TextDocument doc, ImmutableArray<DateMention> mentions, ImmutableArray<DateValue?> values, GoldEvent e)
    {
        var inside = Enumerable.Range(0, mentions.Length)
            .Where(k => e.Evidence.Any(s => mentions[k].Span.Overlaps(s)) && values[k] is not null && !IsFrame(mentions[k].Expression))
            .OrderBy(k => values[k]!.Precision).ThenBy(k => k).ToList();
        if (inside.Count > 0)
        {
            return inside[0];
        }

        if (e.Evidence.Count == 0)
        {
            return null;
        }

        var first = e.Evidence[0];
        var sentence = SentenceAt(doc, first.Start);
        int? best = null;
        for (var k = 0; k < mentions.Length; k++)
        {
            if (doc.SentenceOf(mentions[k].FirstToken) == sentence && !IsFrame(mentions[k].Expression)
                && (best is null || Distance(mentions[k].Span, first) < Distance(mentions[best.Value].Span, first)))
            {
                best = k;
            }
        }

        if (best is not null)
        {
            return best;
        }

        var before = Enumerable.Range(0, mentions.Length).LastOrDefault(k => mentions[k].Span.End <= first.Start && !IsFrame(mentions[k].Expression), -1);
        return before >= 0 ? before : null;
    }

    private static bool IsFrame(DateExpression expression) => expression is RelativePeriod { Offset: 0 } or NewYear or Since;

    private static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : a.Start >= b.End ? a.Start - b.End : 0;

    private static int SentenceAt(TextDocument doc, int offset)
    {
        for (var t = 0; t < doc.Tokens.Length; t++)
        {
            if (doc.SpanOfTokens(t, t + 1).End > offset)
            {
                return doc.SentenceOf(t);
            }
        }

        return -1;
    }

    public static BackgroundCue? Cue(TextDocument doc, ImmutableArray<BackgroundCue> cues, GoldEvent e)
    {
        var sentences = e.Evidence.Select(s => SentenceAt(doc, s.Start)).ToHashSet();
        return cues.FirstOrDefault(c => sentences.Contains(doc.SentenceOf(c.FirstToken)) && e.Evidence.Any(s => Math.Abs(c.Span.Start - s.Start) < 200));
    }

    public void Print()
    {
        Console.WriteLine("== date resolution (gold events with a date; mention inside or nearest the evidence)");
        foreach (var miss in _misses)
        {
            Console.WriteLine(miss);
        }

        Console.WriteLine($"exact-date accuracy on day-precise gold events: {_exactHits}/{_exactTotal} = {Ratio(_exactHits, _exactTotal):F3}");
        Console.WriteLine($"date within the scorer's tolerance, all dated gold events: {_withinTolerance}/{_datedTotal} = {Ratio(_withinTolerance, _datedTotal):F3}");
        Console.WriteLine($"gold events without evidence spans (not measured): {_withoutEvidence}");
        Console.WriteLine("== undated articles");
        _undated.ForEach(Console.WriteLine);
        Console.WriteLine("== background (gold historical vs current events)");
        foreach (var (name, predict) in new (string, Func<(bool Gold, bool ByDate, bool ByCue, string Line), bool>)[]
                 {
                     ("IsBackground(date)", b => b.ByDate),
                     ("IsBackgroundEvent(date, cue)", b => b.ByCue),
                 })
        {
            var tp = _background.Count(b => b.Gold && predict(b));
            var fp = _background.Count(b => !b.Gold && predict(b));
            var fn = _background.Count(b => b.Gold && !predict(b));
            var f1 = 2.0 * tp / Math.Max(1, 2 * tp + fp + fn);
            Console.WriteLine($"{name}: tp={tp} fp={fp} fn={fn} F1={f1:F3}");
        }

        foreach (var b in _background.Where(b => verbose || b.Gold != b.ByCue))
        {
            Console.WriteLine($"{(b.Gold == b.ByCue ? "ok  " : "MISS")} {b.Line}");
        }
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
