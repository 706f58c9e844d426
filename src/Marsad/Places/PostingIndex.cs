namespace Marsad.Places;

/// <summary>
/// Postings by key in one flat array: a dictionary gives each key its slot, and a slot's postings
/// lie together. Two hundred thousand places make half a million keys, and one list per key
/// would keep the collector busy for seconds.
/// </summary>
internal sealed class PostingIndex<T>
    where T : struct
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _slots;
    private readonly int[] _starts;
    private readonly T[] _postings;

    private PostingIndex(Dictionary<string, int> slots, int[] starts, T[] postings)
    {
        _slots = slots.GetAlternateLookup<ReadOnlySpan<char>>();
        _starts = starts;
        _postings = postings;
        Count = slots.Count;
    }

    public int Count { get; }

    public ReadOnlySpan<T> this[ReadOnlySpan<char> key] =>
        _slots.TryGetValue(key, out var slot) ? _postings.AsSpan(_starts[slot], _starts[slot + 1] - _starts[slot]) : [];

    /// <summary>Collects postings; each key's postings are chained, newest first, until <see cref="Build"/>.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, int> _slots;
        private readonly List<int> _newest;
        private readonly List<(int Slot, int Previous, T Posting)> _pairs;

        /// <summary>A builder sized for about <paramref name="keys"/> keys and <paramref name="postings"/> postings, so the big arrays are allocated once.</summary>
        public Builder(int keys, int postings)
        {
            _slots = new Dictionary<string, int>(keys, StringComparer.Ordinal);
            _newest = new List<int>(keys);
            _pairs = new List<(int, int, T)>(postings);
        }

        /// <summary>The postings of <paramref name="key"/> so far, newest first, as (pair index, posting).</summary>
        public IEnumerable<(int Pair, T Posting)> Postings(string key)
        {
            if (!_slots.TryGetValue(key, out var slot))
            {
                yield break;
            }

            for (var pair = _newest[slot]; pair >= 0; pair = _pairs[pair].Previous)
            {
                yield return (pair, _pairs[pair].Posting);
            }
        }

        /// <summary>The postings of <paramref name="key"/> so far, newest first.</summary>
        public List<T> Newest(ReadOnlySpan<char> key)
        {
            _scratch.Clear();
            if (_slots.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var slot))
            {
                for (var pair = _newest[slot]; pair >= 0 && _scratch.Count < 8; pair = _pairs[pair].Previous)
                {
                    _scratch.Add(_pairs[pair].Posting);
                }
            }

            return _scratch;
        }

        private readonly List<T> _scratch = [];

        public void Add(ReadOnlySpan<char> key, T posting)
        {
            var lookup = _slots.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(key, out var slot))
            {
                slot = _slots.Count;
                lookup[key] = slot;
                _newest.Add(-1);
            }

            _pairs.Add((slot, _newest[slot], posting));
            _newest[slot] = _pairs.Count - 1;
        }

        public void Replace(int pair, T posting) => _pairs[pair] = _pairs[pair] with { Posting = posting };

        public PostingIndex<T> Build()
        {
            var starts = new int[_slots.Count + 1];
            foreach (var (slot, _, _) in _pairs)
            {
                starts[slot + 1]++;
            }

            for (var s = 1; s < starts.Length; s++)
            {
                starts[s] += starts[s - 1];
            }

            var next = starts[..^1];
            var postings = new T[_pairs.Count];
            foreach (var (slot, _, posting) in _pairs)
            {
                postings[next[slot]++] = posting;
            }

            return new PostingIndex<T>(_slots, starts, postings);
        }
    }
}
