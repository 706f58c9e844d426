namespace Marsad.Events.Assembly;

/// <summary>
/// ACLED's conservative count from several reports of one incident. Counts of different groups
/// (soldiers and attackers) add up; reports of the same group (the army's four soldiers, the
/// claim's seventeen) are alternatives, and the lowest wins; a bare total ("12 قتيلا") is an
/// alternative to the sum. Vague figures ("العشرات") count only when no figure is written.
/// </summary>
internal static class CasualtyCount
{
    private const string Total = "";

    /// <param name="counts">The counts of one act, each with the key of the group counted (empty for a bare total).</param>
    /// <param name="singles">People told one by one (a killed commander), keyed by who they are: one each.</param>
    public static (int? Value, IReadOnlyList<TextSpan> Evidence) Conservative(IReadOnlyList<(VictimCount Count, string Key)> counts, IReadOnlyList<(string Who, TextSpan Span)> singles)
    {
        // "قتل 49 جنديا في الهجوم … وقتل 40 في الهجومين": a toll told over several attacks is this incident's only when nothing else counts it.
        if (counts.Any(c => !c.Count.OverSeveral) && counts.Any(c => c.Count.OverSeveral))
        {
            counts = [.. counts.Where(c => !c.Count.OverSeveral)];
        }

        counts = Current(counts);
        var exact = counts.Where(c => !c.Count.IsVague).ToList();
        if (exact.Count == 0 && singles.Count == 0)
        {
            if (counts.Count == 0)
            {
                return (null, []);
            }

            var vague = counts.MinBy(c => c.Count.Value);
            return (vague.Count.Value, [vague.Count.Span]);
        }

        var evidence = new List<TextSpan>();
        int? sum = null;
        foreach (var group in exact.Where(c => c.Key != Total).GroupBy(c => c.Key))
        {
            var lowest = group.MinBy(c => c.Count.Value);
            sum = (sum ?? 0) + lowest.Count.Value;
            evidence.Add(lowest.Count.Span);
        }

        // Named single victims add one each, once per incident ("مقتل القيادي … مع ثلاثة من مرافقيه").
        if (singles.Count > 0)
        {
            sum = (sum ?? 0) + singles.Select(s => s.Who).Distinct().Count();
            evidence.AddRange(singles.Select(s => s.Span));
        }

        var totals = exact.Where(c => c.Key == Total).ToList();
        if (totals.Count > 0)
        {
            var lowestTotal = totals.MinBy(c => c.Count.Value);
            if (sum is null || lowestTotal.Count.Value < sum)
            {
                return (lowestTotal.Count.Value, [lowestTotal.Count.Span]);
            }
        }

        return (sum, evidence);
    }

    /// <summary>
    /// The counts the report still stands by: a toll told as replacing others (« le bilan s'est alourdi à 53 ») drops the
    /// other counts of the same people and every bare total (all of them when it is a bare total itself); a toll told as
    /// superseded (« le bilan d'abord annoncé était de 9 morts ») yields to any other count.
    /// </summary>
    private static IReadOnlyList<(VictimCount Count, string Key)> Current(IReadOnlyList<(VictimCount Count, string Key)> counts)
    {
        var updated = counts.Where(c => c.Count.Revision == TollRevision.Updated).ToList();
        if (updated.Count > 0)
        {
            var keys = updated.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            return counts.Where(c => c.Count.Revision == TollRevision.Updated || !keys.Contains(Total) && c.Key != Total && !keys.Contains(c.Key)).ToList();
        }

        var standing = counts.Where(c => c.Count.Revision != TollRevision.Earlier).ToList();
        return standing.Count > 0 ? standing : counts;
    }
}
