using HomeCareNational.Identity;

namespace HomeCareNational.HostileInput.Tests.Support;

/// <summary>The callers hostile requests come from, each with a real token of the running service.</summary>
public sealed class HostileCallers(ServiceFixture service)
{
    /// <summary>The prefecture whose editor sends the hostile writes; the snapshot watches its history.</summary>
    public const string Prefecture = "33";

    /// <summary>The fiscal year of the demo register the hostile writes aim at.</summary>
    public const int FiscalYear = 2024;

    public ServiceFixture Service => service;

    public Uri BaseAddress => service.BaseAddress;

    public HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    public HttpClient Editor => service.ClientFor(AppRoles.PrefectureEditor, Prefecture);

    /// <summary>A client that sends no token of its own, for requests that carry a forged one.</summary>
    public HttpClient Anonymous(string? bearer = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
        }

        return client;
    }
}
