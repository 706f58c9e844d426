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
public sealed record WebResponse(WebStatus Status, byte[] Body, MediaTypeHeaderValue? ContentType, WebValidators Validators, string? Error)
{
    public static WebResponse Fetched(byte[] body, MediaTypeHeaderValue? type, WebValidators validators) => new(WebStatus.Fetched, body, type, validators, null);

    public static WebResponse NotModified(WebValidators validators) => new(WebStatus.NotModified, [], null, validators, null);

    public static WebResponse Failed(string error) => new(WebStatus.Failed, [], null, WebValidators.None, error);
}
