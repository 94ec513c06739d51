using Microsoft.Extensions.Primitives;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// HEAD answers as GET does, without the body: crawlers, link checkers and feed readers probe with it, and ASP.NET
/// Core matches an endpoint mapped for GET to GET alone.
/// </summary>
public static class HeadRequests
{
    /// <summary>First in the pipeline: whatever a HEAD request's endpoint writes is counted as sent, not sent.</summary>
    public static IApplicationBuilder UseHeadWithoutBody(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Body = Stream.Null;
        }

        return next(context);
    });

    /// <summary>After every <c>Map…</c>: each endpoint that answers GET answers HEAD too.</summary>
    public static WebApplication MapHeadAsGet(this WebApplication app)
    {
        var sources = ((IEndpointRouteBuilder)app).DataSources;
        var wrapped = sources.Select(s => (EndpointDataSource)new HeadAsGetSource(s)).ToList();
        sources.Clear();
        foreach (var source in wrapped)
        {
            sources.Add(source);
        }

        return app;
    }

    private sealed class HeadAsGetSource : EndpointDataSource
    {
        private readonly EndpointDataSource _inner;
        private IReadOnlyList<Endpoint>? _endpoints;

        public HeadAsGetSource(EndpointDataSource inner)
        {
            _inner = inner;
            ChangeToken.OnChange(inner.GetChangeToken, () => _endpoints = null);
        }

        public override IReadOnlyList<Endpoint> Endpoints => _endpoints ??= [.. _inner.Endpoints.Select(WithHead)];

        public override IChangeToken GetChangeToken() => _inner.GetChangeToken();

        private static Endpoint WithHead(Endpoint endpoint)
        {
            if (endpoint is not RouteEndpoint { RequestDelegate: { } handler } route
                || endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods
                || !methods.HttpMethods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase)
                || methods.HttpMethods.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase))
            {
                return endpoint;
            }

            var metadata = endpoint.Metadata.Append(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
            return new RouteEndpoint(handler, route.RoutePattern, route.Order, new EndpointMetadataCollection(metadata), route.DisplayName);
        }
    }
}
