using HomeCareNational.Application.Errors;
using HomeCareNational.GraphQL.Errors;

namespace HomeCareNational.GraphQL.Tests.Errors;

/// <summary>The GraphQL errors a storage failure answers with.</summary>
public sealed class StorageFailureErrorTests
{
    [Fact]
    public void The_errors_tell_the_client_what_to_do_next_and_carry_the_code()
    {
        var unknown = HomeCareErrors.StorageFailure(ErrorCodes.StorageOutcomeUnknown);
        var unavailable = HomeCareErrors.StorageFailure(ErrorCodes.StorageUnavailable);

        Assert.Equal(ErrorCodes.StorageOutcomeUnknown, unknown.Code);
        Assert.Contains("retry with the same idempotency key", unknown.Message);
        Assert.Equal(ErrorCodes.StorageUnavailable, unavailable.Code);
        Assert.Contains("nothing was changed", unavailable.Message);
    }
}
