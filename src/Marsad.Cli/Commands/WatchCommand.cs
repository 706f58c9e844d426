using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Store;
using Marsad.Watch;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad watch FEEDS</c>: polls the feeds and news pages a file lists and ingests their new items, until stopped (or once, for cron).</summary>
public static partial class WatchCommand
{
    /// <param name="loadAnalysis">Loads the extractor once (the pipeline's <c>Analyze</c>); called only when the command runs.</param>
    public static Command Create(Func<Func<Article, ArticleAnalysis>> loadAnalysis)
    {
        var feeds = new Argument<string>("FEEDS") { Description = "A file of RSS/Atom feed and news page URLs, one a line (# starts a comment)" };
        var db = StoreArguments.Db();
        var every = new Option<string>("--every") { Description = "Time between polls of a source (30s, 10m, 2h)", DefaultValueFactory = _ => "10m" };
        var once = new Option<bool>("--once") { Description = "Poll each source that is not backed off once, then exit (for cron)" };
        var hostInterval = new Option<string>("--host-interval") { Description = "Least time between two requests to one host", DefaultValueFactory = _ => "2s" };
        var command = new Command("watch", "Watch feeds and news pages: ingest each new item once, with conditional GET, per-host rate limit and backoff") { feeds, db, every, once, hostInterval };
        command.SetAction(async (result, cancellation) =>
        {
            if (Duration(result.GetValue(every)!, "--every", allowZero: false) is not { } interval
                || Duration(result.GetValue(hostInterval)!, "--host-interval", allowZero: true) is not { } perHost)
            {
                return StoreArguments.UsageError;
            }

            var list = FeedList.Read(result.GetValue(feeds)!);
            var failed = list.Problems.Any(p => p.IsError);
            foreach (var problem in list.Problems)
            {
                Console.Error.WriteLine(problem);
            }

            if (list.Urls.IsEmpty)
            {
                return StoreArguments.SomeInputsFailed;
            }

            using var store = StoreArguments.OpenOrCreate(result.GetValue(db)!);
            if (store is null)
            {
                return StoreArguments.SomeInputsFailed;
            }

            using var ledger = SourceLedger.Open(store);
            using var web = new WebSource();
            var options = new WatchOptions { Every = result.GetValue(once) ? TimeSpan.Zero : interval, HostInterval = perHost };
            var watcher = new FeedWatcher(ledger, web, store, loadAnalysis(), StoreArguments.ExtractorVersion(), options)
            {
                OnPoll = report =>
                {
                    Console.WriteLine(report);
                    failed |= report.Outcome == PollOutcome.Failed || report.Failed > 0;
                },
                OnProblem = problem =>
                {
                    Console.Error.WriteLine(problem);
                    failed = true;
                },
            };
            if (!result.GetValue(once))
            {
                Console.Error.WriteLine($"watching {list.Urls.Length} source(s) every {result.GetValue(every)} into {store.Location} (Ctrl+C stops)");
            }

            using var stop = new SignalStop(cancellation);
            await watcher.RunAsync(list.Urls, result.GetValue(once), stop.Token);
            return failed ? StoreArguments.SomeInputsFailed : StoreArguments.Ok;
        });
        return command;
    }

    /// <summary>A duration such as <c>90s</c>, <c>10m</c>, <c>2h</c> or <c>1d</c>, or null after reporting why it is not one.</summary>
    internal static TimeSpan? Duration(string value, string option, bool allowZero)
    {
        var match = DurationPattern().Match(value.Trim());
        if (match.Success && double.TryParse(match.Groups["amount"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            && (amount > 0 || (allowZero && amount == 0)))
        {
            return match.Groups["unit"].Value switch
            {
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
        }

        Console.Error.WriteLine($"error: {option} '{value}' is not a duration (30s, 10m, 2h, 1d){(allowZero ? "" : " above zero")}");
        return null;
    }

    [GeneratedRegex(@"^(?<amount>\d+(\.\d+)?)(?<unit>[smhd])$")]
    private static partial Regex DurationPattern();
}
