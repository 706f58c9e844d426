namespace Marsad.Text;

public enum TokenKind
{
    /// <summary>A run of Arabic-script letters.</summary>
    Arabic,

    /// <summary>A run of letters of another script (Latin in practice).</summary>
    Latin,

    /// <summary>A run of ASCII digits (every digit script is folded to ASCII).</summary>
    Digits,

    /// <summary>One punctuation or symbol character.</summary>
    Punct,

    /// <summary>A line break: phrases never cross it.</summary>
    LineBreak,
}

/// <summary>A token: a range of the folded text, with its kind.</summary>
/// <param name="NormStart">Start in the folded text.</param>
/// <param name="NormEnd">End in the folded text.</param>
/// <param name="Kind">What the token is made of.</param>
/// <param name="SpaceBefore">True when white space separates it from the previous token.</param>
public readonly record struct Token(int NormStart, int NormEnd, TokenKind Kind, bool SpaceBefore)
{
    public int Length => NormEnd - NormStart;

    public bool IsWord => Kind is TokenKind.Arabic or TokenKind.Latin;
}
