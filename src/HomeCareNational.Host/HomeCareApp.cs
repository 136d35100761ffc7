using HomeCareNational.Application;
using HomeCareNational.Application.Access;
using HomeCareNational.GraphQL;
using HomeCareNational.GraphQL.Http;
using HomeCareNational.Host.Api;
using HomeCareNational.Host.Dashboard;
using HomeCareNational.Host.GraphiQL;
using HomeCareNational.Host.Health;
using HomeCareNational.Host.Hosting;
using HomeCareNational.Host.OpenData;
using HomeCareNational.Host.Telemetry;
using HomeCareNational.Identity;
using OpenTelemetry;

namespace HomeCareNational.Host;

/// <summary>Builds the service: API and co-hosted silo. Tests build it the same way, with their own arguments.</summary>
public static class HomeCareApp
{
    /// <param name="args">The command line.</param>
    /// <param name="extendTelemetry">Added to the telemetry pipeline (<see cref="HomeCareTelemetryExtensions.AddHomeCareTelemetry"/>); tests add in-memory exporters.</param>
    public static WebApplication Build(string[] args, Action<OpenTelemetryBuilder>? extendTelemetry = null)
    {
        var builder = CreateBuilder(args);
        builder.AddHomeCareTelemetry(extendTelemetry);
        builder.AddHomeCareSilo();
        builder.AddHomeCareAuthentication();
        builder.Services.AddHomeCareAccess();
        builder.Services.AddHomeCareApplication();
        builder.Services.AddHomeCareGraphQL();
        builder.Services.AddHomeCareProblemResponses();
        builder.Services.AddHomeCareHealthChecks();

        var app = builder.Build();
        app.UseHomeCareProblemResponses();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHomeCareGraphQL().RequireAuthorization(HomeCarePolicies.Caller);
        app.MapHomeCareGraphiQL();
        app.MapHomeCareDashboard();
        app.MapRegisterImportApi();
        app.MapHomeCareOpenData();
        app.MapHomeCareHealth();
        app.MapHomeCareOrleansDashboard();
        return app;
    }

    /// <summary>The builder with the service's configuration sources and environment, nothing added yet; commands read it too.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args) =>
        WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(HomeCareApp).Assembly.GetName().Name,
        });
}
