using Marsad.Text;

namespace Marsad.Lexicon;

/// <summary>
/// Many phrases matched in one pass: a trie over folded tokens. The first token of a phrase may
/// carry proclitics and its last token a pronoun suffix; both are split off only when what
/// remains continues a known phrase.
/// </summary>
public sealed class PhraseMatcher<T>
{
    // Every lexicon tries every reading of every token: suffix-stripped stems are spelled into a stack buffer, not new strings.
    private const int ScratchChars = 64;
    private readonly Node _root = new();

    public PhraseMatcher(IEnumerable<(string Phrase, T Payload)> entries)
    {
        foreach (var (phrase, payload) in entries)
        {
            Add(phrase, payload);
        }
    }

    public int Count { get; private set; }

    /// <summary>Every match at every start (overlaps included), in document order.</summary>
    public List<PhraseMatch<T>> FindAll(TextDocument doc)
    {
        var matches = new List<PhraseMatch<T>>();
        for (var i = 0; i < doc.Tokens.Length; i++)
        {
            FindAt(doc, i, matches);
        }

        return matches;
    }

    /// <summary>Leftmost-longest matches that do not overlap.</summary>
    public List<PhraseMatch<T>> FindLongest(TextDocument doc)
    {
        var result = new List<PhraseMatch<T>>();
        var buffer = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < doc.Tokens.Length)
        {
            buffer.Clear();
            FindAt(doc, i, buffer);
            if (buffer.Count == 0)
            {
                i++;
                continue;
            }

            var longest = buffer.Max(m => m.EndToken);
            result.AddRange(buffer.Where(m => m.EndToken == longest));
            i = longest;
        }

        return result;
    }

    /// <summary>The matches that start at token <paramref name="index"/>.</summary>
    public void FindAt(TextDocument doc, int index, List<PhraseMatch<T>> output)
    {
        if (doc.Tokens[index].Kind == TokenKind.LineBreak)
        {
            return;
        }

        Span<char> buffer = stackalloc char[ScratchChars];
        var start = doc.Tokens[index].NormStart;
        var readings = doc.Readings(index);
        for (var r = 0; r < readings.Count; r++)
        {
            var reading = readings[r];
            if (_root.Child(reading.Stem) is { } node)
            {
                Emit(node, index, index + 1, start + reading.StemStart, start + reading.StemEnd, reading.Prefix, "", output);
                Walk(doc, node, index, index + 1, start + reading.StemStart, reading.Prefix, output);
            }

            var stems = ArabicClitics.SuffixStems(reading.Stem, Scratch(buffer, reading.Stem.Length));
            while (stems.MoveNext())
            {
                if (IsTaMarbuta(doc, start + reading.StemEnd - stems.Suffix.Length))
                {
                    continue;
                }

                if (_root.Child(stems.Current) is { } single)
                {
                    Emit(single, index, index + 1, start + reading.StemStart, start + reading.StemEnd - stems.Suffix.Length, reading.Prefix, stems.Suffix, output);
                }
            }
        }
    }

    private void Walk(TextDocument doc, Node node, int first, int next, int normStart, string prefix, List<PhraseMatch<T>> output)
    {
        Span<char> buffer = stackalloc char[ScratchChars];
        while (next < doc.Tokens.Length && node.HasChildren)
        {
            var token = doc.Tokens[next];
            if (token.Kind == TokenKind.LineBreak)
            {
                return;
            }

            var text = doc.TokenText(next);
            if (token.Kind == TokenKind.Arabic)
            {
                var stems = ArabicClitics.SuffixStems(text, Scratch(buffer, text.Length));
                while (stems.MoveNext())
                {
                    if (IsTaMarbuta(doc, token.NormEnd - stems.Suffix.Length))
                    {
                        continue;
                    }

                    if (node.Child(stems.Current) is { } last)
                    {
                        Emit(last, first, next + 1, normStart, token.NormEnd - stems.Suffix.Length, prefix, stems.Suffix, output);
                    }
                }
            }

            if (node.Child(text) is not { } child)
            {
                return;
            }

            node = child;
            next++;
            Emit(node, first, next, normStart, token.NormEnd, prefix, "", output);
        }
    }

    /// <summary>The stack buffer, or a heap one for a word too long for it.</summary>
    private static Span<char> Scratch(Span<char> buffer, int length) => length <= buffer.Length ? buffer : new char[length];

    /// <summary>
    /// Folding writes ة as ه, but a word ending in ة has no pronoun suffix (عسكرية is not عسكري + ه):
    /// the original character decides.
    /// </summary>
    private static bool IsTaMarbuta(TextDocument doc, int suffixStart) =>
        suffixStart < doc.Folded.Length && doc.Folded[suffixStart] == 'ه' && doc.Original[doc.Norm.OriginalStart(suffixStart)] == 'ة';

    private static void Emit(Node node, int first, int end, int normStart, int normEnd, string prefix, string suffix, List<PhraseMatch<T>> output)
    {
        if (node.Payloads is null)
        {
            return;
        }

        foreach (var payload in node.Payloads)
        {
            output.Add(new PhraseMatch<T>(first, end, normStart, normEnd, prefix, suffix, payload));
        }
    }

    private void Add(string phrase, T payload)
    {
        var doc = TextDocument.Create(phrase, Language.Other);
        if (doc.Tokens.Length == 0)
        {
            return;
        }

        var node = _root;
        for (var i = 0; i < doc.Tokens.Length; i++)
        {
            node = node.GetOrAdd(doc.TokenString(i));
        }

        node.Payloads ??= [];
        if (!node.Payloads.Contains(payload))
        {
            node.Payloads.Add(payload);
            Count++;
        }
    }

    private sealed class Node
    {
        private Dictionary<string, Node>? _children;

        public List<T>? Payloads { get; set; }

        public bool HasChildren => _children is { Count: > 0 };

        public Node? Child(ReadOnlySpan<char> key) =>
            _children is not null && _children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var child) ? child : null;

        public Node? Child(string key) => _children is not null && _children.TryGetValue(key, out var child) ? child : null;

        public Node GetOrAdd(string key)
        {
            _children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!_children.TryGetValue(key, out var child))
            {
                child = new Node();
                _children[key] = child;
            }

            return child;
        }
    }
}
