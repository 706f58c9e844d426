using System.Runtime.CompilerServices;

namespace Marsad.Places;

/// <summary>
/// Postings by key in one flat array: <see cref="KeySlots"/> gives each key its slot, and a slot's postings
/// lie together. Two hundred thousand places make half a million keys, and one list per key
/// would keep the collector busy for seconds.
/// </summary>
internal sealed class PostingIndex<T>
    where T : struct
{
    private readonly KeySlots _slots;
    private readonly int[] _starts;
    private readonly T[] _postings;

    private PostingIndex(KeySlots slots, int[] starts, T[] postings)
    {
        _slots = slots;
        _starts = starts;
        _postings = postings;
        Count = slots.Count;
    }

    public int Count { get; }

    public ReadOnlySpan<T> this[ReadOnlySpan<char> key] =>
        _slots.Find(key) is >= 0 and var slot ? _postings.AsSpan(_starts[slot], _starts[slot + 1] - _starts[slot]) : [];

    /// <summary>Collects postings; each key's postings are chained, newest first, until <see cref="Build"/>.</summary>
    public sealed class Builder
    {
        private readonly KeySlots _slots;
        private readonly List<int> _newest;
        private readonly List<(int Slot, int Previous, T Posting)> _pairs;

        /// <summary>
        /// A builder sized for about <paramref name="keys"/> keys of <paramref name="characters"/> characters in all
        /// and <paramref name="postings"/> postings, so the big arrays are allocated once.
        /// </summary>
        public Builder(int keys, int characters, int postings)
        {
            _slots = new KeySlots(keys, characters);
            _newest = new List<int>(keys);
            _pairs = new List<(int, int, T)>(postings);
        }

        /// <summary>The slot of <paramref name="key"/>, made when new: one look-up for both reading its postings and adding one.</summary>
        // Half a million calls while the gazetteer loads, once per process: optimised at once rather than after tier 0.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Slot(ReadOnlySpan<char> key)
        {
            var slot = _slots.GetOrAdd(key);
            if (slot == _newest.Count)
            {
                _newest.Add(-1);
            }

            return slot;
        }

        /// <summary>The newest pair of a slot, or -1; <see cref="Previous"/> walks back from it.</summary>
        public int Newest(int slot) => _newest[slot];

        public int Previous(int pair) => _pairs[pair].Previous;

        public T Posting(int pair) => _pairs[pair].Posting;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(int slot, T posting)
        {
            _pairs.Add((slot, _newest[slot], posting));
            _newest[slot] = _pairs.Count - 1;
        }

        public void Replace(int pair, T posting) => _pairs[pair] = _pairs[pair] with { Posting = posting };

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
