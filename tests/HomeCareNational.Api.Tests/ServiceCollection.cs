namespace HomeCareNational.Api.Tests;

/// <summary>One running service shared by all API test classes; its start (with the demo load) is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class ServiceCollection : ICollectionFixture<ServiceFixture>
{
    public const string Name = "service";
}
