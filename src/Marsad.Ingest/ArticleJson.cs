using System.Globalization;
using System.Text.Json;

namespace Marsad.Ingest;

/// <summary>The article object of the interchange format (one JSON object a line) and plain text.</summary>
public static class ArticleJson
{
    public static SourceItem Parse(string json, string source, int line, ArticleReadOptions options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return SourceItem.Failed(source, line, $"not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return SourceItem.Failed(source, line, $"expected a JSON object, found {root.ValueKind}");
            }

            var id = Scalar(root, "id");
            if (string.IsNullOrWhiteSpace(id))
            {
                return SourceItem.Failed(source, line, "missing field 'id'");
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return SourceItem.Failed(source, line, $"article '{id}': missing string field 'text'");
            }

            var problems = new List<InputProblem>();
            var published = ParseDate(Scalar(root, "published"), out var dateProblem);
            if (dateProblem is not null)
            {
                problems.Add(new InputProblem(source, line, $"article '{id}': {dateProblem}; treated as unknown", IsError: false));
            }

            var retrieved = ParseDate(Scalar(root, "retrieved"), out var retrievedProblem) ?? options.Retrieved;
            if (retrievedProblem is not null)
            {
                problems.Add(new InputProblem(source, line, $"article '{id}': {retrievedProblem.Replace("published", "retrieved", StringComparison.Ordinal)}; treated as unknown", IsError: false));
            }

            var text = textElement.GetString()!;
            var article = new Article
            {
                Id = id,
                Text = text,
                Title = Scalar(root, "title"),
                Lang = Scalar(root, "lang"),
                Published = published,
                Retrieved = retrieved,
                Url = Scalar(root, "url"),
                Source = Scalar(root, "source"),
            };
            return Checked(article, source, line, options, problems);
        }
    }

    /// <summary>A plain-text article: the text as it is, the publication date from the options.</summary>
    public static SourceItem FromPlainText(string id, string text, string source, int? line, ArticleReadOptions options, IReadOnlyList<InputProblem> problems) =>
        Checked(new Article { Id = id, Text = text, Published = options.Published, Retrieved = options.Retrieved }, source, line, options, problems);

    /// <summary>Parses an ISO 8601 date or date-time into its date; null for empty.</summary>
    public static DateOnly? ParseDate(string? value, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.Date);
        }

        problem = $"published '{value}' is not an ISO 8601 date";
        return null;
    }

    private static SourceItem Checked(Article article, string source, int? line, ArticleReadOptions options, IReadOnlyList<InputProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            return SourceItem.Failed(source, line, $"article '{article.Id}': empty text");
        }

        return article.Text.Length > options.MaxArticleChars
            ? SourceItem.Failed(source, line, $"article '{article.Id}': text of {article.Text.Length:N0} characters exceeds the limit of {options.MaxArticleChars:N0}")
            : new SourceItem(article, source, line, problems);
    }

    private static string? Scalar(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
