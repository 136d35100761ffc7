using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace HomeCareNational.Identity.Tests.Support;

/// <summary>A host environment with nothing but a name.</summary>
internal sealed class TestEnvironment(string environmentName) : IHostEnvironment
{
    public static readonly TestEnvironment Development = new(Environments.Development);

    public static readonly TestEnvironment Production = new(Environments.Production);

    public string EnvironmentName { get; set; } = environmentName;

    public string ApplicationName { get; set; } = "HomeCareNational.Identity.Tests";

    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
