using System.Collections.Immutable;
using System.Globalization;
using Marsad.Dedup;
using Marsad.Events;
using Marsad.Text;

namespace Marsad.Web.Api;

/// <summary>One line of the page's table.</summary>
internal sealed record TableRow(
    string Id, string? Date, string Type, string SubType, string? Actor1, string? Actor2,
    string? Location, string? Admin1, string? Country, int? Fatalities, int Sources, bool Historical)
{
    public static TableRow From(EventCluster c) => new(
        c.Id, Views.Iso(c.Event.EventDate), c.Event.EventType, c.Event.SubEventType, c.Event.Actor1, c.Event.Actor2,
        c.Event.Location, c.Event.Admin1, c.Event.Country, c.Event.Fatalities, Views.ArticleCount(c), c.Event.Historical);
}

/// <summary>An incident's fields as the event panel shows them.</summary>
internal sealed record EventView(
    string? Date, int? TimePrecision, string Type, string SubType, string DisorderType,
    string? Actor1, string? Actor2, ImmutableArray<string> AssocActor1, ImmutableArray<string> AssocActor2,
    string? Country, string? Admin1, string? Admin2, string? Location, double? Latitude, double? Longitude, int? GeoPrecision,
    int? Fatalities, int? Abducted, decimal? RansomAmount, string? RansomCurrency, bool Historical, bool CivilianTargeting,
    double Confidence, string Notes)
{
    public static EventView From(EventRecord e) => new(
        Views.Iso(e.EventDate), e.TimePrecision, e.EventType, e.SubEventType, e.DisorderType, e.Actor1, e.Actor2, e.AssocActor1, e.AssocActor2,
        e.Country, e.Admin1, e.Admin2, e.Location, e.Latitude, e.Longitude, e.GeoPrecision, e.Fatalities, e.Abducted, e.RansomAmount,
        e.RansomCurrency, e.Historical, e.CivilianTargeting, Math.Round(e.Confidence, 3), e.Notes);
}

/// <summary>One report of an incident: where it was published, what it says, and which characters support which field.</summary>
internal sealed record SourceView(
    string ArticleId, int Ordinal, string? Source, string? Url, int? Fatalities, double Confidence,
    int[][] Evidence, IReadOnlyDictionary<string, int[][]> Fields, ArticleView? Article)
{
    public static SourceView From(ClusterSource source, EventRecord? report, Article? article) => new(
        source.Key.ArticleId, source.Key.Ordinal, source.Source, source.Url, source.Fatalities, Math.Round(source.Confidence, 3),
        Views.Spans(source.Evidence),
        (report?.FieldEvidence ?? ImmutableDictionary<string, ImmutableArray<TextSpan>>.Empty).Where(f => !f.Value.IsDefaultOrEmpty).ToDictionary(f => f.Key, f => Views.Spans(f.Value)),
        article is null ? null : ArticleView.From(article));
}

/// <summary>An article as stored, with the language and direction to show it in.</summary>
internal sealed record ArticleView(string Id, string? Title, string Text, string Lang, string Dir, string? Published, string? Source, string? Url)
{
    public static ArticleView From(Article a)
    {
        var language = TextDocument.Create(a.Text, LanguageCodes.Parse(a.Lang)).Language;
        return new ArticleView(a.Id, a.Title, a.Text, language.Code(), language == Language.Arabic ? "rtl" : "ltr", Views.Iso(a.Published), a.Source, a.Url);
    }
}

internal static class Views
{
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static int[][] Spans(ImmutableArray<TextSpan> spans) => spans.IsDefault ? [] : [.. spans.Select(s => new[] { s.Start, s.End })];

    /// <summary>How many articles report the incident (an article may hold two reports of it).</summary>
    public static int ArticleCount(EventCluster c) => c.Sources.Select(s => s.Key.ArticleId).Distinct().Count();
}
