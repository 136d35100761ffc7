using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace HomeCareNational.Api.Tests.Limits;

/// <summary>
/// A failure inside the service reaches the client as INTERNAL_ERROR with a fixed message: no exception message,
/// type name or stack trace. No field of the schema can be made to fail on purpose, so the service's own serializer
/// and error policy are given a failure as graphql-dotnet reports one.
/// </summary>
[Collection(ServiceCollection.Name)]
public sealed class ErrorPrivacyTests(ServiceFixture service)
{
    [Fact]
    public void An_unhandled_failure_is_INTERNAL_ERROR_without_its_exception()
    {
        var serializer = service.Services.GetRequiredService<IGraphQLTextSerializer>();

        var json = serializer.Serialize(new ExecutionResult { Errors = [new UnhandledError("Error trying to resolve field 'national'.", Failure())] });

        var response = new GraphQLResponse(System.Net.HttpStatusCode.OK, null, JsonNode.Parse(json)!);
        var error = Assert.Single(response.Errors)!;
        Assert.Equal("INTERNAL_ERROR", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(["code"], error["extensions"]!.AsObject().Select(p => p.Key));
        Assert.DoesNotContain("secret", json);
        LimitErrors.AssertNothingInternal(response);
    }

    private static InvalidOperationException Failure()
    {
        try
        {
            throw new InvalidOperationException("The grain HomeCareNational.Grains.X failed: secret connection string.");
        }
        catch (InvalidOperationException exception)
        {
            return exception;
        }
    }
}
