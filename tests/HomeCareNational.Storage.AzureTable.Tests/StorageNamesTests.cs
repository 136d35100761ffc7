using HomeCareNational.Abstractions;

namespace HomeCareNational.Storage.AzureTable.Tests;

/// <summary>
/// The stored names, written out once more on purpose: stored rows are found by them, so a constant renamed by a
/// refactoring would orphan every row of a running service. Change one only with a migration.
/// </summary>
public sealed class StorageNamesTests
{
    [Fact]
    public void The_providers_and_grain_states_keep_their_stored_names()
    {
        Assert.Equal(
            ["homecare", "homecare-idempotency", "prefecture", "register", "region", "national", "round", "idempotency"],
            [
                StorageNames.GrainStorage, StorageNames.IdempotencyStorage, StorageNames.PrefectureState, StorageNames.RegisterState,
                StorageNames.RegionState, StorageNames.NationalState, StorageNames.RoundState, StorageNames.IdempotencyState,
            ]);
    }

    [Fact]
    public void The_tables_keep_their_stored_names()
    {
        Assert.Equal(
            ["HomeCareGrains", "HomeCareGrainState", "HomeCareRegisterHistory", "HomeCareTotalsHistory", "HomeCareRoundHistory"],
            [
                StorageNames.GrainStateTable, StorageNames.EarlierReleaseGrainStateTable, StorageNames.RegisterHistoryTable,
                StorageNames.TotalsHistoryTable, StorageNames.RoundHistoryTable,
            ]);
    }
}
