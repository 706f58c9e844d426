using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Hosting;

/// <summary>
/// The page and its libraries, embedded in this assembly at build time (wwwroot/ and the npm files
/// the project names), served from memory with an ETag so a reload costs a 304.
/// </summary>
internal sealed class SiteAssets
{
    private const string Prefix = "site/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
        [".woff2"] = "font/woff2",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, ETagged> _assets;

    private SiteAssets(FrozenDictionary<string, ETagged> assets) => _assets = assets;

    public static SiteAssets Load()
    {
        var assembly = typeof(SiteAssets).Assembly;
        var assets = new Dictionary<string, ETagged>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");
            assets["/" + name[Prefix.Length..]] = new ETagged(buffer.ToArray(), type);
        }

        return new SiteAssets(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, SiteAssets site) => site.Serve(context));

    private IResult Serve(HttpContext context)
    {
        var path = context.Request.Path.Value is null or "/" ? "/index.html" : context.Request.Path.Value;
        return _assets.TryGetValue(path, out var asset)
            ? asset.Serve(context)
            : Results.Problem(detail: "not found", statusCode: StatusCodes.Status404NotFound);
    }
}
