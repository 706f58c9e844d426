using Marsad.Watch;

namespace Marsad.Tests.Watch;

public class WatchOptionsTests
{
    [Theory]
    [InlineData(10, 1, 15)]
    [InlineData(10, 2, 30)]
    [InlineData(10, 4, 120)]
    [InlineData(60, 1, 60)]
    [InlineData(60, 2, 120)]
    [InlineData(0, 1, 15)]
    [InlineData(10, 10, 1440)]
    [InlineData(10, 500, 1440)]
    public void Backoff_DoublesFromTheFirstOrTheIntervalUpToADay(int everyMinutes, int failures, int expectedMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), new WatchOptions { Every = TimeSpan.FromMinutes(everyMinutes) }.Backoff(failures));

    [Theory]
    [InlineData(1, 60, 60)]
    [InlineData(1, 5, 15)]
    [InlineData(2, 5000, 1440)]
    public void Backoff_LongerWhenTheServerAsksForMore(int failures, int retryAfterMinutes, int expectedMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), new WatchOptions().Backoff(failures, TimeSpan.FromMinutes(retryAfterMinutes)));
}
