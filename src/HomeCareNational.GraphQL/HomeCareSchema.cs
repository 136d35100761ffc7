namespace HomeCareNational.GraphQL;

/// <summary>The HomeCareNational GraphQL schema.</summary>
public sealed class HomeCareSchema : Schema
{
    public HomeCareSchema(IServiceProvider services)
        : base(services)
    {
        Description = "HomeCareNational: Japan's home-care designations (在宅医療の積極的役割を担う医療機関と連携の拠点) by prefecture, region and nation.";
        Query = services.GetRequiredService<HomeCareQuery>();
        Mutation = services.GetRequiredService<HomeCareMutation>();
        Subscription = services.GetRequiredService<HomeCareSubscription>();
    }
}
