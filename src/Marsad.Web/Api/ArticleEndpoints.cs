using Marsad.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary>One stored article, for showing the text behind a relation. Ids are free text, so the id is a query parameter.</summary>
internal static class ArticleEndpoints
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/api/article", (HttpRequest request, Dataset data) =>
    {
        var query = new QueryReader(request, "id");
        var id = query.Required("id", "the article's id");
        if (query.Problem() is { } problem)
        {
            return problem;
        }

        return data.Read(store => store.LoadArticle(id)) is { } article
            ? Results.Ok(ArticleView.From(article))
            : Results.Problem(detail: $"no article '{id}'", statusCode: StatusCodes.Status404NotFound);
    });
}
