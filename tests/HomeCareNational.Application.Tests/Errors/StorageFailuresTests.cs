using System.Net.Sockets;
using HomeCareNational.Abstractions;
using HomeCareNational.Application.Errors;

namespace HomeCareNational.Application.Tests.Errors;

/// <summary>Which failures are storage outages, and which of those leave a change's outcome unknown.</summary>
public sealed class StorageFailuresTests
{
    public static TheoryData<Exception, bool, string?> Cases { get; } = new()
    {
        { new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)), true, ErrorCodes.StorageUnavailable },
        { new AggregateException(new InvalidOperationException("retry 1"), new HttpRequestException("retry 2")), true, ErrorCodes.StorageUnavailable },
        { new InvalidOperationException("wrapped", new SocketException((int)SocketError.ConnectionReset)), false, ErrorCodes.StorageUnavailable },
        { new StorageOutcomeUnknownException("timed out"), true, ErrorCodes.StorageOutcomeUnknown },
        { new TimeoutException("grain call"), true, ErrorCodes.StorageOutcomeUnknown },
        { new TimeoutException("grain call"), false, ErrorCodes.StorageUnavailable },
        { new InvalidOperationException("a bug"), true, null },
        { new ArgumentException("a bug", new FormatException()), false, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_failure_gets_the_storage_code_of_what_it_means_for_the_caller(Exception failure, bool isMutation, string? expected) =>
        Assert.Equal(expected, StorageFailures.CodeOf(failure, isMutation));
}
