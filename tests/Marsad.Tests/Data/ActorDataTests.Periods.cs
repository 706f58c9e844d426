namespace Marsad.Tests.Data;

public partial class ActorDataTests
{
    private static IReadOnlyList<DataRow> Periods => PeriodTable.Value.Rows;

    [Fact]
    public void Periods_ActorAndDates_AreKnownAndWellFormed() =>
        Assert.All(Periods, p =>
        {
            Assert.True(ActorIds.Contains(p["actor_id"]), $"{p.Where}: unknown actor '{p["actor_id"]}'");
            Assert.True(IsIsoDate(p["valid_from"]), $"{p.Where}: valid_from '{p["valid_from"]}'");
            Assert.True(p["valid_to"].Length == 0 || IsIsoDate(p["valid_to"]), $"{p.Where}: valid_to '{p["valid_to"]}'");
            Assert.True(p["valid_to"].Length == 0 || string.CompareOrdinal(p["valid_from"], p["valid_to"]) < 0, $"{p.Where}: ends before it starts");
        });

    [Fact]
    public void Periods_OfOneActor_AreContiguousWithoutOverlapAndOnlyTheLastIsOpen() =>
        Assert.All(Periods.GroupBy(p => p["actor_id"]), actor =>
        {
            var periods = actor.OrderBy(p => p["valid_from"], StringComparer.Ordinal).ToList();
            for (var i = 0; i < periods.Count - 1; i++)
            {
                Assert.True(periods[i]["valid_to"] == periods[i + 1]["valid_from"],
                    $"{periods[i].Where}: ends {periods[i]["valid_to"]} but the next period starts {periods[i + 1]["valid_from"]}");
            }

            Assert.True(periods[^1]["valid_to"].Length == 0, $"{periods[^1].Where}: the last period of {actor.Key} is closed");
        });

    [Fact]
    public void Periods_NextToEachOther_HaveDistinctNames() =>
        Assert.All(Periods.GroupBy(p => p["actor_id"]), actor =>
        {
            // A name may come back later (ISWAP was "Islamic State (West Africa)" before and after its
            // Lake Chad Faction years), but a change of period must change the name.
            var periods = actor.OrderBy(p => p["valid_from"], StringComparer.Ordinal).ToList();
            for (var i = 0; i < periods.Count - 1; i++)
            {
                Assert.True(periods[i]["acled_name"] != periods[i + 1]["acled_name"], $"{periods[i + 1].Where}: same name as the period before");
            }
        });

    [Fact]
    public void Periods_CurrentName_IsTheActorsAcledName()
    {
        var names = Actors.ToDictionary(a => a["id"], a => a["acled_name"]);
        var current = Periods.Where(p => p["valid_to"].Length == 0);
        Assert.All(current, p => Assert.True(names[p["actor_id"]] == p["acled_name"], $"{p.Where}: actors.tsv says '{names[p["actor_id"]]}'"));
    }

    [Fact]
    public void Periods_StateForcesAndGovernments_AllHavePeriods()
    {
        var withPeriods = Periods.Select(p => p["actor_id"]).ToHashSet();
        var regimeNamed = Actors.Where(a => a["acled_name"].StartsWith("Military Forces of", StringComparison.Ordinal)
            || a["acled_name"].StartsWith("Police Forces of", StringComparison.Ordinal)
            || a["acled_name"].StartsWith("Government of", StringComparison.Ordinal));
        Assert.All(regimeNamed, a => Assert.True(withPeriods.Contains(a["id"]), $"{a.Where}: no periods"));
    }

    [Fact]
    public void Periods_Sources_AreDocumentedKeys() => AssertSources(Periods);
}
