using Marsad.Places;
using Marsad.Resources;

namespace Marsad.Tests.Places;

/// <summary>The shipped gazetteer, loaded once for every test that needs the real data.</summary>
public sealed class GazetteerFixture
{
    public Geocoder Geocoder { get; } = Geocoder.Load(ResourceStore.Embedded);
}

[CollectionDefinition(Name)]
public sealed class ShippedGazetteer : ICollectionFixture<GazetteerFixture>
{
    public const string Name = "Shipped gazetteer";
}
