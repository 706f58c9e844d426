namespace Marsad.Text;

/// <summary>A sentence: a range of tokens <c>[FirstToken, EndToken)</c>.</summary>
public readonly record struct Sentence(int Index, int FirstToken, int EndToken)
{
    public int TokenCount => EndToken - FirstToken;

    public bool Contains(int token) => token >= FirstToken && token < EndToken;
}
