using Microsoft.AspNetCore.Builder;

namespace Marsad.Web.Hosting;

/// <summary>
/// A strict Content-Security-Policy and its companions on every response: scripts, styles, fonts
/// and data only from this server, no inline code, no framing. Articles are untrusted text; if a
/// piece of one ever reached the page as markup, the policy still stops it from running.
/// </summary>
internal static class SecurityHeaders
{
    private const string TileHost = "https://tile.openstreetmap.org";

    public static string Policy(ServeOptions options) =>
        "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; connect-src 'self'; "
        + $"img-src 'self'{(options.Online ? " " + TileHost : "")}; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void Use(WebApplication app, ServeOptions options)
    {
        var policy = Policy(options);
        // OpenStreetMap's tile policy asks browsers to send a referrer; offline nothing leaves the machine.
        var referrer = options.Online ? "strict-origin-when-cross-origin" : "no-referrer";
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = referrer;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return next(context);
        });
    }
}
