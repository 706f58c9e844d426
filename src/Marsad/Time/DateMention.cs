namespace Marsad.Time;

/// <summary>A date expression found in a document: where it is and what it says (unresolved).</summary>
/// <param name="Span">Original-text offsets of the whole expression.</param>
/// <param name="FirstToken">First token of the expression in <c>doc.Tokens</c>.</param>
/// <param name="EndToken">One past its last token.</param>
/// <param name="Expression">What the text says, before resolution.</param>
public sealed record DateMention(TextSpan Span, int FirstToken, int EndToken, DateExpression Expression);
