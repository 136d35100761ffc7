using HomeCareNational.Identity;
using Orleans.Dashboard;

namespace HomeCareNational.Host.Hosting;

/// <summary>
/// The Orleans dashboard (Microsoft.Orleans.Dashboard) at <see cref="RoutePrefix"/>: its page and its JSON API
/// (<c>/orleans/DashboardCounters</c> lists the silos), for the <see cref="HomeCarePolicies.Operations"/> policy only.
/// </summary>
public static class OrleansDashboardEndpoints
{
    public const string RoutePrefix = "/orleans";

    public static IEndpointConventionBuilder MapHomeCareOrleansDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapOrleansDashboard(routePrefix: RoutePrefix).RequireAuthorization(HomeCarePolicies.Operations);
}
