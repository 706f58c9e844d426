using System.Security.Cryptography;
using System.Text;

namespace Marsad.Store;

/// <summary>The content hash that makes ingest idempotent: text and the metadata that changes what is extracted.</summary>
internal static class ArticleHash
{
    public static string Of(Article article)
    {
        var canonical = string.Join('\u001F', article.Text, article.Title, article.Lang, article.Published?.ToString("yyyy-MM-dd"), article.Url, article.Source);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
