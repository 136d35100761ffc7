using System.Reflection;
using Xunit;

namespace HomeCareNational.Testing.Claims;

/// <summary>
/// The registry of what the test classes of one collection write in the service they share, read from their
/// <see cref="WritesRegistersAttribute"/>, <see cref="OpensRoundAttribute"/> and <see cref="SharesRegistersAttribute"/>:
/// a test in each project asserts that no two owners claim the same register or round, so a class cannot silently
/// read another's data.
/// </summary>
public static class TestDataClaims
{
    /// <summary>The claims of the test classes of <paramref name="collection"/> in <paramref name="tests"/>, each shared data set once.</summary>
    public static IReadOnlyList<TestDataClaim> Of(Assembly tests, string collection)
    {
        var owners = tests.GetTypes().Where(type => CollectionOf(type) == collection).ToList();
        var dataSets = owners.SelectMany(type => type.GetCustomAttributes<SharesRegistersAttribute>()).Select(shared => shared.DataSet);
        return owners.Concat(dataSets).Distinct().SelectMany(Declared).ToList();
    }

    /// <summary>
    /// Every pair of claims of different owners that reach the same register or round, among the collection's own and
    /// <paramref name="fixedClaims"/> (what the service itself loads, such as the demo register), as a sentence naming both.
    /// </summary>
    public static IReadOnlyList<string> Overlaps(Assembly tests, string collection, params TestDataClaim[] fixedClaims)
    {
        var claims = fixedClaims.Concat(Of(tests, collection)).ToList();
        return claims
            .SelectMany((claim, index) => claims.Skip(index + 1)
                .Where(other => other.Owner != claim.Owner && claim.Overlaps(other))
                .Select(other => $"{claim.Owner} claims {claim} and {other.Owner} claims {other}, in the collection '{collection}'."))
            .ToList();
    }

    /// <summary>The type's own claims, as its attributes declare them.</summary>
    public static IEnumerable<TestDataClaim> Declared(Type owner)
    {
        var name = owner.FullName ?? owner.Name;
        var registers = owner.GetCustomAttributes<WritesRegistersAttribute>().SelectMany(writes =>
            writes.Prefectures.Count == 0
                ? [TestDataClaim.WholeYear(name, writes.FiscalYear)]
                : writes.Prefectures.Select(prefecture => new TestDataClaim(name, TestDataKind.Register, writes.FiscalYear, prefecture)));
        var rounds = owner.GetCustomAttributes<OpensRoundAttribute>().Select(opens => new TestDataClaim(name, TestDataKind.Round, opens.FiscalYear));
        return registers.Concat(rounds);
    }

    // xunit's CollectionAttribute keeps its name only as the constructor argument.
    private static string? CollectionOf(Type type) =>
        type.CustomAttributes.FirstOrDefault(attribute => attribute.AttributeType == typeof(CollectionAttribute))?.ConstructorArguments[0].Value as string;
}
