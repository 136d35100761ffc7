namespace HomeCareNational.HostileInput.Tests.Http;

/// <summary>The service as <c>scripts/run-demo.sh</c> runs it, in Development: where ASP.NET Core adds its developer exception page.</summary>
public sealed class DevelopmentServiceFixture : ServiceFixture
{
    protected override string Environment => "Development";
}
