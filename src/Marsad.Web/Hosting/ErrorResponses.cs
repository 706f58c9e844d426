using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marsad.Web.Hosting;

/// <summary>Every error as a small problem+json body: a status and a sentence, never a stack trace.</summary>
internal static class ErrorResponses
{
    public static void Use(WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                // The details go to the server's log, not to the browser.
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Marsad.Web").LogError(error, "request failed: {Path}", context.Request.Path);
                return Write(context, StatusCodes.Status500InternalServerError, "internal error");
            },
        });
        app.UseStatusCodePages(pages => pages.HttpContext.Response.HasStarted
            ? Task.CompletedTask
            : Write(pages.HttpContext, pages.HttpContext.Response.StatusCode, Sentence(pages.HttpContext.Response.StatusCode)));
    }

    public static Task Write(HttpContext context, int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status).ExecuteAsync(context);

    private static string Sentence(int status) => status switch
    {
        StatusCodes.Status404NotFound => "not found",
        StatusCodes.Status405MethodNotAllowed => "this server only answers GET requests",
        _ => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status).ToLowerInvariant(),
    };
}
