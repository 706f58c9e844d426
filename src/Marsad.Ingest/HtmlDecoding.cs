using System.Text;
using System.Text.RegularExpressions;

namespace Marsad.Ingest;

/// <summary>
/// Decodes an HTML page's bytes: a byte-order mark first, then the charset the server or the page
/// declares (Arabic sites still declare windows-1256), then the content itself.
/// </summary>
public static partial class HtmlDecoding
{
    public static (string? Text, string Reason) Decode(byte[] bytes, string? declaredCharset = null)
    {
        var detected = TextEncodingDetector.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, TextEncodingDetector.SampleSize)));
        if (detected.BomLength > 0 || detected.IsBinary)
        {
            return detected.IsBinary ? (null, detected.Reason) : (Decode(bytes, detected.Encoding!, detected.BomLength), detected.Reason);
        }

        var charset = declaredCharset ?? MetaCharset(bytes);
        if (charset is not null && Known(charset) is { } declared)
        {
            return (Decode(bytes, declared, 0), $"declared charset {declared.WebName}");
        }

        return (Decode(bytes, detected.Encoding!, 0), detected.Reason);
    }

    private static string Decode(byte[] bytes, Encoding encoding, int skip) => encoding.GetString(bytes, skip, bytes.Length - skip);

    private static Encoding? Known(string charset)
    {
        _ = TextEncodingDetector.Utf8; // registers the code-page encodings
        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // The declaration sits in the first kilobytes, in ASCII whatever the page's encoding.
    private static string? MetaCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<charset>[A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();
}
