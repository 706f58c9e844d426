using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Hosting;

/// <summary>
/// An answer computed once and kept as bytes, served with an ETag of its content: a browser that
/// has it already gets a 304 instead of the bytes.
/// </summary>
internal sealed class ETagged(byte[] content, string contentType)
{
    private readonly string _etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"";

    /// <summary>A value written as JSON once, with the API's own settings.</summary>
    public static ETagged Json<T>(T value, JsonSerializerOptions options) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, options), "application/json; charset=utf-8");

    public IResult Serve(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ETag = _etag;
        headers.CacheControl = "no-cache";
        return context.Request.Headers.IfNoneMatch == _etag
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(content, contentType);
    }
}
