using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Hosting;

/// <summary>Where the server listens and what it accepts: small GET requests, a rate per client, known host names.</summary>
internal static class RequestLimits
{
    private const int MaxQueryLength = 2048;

    public static void Configure(WebApplicationBuilder builder, ServeOptions options)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(options.Host, options.Port);
            kestrel.Limits.MaxRequestBodySize = 0;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 50;
            kestrel.Limits.MaxConcurrentConnections = 100;
        });

        // A page on loopback answers only to loopback names, so another site cannot reach it by
        // rebinding its own name to 127.0.0.1. An exposed page answers to its address, or to any
        // name when it listens on every interface.
        var any = options.Host.Equals(IPAddress.Any) || options.Host.Equals(IPAddress.IPv6Any);
        builder.Services.AddHostFiltering(filter => filter.AllowedHosts = any
            ? ["*"]
            : ["localhost", "127.0.0.1", "[::1]", options.Host.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{options.Host}]" : options.Host.ToString()]);

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.RequestBurst,
                    TokensPerPeriod = options.RequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "1";
                return new ValueTask(ErrorResponses.Write(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "too many requests: wait a second"));
            };
        });
    }

    /// <summary>Refuses request bodies and very long query strings before any endpoint runs: every endpoint only reads.</summary>
    public static void Use(WebApplication app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            await ErrorResponses.Write(context, StatusCodes.Status413PayloadTooLarge, "this server takes no request bodies");
            return;
        }

        if (request.QueryString.Value?.Length > MaxQueryLength)
        {
            await ErrorResponses.Write(context, StatusCodes.Status414UriTooLong, $"the query is longer than {MaxQueryLength} characters");
            return;
        }

        await next(context);
    });
}
