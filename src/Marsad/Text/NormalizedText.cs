namespace Marsad.Text;

/// <summary>
/// The folded matching text of a document with a map from every folded character back to the
/// original character it came from, so any span found in <see cref="Value"/> can be reported in
/// original offsets.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _originalStart;

    private NormalizedText(string original, string value, int[] originalStart)
    {
        Original = original;
        Value = value;
        _originalStart = originalStart;
    }

    public string Original { get; }

    /// <summary>The folded text (see <see cref="CharFolding"/>).</summary>
    public string Value { get; }

    public static NormalizedText Create(string original)
    {
        var value = new char[original.Length + 16];
        var starts = new int[original.Length + 16];
        Span<char> buffer = stackalloc char[CharFolding.MaxExpansion];
        var n = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var count = CharFolding.Fold(original[i], buffer);
            if (n + count > value.Length)
            {
                Array.Resize(ref value, value.Length * 2 + count);
                Array.Resize(ref starts, value.Length);
            }

            for (var k = 0; k < count; k++)
            {
                value[n] = buffer[k];
                starts[n] = i;
                n++;
            }
        }

        // One sentinel past the end maps to the original end.
        if (n + 1 > starts.Length)
        {
            Array.Resize(ref starts, n + 1);
        }

        starts[n] = original.Length;
        Array.Resize(ref starts, n + 1);
        return new NormalizedText(original, new string(value, 0, n), starts);
    }

    /// <summary>Original offset of the folded character at <paramref name="index"/> (or the end).</summary>
    public int OriginalStart(int index) => _originalStart[index];

    /// <summary>The original span that the folded span <c>[start, end)</c> came from.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if (end <= start)
        {
            var at = _originalStart[start];
            return new TextSpan(at, at);
        }

        // The end is just past the original char of the last folded char (a surrogate pair or a
        // ligature expansion all map to one original char).
        var last = _originalStart[end - 1];
        var originalEnd = last + 1;
        if (char.IsHighSurrogate(Original[last]) && originalEnd < Original.Length && char.IsLowSurrogate(Original[originalEnd]))
        {
            originalEnd++;
        }

        // Trailing diacritics and tatweel belong to the word they sit on.
        while (originalEnd < Original.Length && (CharFolding.IsArabicMark(Original[originalEnd]) || Original[originalEnd] == '\u0640'))
        {
            originalEnd++;
        }

        return new TextSpan(_originalStart[start], Math.Max(originalEnd, _originalStart[start]));
    }
}
