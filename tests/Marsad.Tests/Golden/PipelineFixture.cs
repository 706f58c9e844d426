using System.Collections.Immutable;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Resources;

namespace Marsad.Tests.Golden;

/// <summary>The pipeline with the shipped resources, loaded once for a whole test class.</summary>
public sealed class PipelineFixture
{
    public MarsadPipeline Pipeline { get; } = MarsadPipeline.Load(ResourceStore.Embedded);

    /// <summary>The events of a short article written for a test, published on 5 March 2024 unless told otherwise.</summary>
    public ImmutableArray<EventRecord> Events(string text, DateOnly? published = null) =>
        Pipeline.Analyze(new Article { Id = "test", Text = text, Published = published ?? new DateOnly(2024, 3, 5) }).Events;
}
