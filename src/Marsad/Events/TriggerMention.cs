namespace Marsad.Events;

/// <summary>A trigger in the text.</summary>
/// <param name="FirstToken">First token.</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Span">Original span (without stripped clitics).</param>
/// <param name="Act">What it says happened.</param>
/// <param name="Form">Verb, noun or phrase.</param>
/// <param name="Prefix">Proclitics: ف (and then), و, ب (by means of: بهجوم), ل (لمقتل)…</param>
/// <param name="Suffix">Pronoun suffix (the object of اختطفوه).</param>
/// <param name="IsPassive">True when the original is vocalised as a passive (قُتل، اختُطف).</param>
/// <param name="IsDefinite">True for a definite noun (الهجوم): it usually refers back to an event already told.</param>
public sealed record TriggerMention(int FirstToken, int EndToken, TextSpan Span, Act Act, TriggerForm Form, string Prefix, string Suffix, bool IsPassive, bool IsDefinite)
{
    /// <summary>A plural noun (هجمات، غارات): alone it often tells a trend rather than one incident.</summary>
    public bool IsPlural { get; init; }

    /// <summary>A dual noun (هجومين): two incidents told at once.</summary>
    public bool IsDual { get; init; }

    /// <summary>A verb after a future or modal auxiliary (will attack, pourrait viser): it has not happened.</summary>
    public bool IsModal { get; init; }

    /// <summary>A verb that tells an event only of a place as its object (استعاد، « reprendre », "seized").</summary>
    public bool NeedsPlaceObject { get; init; }
}
