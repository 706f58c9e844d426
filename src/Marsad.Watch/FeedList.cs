using System.Collections.Immutable;
using Marsad.Ingest;

namespace Marsad.Watch;

/// <summary>
/// The sources a watcher polls, from a file of one feed or news page URL a line (<c>#</c> starts a
/// comment). A malformed line is a problem naming the file and line; the other lines are kept.
/// </summary>
public sealed record FeedList(ImmutableArray<string> Urls, ImmutableArray<InputProblem> Problems)
{
    public static FeedList Read(string path)
    {
        if (!File.Exists(path))
        {
            return new FeedList([], [new InputProblem(path, null, "no such file", IsError: true)]);
        }

        var urls = ImmutableArray.CreateBuilder<string>();
        var problems = ImmutableArray.CreateBuilder<InputProblem>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = (raw.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 && (hash == 0 || char.IsWhiteSpace(raw[hash - 1])) ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Any(char.IsWhiteSpace) || !WebSource.IsUrl(line))
            {
                problems.Add(new InputProblem(path, number, $"'{line}' is not one http(s) URL of a feed or news page", IsError: true));
            }
            else if (urls.Contains(line))
            {
                problems.Add(new InputProblem(path, number, $"{line} is listed twice; polled once", IsError: false));
            }
            else
            {
                urls.Add(line);
            }
        }

        if (urls.Count == 0)
        {
            problems.Add(new InputProblem(path, null, "no feed or news page to watch", IsError: true));
        }

        return new FeedList(urls.ToImmutable(), problems.ToImmutable());
    }
}
