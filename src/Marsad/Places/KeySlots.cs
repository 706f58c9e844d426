using System.Runtime.CompilerServices;

namespace Marsad.Places;

/// <summary>
/// Numbers distinct keys 0, 1, 2… in their order of arrival: open addressing over flat arrays, with the
/// keys' characters in one buffer. Half a million look-ups build it while the gazetteer loads, so it
/// makes no string per key, and it runs optimised from its first call (the generic dictionary's span
/// look-up starts as unoptimised shared code and spent most of a cold load there).
/// </summary>
internal sealed class KeySlots
{
    private Bucket[] _table;
    private int[] _hashes; // by slot, for rehashing
    private int[] _ends; // by slot: where its key ends in _chars (it starts where the previous one ends)
    private char[] _chars;
    private int _charCount;

    /// <summary>Room for about <paramref name="keys"/> keys of <paramref name="characters"/> characters in all; it grows past that.</summary>
    public KeySlots(int keys, int characters)
    {
        _table = EmptyTable(BucketsFor(keys));
        _hashes = new int[keys];
        _ends = new int[keys];
        _chars = new char[characters];
    }

    public int Count { get; private set; }

    /// <summary>The slot of <paramref name="key"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ReadOnlySpan<char> key) => _table[Find(key, Hash(key))].Slot;

    /// <summary>The slot of <paramref name="key"/>, numbered <see cref="Count"/> when new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int GetOrAdd(ReadOnlySpan<char> key)
    {
        var hash = Hash(key);
        var bucket = Find(key, hash);
        if (_table[bucket].Slot >= 0)
        {
            return _table[bucket].Slot;
        }

        var slot = Count++;
        if (slot == _hashes.Length)
        {
            Array.Resize(ref _hashes, slot * 2);
            Array.Resize(ref _ends, slot * 2);
        }

        if (_charCount + key.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + key.Length));
        }

        key.CopyTo(_chars.AsSpan(_charCount));
        _charCount += key.Length;
        (_hashes[slot], _ends[slot]) = (hash, _charCount);
        _table[bucket] = new Bucket(slot, hash);
        if (Count * 2 > _table.Length)
        {
            Rehash();
        }

        return slot;
    }

    private ReadOnlySpan<char> Key(int slot)
    {
        var start = slot == 0 ? 0 : _ends[slot - 1];
        return _chars.AsSpan(start, _ends[slot] - start);
    }

    /// <summary>The bucket that holds <paramref name="key"/>, or the empty one it would go to (linear probing; the table is at most half full).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Find(ReadOnlySpan<char> key, int hash)
    {
        var mask = _table.Length - 1;
        for (var bucket = hash & mask; ; bucket = (bucket + 1) & mask)
        {
            var entry = _table[bucket];
            if (entry.Slot < 0 || (entry.Hash == hash && Key(entry.Slot).SequenceEqual(key)))
            {
                return bucket;
            }
        }
    }

    private void Rehash()
    {
        _table = EmptyTable(_table.Length * 2);
        var mask = _table.Length - 1;
        for (var slot = 0; slot < Count; slot++)
        {
            var bucket = _hashes[slot] & mask;
            while (_table[bucket].Slot >= 0)
            {
                bucket = (bucket + 1) & mask;
            }

            _table[bucket] = new Bucket(slot, _hashes[slot]);
        }
    }

    private static Bucket[] EmptyTable(int buckets)
    {
        var table = new Bucket[buckets];
        table.AsSpan().Fill(new Bucket(-1, 0));
        return table;
    }

    private static int BucketsFor(int keys) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(keys * 2, 16));

    // Randomised per process (Marvin), so no text can be written to collide.
    private static int Hash(ReadOnlySpan<char> key) => string.GetHashCode(key) & int.MaxValue;

    /// <summary>A slot with its key's hash beside it, so a probe reads the key only when the hashes agree.</summary>
    private readonly record struct Bucket(int Slot, int Hash);
}
