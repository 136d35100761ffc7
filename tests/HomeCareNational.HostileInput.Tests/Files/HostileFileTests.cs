using System.Net;
using HomeCareNational.Testing.Files;

namespace HomeCareNational.HostileInput.Tests.Files;

/// <summary>
/// Every hostile register file of <see cref="HostileFiles"/>, uploaded for real (not a dry run) over REST: refused
/// with its one error line and code, within its bound, and nothing stored. (The mutation reads files through the
/// same importer; HomeCareNational.Import.Tests checks every case there too.)
/// </summary>
[Collection(HostileService.Name)]
public sealed class HostileFileTests(ServiceFixture service)
{
    /// <summary>What HTTP, base64 and the service add to the importer's own bound on a shared, noisy machine.</summary>
    private static readonly TimeSpan HttpMargin = TimeSpan.FromSeconds(1);

    private static readonly Dictionary<string, HostileFile> Cases = HostileFiles.All.ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Is_refused_over_REST_with_its_error_fast_and_changes_nothing(string name)
    {
        var hostile = Cases[name];
        var file = hostile.Build();

        await new HostileCallers(service).AssertRefusedAsync(new HostileRequest(
            name, Upload.Rest(file, hostile.FileName, hostile.Error), HttpStatusCode.UnprocessableEntity, "IMPORT_REJECTED") { Bound = hostile.Bound + HttpMargin });
    }
}
