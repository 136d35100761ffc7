using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Hosting;

namespace HomeCareNational.Grains.Tests.Support;

/// <summary>A silo host composed by <see cref="HomeCareGrainsExtensions.AddHomeCareGrains"/>, built but never started, for option checks.</summary>
public static class UnstartedSilo
{
    public static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.UseOrleans(silo => silo.AddHomeCareGrains());
        return builder.Build();
    }

    /// <summary>Runs what the host runs before it starts anything (ValidateOnStart registers the options with it).</summary>
    public static void ValidateOptions(this IHost host) => host.Services.GetRequiredService<IStartupValidator>().Validate();
}
