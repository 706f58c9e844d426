namespace Marsad.Time;

/// <summary>What a named thing with a period says about when a text was written.</summary>
public enum EraKind
{
    /// <summary>A force, mission, group or alliance (data/time/eras.tsv): the text is on or after its start, and rarely long after its end.</summary>
    Exists,

    /// <summary>A head of state named with the title ("le président X"): the text is from the term.</summary>
    InOffice,

    /// <summary>A head of state named as former or ousted ("الرئيس السابق", "the junta that toppled X"): the text is after the term.</summary>
    AfterOffice,
}

/// <summary>
/// A name in the text that dates it: the thing named, how the name dates the text and the period it stands
/// for (<paramref name="To"/> exclusive, null while it lasts).
/// </summary>
public sealed record EraMention(TextSpan Span, int FirstToken, int EndToken, string Id, EraKind Kind, DateOnly From, DateOnly? To);
