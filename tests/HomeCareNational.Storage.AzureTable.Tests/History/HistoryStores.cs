using HomeCareNational.Abstractions.History;
using HomeCareNational.Storage.AzureTable.History;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Storage.AzureTable.Tests.History;

/// <summary>
/// The history stores as a host builds them (same registration and start-up validation), each in tables of its own.
/// A second instance over the same tables is what a restarted host sees.
/// </summary>
internal sealed class HistoryStores : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private HistoryStores(ServiceProvider services)
    {
        this.services = services;
        Options = services.GetRequiredService<IOptions<HistoryStorageOptions>>().Value;
        Register = services.GetRequiredService<IRegisterHistory>();
        Totals = services.GetRequiredService<ITotalsHistory>();
        Rounds = services.GetRequiredService<IRoundHistory>();
    }

    public HistoryStorageOptions Options { get; }

    public IRegisterHistory Register { get; }

    public ITotalsHistory Totals { get; }

    public IRoundHistory Rounds { get; }

    /// <summary>Stores over new, unique tables.</summary>
    public static HistoryStores Start(AzuriteFixture azurite, Action<HistoryStorageOptions>? configure = null) =>
        Start(azurite, AzuriteFixture.UniqueTableName("register"), AzuriteFixture.UniqueTableName("totals"), AzuriteFixture.UniqueTableName("rounds"), configure);

    /// <summary>Fresh stores over the tables <paramref name="other"/> uses, as after a restart.</summary>
    public static HistoryStores Restart(AzuriteFixture azurite, HistoryStores other) =>
        Start(azurite, other.Options.RegisterTableName, other.Options.TotalsTableName, other.Options.RoundTableName);

    /// <summary>Runs the start-up validation a host runs.</summary>
    public static void Validate(Action<HistoryStorageOptions> configure)
    {
        using var services = Build(configure);
        services.GetRequiredService<IStartupValidator>().Validate();
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private static HistoryStores Start(
        AzuriteFixture azurite, string registerTable, string totalsTable, string roundTable, Action<HistoryStorageOptions>? configure = null)
    {
        var services = Build(options =>
        {
            options.ConnectionString = azurite.ConnectionString;
            options.RegisterTableName = registerTable;
            options.TotalsTableName = totalsTable;
            options.RoundTableName = roundTable;
            configure?.Invoke(options);
        });
        services.GetRequiredService<IStartupValidator>().Validate();
        return new HistoryStores(services);
    }

    private static ServiceProvider Build(Action<HistoryStorageOptions> configure) =>
        new ServiceCollection().AddHomeCareHistoryStorage(configure).BuildServiceProvider();
}
