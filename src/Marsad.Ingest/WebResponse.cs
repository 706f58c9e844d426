using System.Net.Http.Headers;

namespace Marsad.Ingest;

/// <summary>What a server said identifies a version of a resource; sent back so an unchanged one costs no download.</summary>
public sealed record WebValidators(string? ETag, DateTimeOffset? LastModified)
{
    public static WebValidators None { get; } = new(null, null);
}

public enum WebStatus
{
    Fetched,
    NotModified,
    Failed,
}

/// <summary>The answer to one GET: a body with its type and validators, "not modified" (no body sent), or why it failed.</summary>
/// <param name="Status">What came back.</param>
/// <param name="Body">The body of a fetched resource; empty otherwise.</param>
/// <param name="ContentType">The type the server declared for the body.</param>
/// <param name="Validators">What identifies the version fetched (or the one still current, for "not modified").</param>
/// <param name="Error">Why the request failed.</param>
/// <param name="RetryAfter">How long a failing server asked to be left alone (Retry-After), when it said.</param>
public sealed record WebResponse(WebStatus Status, byte[] Body, MediaTypeHeaderValue? ContentType, WebValidators Validators, string? Error, TimeSpan? RetryAfter = null)
{
    public static WebResponse Fetched(byte[] body, MediaTypeHeaderValue? type, WebValidators validators) => new(WebStatus.Fetched, body, type, validators, null);

    public static WebResponse NotModified(WebValidators validators) => new(WebStatus.NotModified, [], null, validators, null);

    public static WebResponse Failed(string error, TimeSpan? retryAfter = null) => new(WebStatus.Failed, [], null, WebValidators.None, error, retryAfter);
}
