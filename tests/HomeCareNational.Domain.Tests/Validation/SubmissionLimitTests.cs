using static HomeCareNational.Domain.Tests.Samples;

namespace HomeCareNational.Domain.Tests.Validation;

public sealed class SubmissionLimitTests
{
    [Theory]
    [InlineData("areas", 20_000, false)]
    [InlineData("areas", 20_001, true)]
    [InlineData("hubs", 20_000, false)]
    [InlineData("hubs", 20_001, true)]
    [InlineData("institutions", 20_000, false)]
    [InlineData("institutions", 20_001, true)]
    public void A_list_longer_than_the_limit_is_refused_as_a_whole(string collection, int count, bool refused)
    {
        var errors = collection switch
        {
            "areas" => ValidateAreas(Many(count, Area)),
            "hubs" => ValidateHubs(Many(count, Hub)),
            "institutions" => ValidateInstitutions(Many(count, n => Institution(n))),
            _ => throw new ArgumentOutOfRangeException(nameof(collection), collection, null),
        };

        if (refused)
        {
            var error = Assert.Single(errors);
            Assert.Equal(collection, error.Field);
            Assert.Contains($"{collection} has 20001 entries", error.Message);
        }
        else
        {
            Assert.Empty(errors);
        }
    }
}
