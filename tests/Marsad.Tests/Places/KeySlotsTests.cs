using CsCheck;
using Marsad.Places;

namespace Marsad.Tests.Places;

public sealed class KeySlotsTests
{
    [Fact]
    public void GetOrAdd_NumbersDistinctKeysInOrderOfArrival_AndFindsThem()
    {
        // Short keys over a few letters repeat often; a small starting size makes the table grow and rehash.
        Gen.String[Gen.Char["abcخد"], 0, 6].Array[0, 400].Sample(keys =>
        {
            var slots = new KeySlots(keys: 2, characters: 4);
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                var slot = slots.GetOrAdd(key);
                Assert.Equal(expected.TryGetValue(key, out var seen) ? seen : expected[key] = expected.Count, slot);
            }

            Assert.Equal(expected.Count, slots.Count);
            Assert.All(expected, pair => Assert.Equal(pair.Value, slots.Find(pair.Key)));
            Assert.Equal(-1, slots.Find("absent-key"));
        });
    }

    [Fact]
    public void Find_OnAnEmptyTable_IsMinusOne() => Assert.Equal(-1, new KeySlots(keys: 0, characters: 0).Find("gao"));
}
