namespace Marsad;

/// <summary>One article as it enters the pipeline: the original text is never altered.</summary>
public sealed record Article
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    public string? Title { get; init; }

    /// <summary>Declared language (<c>ar</c>, <c>fr</c>, <c>en</c>); null means detect it.</summary>
    public string? Lang { get; init; }

    /// <summary>Publication date, the anchor of every relative date; null when unknown.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>
    /// The day the article was read (it was written no later). For an undated text that names no year,
    /// a weekday beside a day and month ("الأحد 14 كانون الثاني") then picks the most recent year that fits.
    /// </summary>
    public DateOnly? Retrieved { get; init; }

    public string? Url { get; init; }

    public string? Source { get; init; }
}
