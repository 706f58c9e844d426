using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Marsad.Actors;
using Marsad.Resources;
using Marsad.Store;
using Marsad.Web.Api;
using Marsad.Web.Data;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marsad.Web;

/// <summary>The local web page over a Marsad store: a read-only JSON API and the page's assets.</summary>
public static class MarsadWeb
{
    /// <summary>
    /// Builds the application over an existing store. <paramref name="configure"/> runs last on the
    /// builder, so tests can swap the server (e.g. for an in-memory test server).
    /// </summary>
    /// <exception cref="StoreException">There is no usable store at <see cref="ServeOptions.DbPath"/>.</exception>
    public static WebApplication Build(ServeOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var store = MarsadStore.Open(options.DbPath, new StoreOptions { MustExist = true });
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => new Dataset(store));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(SiteAssets.Load());
        // Read from the data the first time an actor's page is asked for, not at start.
        builder.Services.AddSingleton(_ => ActorNames.Load(ResourceStore.Embedded, ActorCatalog.Load(ResourceStore.Embedded)));
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            // Arabic stays readable; <, >, & and quotes are still escaped.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            json.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        RequestLimits.Configure(builder, options);
        configure?.Invoke(builder);

        var app = builder.Build();
        ErrorResponses.Use(app);
        app.UseHostFiltering();
        RequestLimits.Use(app);
        SecurityHeaders.Use(app, options);
        app.UseRouting();
        app.UseRateLimiter();
        EventEndpoints.Map(app);
        MapEndpoints.Map(app);
        FacetEndpoints.Map(app);
        ActorEndpoints.Map(app);
        ActorPageEndpoints.Map(app);
        ArticleEndpoints.Map(app);
        ExportEndpoints.Map(app);
        SiteAssets.Map(app);

        // Read the store into memory now, with the filters' choices and the whole store's first
        // table page, map and timeline, so the first page is as quick as the next.
        var data = app.Services.GetRequiredService<Dataset>();
        var json = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var all = data.Select(EventFilter.All);
        FacetEndpoints.Of(data.Current(), options, json);
        EventEndpoints.FirstPage(all, json);
        MapEndpoints.Prepare(all, json);
        return app;
    }
}
