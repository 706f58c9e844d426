using System.Collections.Immutable;
using System.Text.Json;
using Marsad.Store;
using Marsad.Tests.Dedup;

namespace Marsad.Tests.Store;

public class StoreJsonTests
{
    [Fact]
    public void Write_FieldEvidence_FieldsInOrdinalOrderAndReadBack()
    {
        var fields = new[] { "location", "fatalities", "event_date", "actor1", "event_type" }
            .ToImmutableDictionary(f => f, f => ImmutableArray.Create(new TextSpan(f.Length, f.Length + 3)));
        var record = Reports.Ambush("a1", 12) with { FieldEvidence = fields };

        var json = StoreJson.Write(record);

        var written = JsonDocument.Parse(json).RootElement.GetProperty("field_evidence").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(fields.Keys.Order(StringComparer.Ordinal), written);
        static IEnumerable<string> Spans(ImmutableDictionary<string, ImmutableArray<TextSpan>> evidence) =>
            evidence.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {string.Join(", ", f.Value)}");
        Assert.Equal(Spans(fields), Spans(StoreJson.ReadEvent(json).FieldEvidence));
    }
}
