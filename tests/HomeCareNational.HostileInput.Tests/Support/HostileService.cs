namespace HomeCareNational.HostileInput.Tests.Support;

/// <summary>One running service shared by every hostile case: the real service with the demo register, over real HTTP.</summary>
[CollectionDefinition(Name)]
public sealed class HostileService : ICollectionFixture<ServiceFixture>
{
    public const string Name = "hostile service";
}
