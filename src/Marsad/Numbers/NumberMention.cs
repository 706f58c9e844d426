namespace Marsad.Numbers;

/// <summary>How a count is qualified in the text.</summary>
public enum CountHedge
{
    Exact,
    AtLeast,
    About,
    MoreThan,
    LessThan,
    UpTo,

    /// <summary>Between two figures: <see cref="NumberMention.Upper"/> holds the higher one.</summary>
    Range,

    /// <summary>A quantity without a figure ("dozens", "several"): the value is ACLED's conventional one.</summary>
    Vague,
}

/// <summary>A count or amount in the text, with its hedge.</summary>
/// <param name="FirstToken">First token (the hedge's, when there is one).</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Span">Original span of the whole phrase.</param>
/// <param name="Value">The figure (the lower bound of a range).</param>
/// <param name="Upper">The upper bound of a range.</param>
/// <param name="Hedge">How the figure is qualified.</param>
/// <param name="IsWritten">True when spelled in words rather than digits.</param>
/// <param name="Unit">The unit after the figure (time, distance, percent) when there is one: such a figure counts no people.</param>
public sealed record NumberMention(int FirstToken, int EndToken, TextSpan Span, decimal Value, decimal? Upper, CountHedge Hedge, bool IsWritten, string? Unit = null)
{
    /// <summary>The conservative count ACLED would code: the lower bound, whatever the hedge.</summary>
    public int Conservative => Value > int.MaxValue ? int.MaxValue : (int)decimal.Floor(Value);

    /// <summary>A bare four-digit figure between 1900 and 2100 is more likely a year than a count.</summary>
    public bool LooksLikeYear => !IsWritten && Hedge == CountHedge.Exact && Value is >= 1900 and <= 2100 && decimal.Floor(Value) == Value && EndToken - FirstToken == 1;
}
