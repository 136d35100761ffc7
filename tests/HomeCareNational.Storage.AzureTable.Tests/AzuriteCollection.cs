using HomeCareNational.Testing;

namespace HomeCareNational.Storage.AzureTable.Tests;

/// <summary>All provider tests share one Azurite; each test works in its own table.</summary>
[CollectionDefinition(AzuriteFixture.CollectionName)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
