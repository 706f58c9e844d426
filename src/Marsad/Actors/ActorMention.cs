namespace Marsad.Actors;

/// <summary>An actor in the text: a catalogued actor, or a noun naming a kind of actor.</summary>
/// <param name="FirstToken">First token.</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Span">Original span.</param>
/// <param name="Prefix">Proclitics on the first token (ل in للجيش, ب in بمسلحين): syntax cues.</param>
/// <param name="Role">Named, or the kind of actor the noun names.</param>
/// <param name="Actor">The catalogued actor, for named mentions and resolved anaphora (الجماعة → the last group named).</param>
/// <param name="Number">Grammatical number of the noun.</param>
/// <param name="IsAnaphor">True for a definite noun that refers back to a group named before (التنظيم، الجماعة).</param>
public sealed record ActorMention(int FirstToken, int EndToken, TextSpan Span, string Prefix, ActorRole Role, Actor? Actor, NounNumber Number, bool IsAnaphor = false);
