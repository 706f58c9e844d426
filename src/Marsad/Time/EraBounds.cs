using System.Collections.Immutable;

namespace Marsad.Time;

/// <summary>
/// What the names of a text (<see cref="EraMention"/>) allow of its date, as penalties on a candidate day: one
/// before a thing existed or after a term it names as ended is all but impossible; one long after a thing ended,
/// or outside the term of a head of state it gives the title, is unlikely.
/// </summary>
internal sealed class EraBounds(ImmutableArray<EraMention> eras)
{
    private const double BeforeStart = 25;
    private const double OutOfTerm = 10;
    private const double LongAfterEnd = 5;

    // A title outlives a term by the days it takes the news to catch up; a thing outlives its end by a year of retrospectives.
    private const int TermGraceDays = 60;
    private const int EndGraceDays = 365;

    private readonly ImmutableArray<EraMention> _eras = [.. eras.IsDefault ? [] : eras.DistinctBy(e => (e.Id, e.Kind))];

    /// <summary>The latest end of a term named with the title: the text is not much later; null with none.</summary>
    public DateOnly? LatestEnd => _eras.Where(e => e.Kind == EraKind.InOffice).Select(e => e.To).Max();

    public double Penalty(DateOnly day) => _eras.Sum(era => Penalty(era, day));

    /// <summary>The first mention of each name: the evidence for a date the names decided.</summary>
    public ImmutableArray<EraMention> Eras => _eras;

    private static double Penalty(EraMention era, DateOnly day) => era.Kind switch
    {
        EraKind.AfterOffice => day < era.To ? BeforeStart : 0,
        EraKind.InOffice => day < era.From || era.To is { } to && day.DayNumber - to.DayNumber > TermGraceDays ? OutOfTerm : 0,
        _ => day < era.From ? BeforeStart : era.To is { } end && day.DayNumber - end.DayNumber > EndGraceDays ? LongAfterEnd : 0,
    };
}
