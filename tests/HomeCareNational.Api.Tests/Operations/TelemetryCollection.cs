namespace HomeCareNational.Api.Tests.Operations;

/// <summary>
/// The telemetry tests run alone, after every other collection: the other services of this test process make meters
/// of the same name, whose instruments OpenTelemetry joins to this service's streams, and a service stopping beside
/// these tests ends those shared streams with it, so a measurement made after that would be lost.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection : ICollectionFixture<TelemetryServiceFixture>
{
    public const string Name = "Telemetry";
}
