using Marsad.Pipeline;
using Marsad.Places;
using Marsad.Resources;

namespace Marsad.Bench;

/// <summary>
/// Loading Marsad's resources: the gazetteer alone, cold (first load in the process, JIT included, as a
/// command-line run pays it) and again, then the whole pipeline.
/// </summary>
internal static class Loads
{
    public static (MarsadPipeline Pipeline, IReadOnlyList<LoadResult> Results) Run()
    {
        var (_, cold) = Measure.Load("gazetteer (Geocoder.Load, cold)", () => Geocoder.Load(ResourceStore.Embedded));
        var (_, again) = Measure.Load("gazetteer (Geocoder.Load, again)", () => Geocoder.Load(ResourceStore.Embedded));
        var (pipeline, whole) = Measure.Load("pipeline (MarsadPipeline.Load)", () => MarsadPipeline.Load(ResourceStore.Embedded));
        return (pipeline, [cold, again, whole]);
    }
}
