using System.Globalization;
using Marsad.Resources;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>The shipped date words, loaded once for every Time test, and helpers to check one expression.</summary>
internal static class TimeFixture
{
    public static DateRecognizer Recognizer { get; } = DateRecognizer.Load(ResourceStore.Embedded);

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Recognizes <paramref name="text"/>, resolves every mention in order and returns the one whose text is <paramref name="expression"/>.</summary>
    public static (DateMention Mention, DateValue? Value) Find(string text, string reference, string expression, Language? language = null)
    {
        var doc = TextDocument.Create(text, language);
        var mentions = Recognizer.Recognize(doc);
        var values = DateRecognizer.ResolveAll(mentions, Day(reference));
        for (var k = 0; k < mentions.Length; k++)
        {
            if (doc.OriginalText(mentions[k].Span) == expression)
            {
                return (mentions[k], values[k]);
            }
        }

        var found = string.Join(" | ", mentions.Select(m => doc.OriginalText(m.Span)));
        throw new Xunit.Sdk.XunitException($"no mention '{expression}' in '{text}'; found: {found}");
    }

    /// <summary>Asserts that <paramref name="expression"/> in <paramref name="text"/> resolves to <paramref name="date"/> at <paramref name="precision"/>.</summary>
    public static void AssertResolves(string text, string reference, string expression, string date, int precision, Language? language = null)
    {
        var (_, value) = Find(text, reference, expression, language);
        Assert.NotNull(value);
        Assert.Equal((Day(date), precision), (value.Date, value.Precision));
    }
}
