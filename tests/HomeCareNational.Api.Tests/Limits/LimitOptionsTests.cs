using HomeCareNational.Host;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Api.Tests.Limits;

/// <summary>A limit that makes no sense stops the service at start with a message that names its key.</summary>
public sealed class LimitOptionsTests
{
    [Theory]
    [InlineData("MaxDepth", "0")]
    [InlineData("MaxComplexity", "-1")]
    [InlineData("MaxAliases", "0")]
    [InlineData("MaxDocumentBytes", "0")]
    [InlineData("MaxRequestBytes", "0")]
    [InlineData("MaxJsonDepth", "0")]
    [InlineData("MaxListLength", "-1")]
    [InlineData("MaxTokens", "0")]
    [InlineData("MaxParserDepth", "0")]
    [InlineData("MaxSelectionWidth", "0")]
    [InlineData("ExecutionTimeout", "00:00:00")]
    [InlineData("ExecutionTimeout", "01:00:00")]
    [InlineData("ImportExecutionTimeout", "00:00:05")]
    [InlineData("ImportExecutionTimeout", "01:00:00")]
    public async Task A_limit_out_of_range_stops_the_service_naming_its_key(string key, string value)
    {
        await using var app = HomeCareApp.Build(
        [
            "--HomeCare:Storage:ConnectionString=UseDevelopmentStorage=true",
            .. TestIdentity.Arguments(),
            $"--GraphQL:Limits:{key}={value}",
        ]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains($"'GraphQL:Limits:{key}' is ", error.Message);
    }
}
