using Marsad.Pipeline;
using Marsad.Resources;

namespace Marsad.Tests.Golden;

/// <summary>The pipeline with the shipped resources, loaded once for a whole test class.</summary>
public sealed class PipelineFixture
{
    public MarsadPipeline Pipeline { get; } = MarsadPipeline.Load(ResourceStore.Embedded);
}
