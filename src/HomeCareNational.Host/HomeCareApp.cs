using HomeCareNational.GraphQL;
using HomeCareNational.GraphQL.Http;
using HomeCareNational.Host.Hosting;

namespace HomeCareNational.Host;

/// <summary>Builds the service: API and co-hosted silo. Tests build it the same way, with their own arguments.</summary>
public static class HomeCareApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(HomeCareApp).Assembly.GetName().Name,
        });
        builder.AddHomeCareSilo();
        builder.Services.AddHomeCareGraphQL();

        var app = builder.Build();
        app.MapHomeCareGraphQL();
        return app;
    }
}
