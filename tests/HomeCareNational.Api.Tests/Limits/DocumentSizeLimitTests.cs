using System.Net;
using System.Text;
using HomeCareNational.GraphQL.Limits;
using HomeCareNational.Identity;

namespace HomeCareNational.Api.Tests.Limits;

/// <summary>
/// A document longer than <c>GraphQL:Limits:MaxDocumentBytes</c> (16 KiB of UTF-8) is refused with 413 before it is
/// parsed. Japanese text counts three bytes a character.
/// </summary>
[Collection(ServiceCollection.Name)]
public sealed class DocumentSizeLimitTests(ServiceFixture service)
{
    private const int Limit = GraphQLLimitsOptions.DefaultMaxDocumentBytes;

    private HttpClient Analyst => service.ClientFor(AppRoles.MinistryAnalyst);

    [Fact]
    public async Task A_document_of_exactly_the_limit_is_executed()
    {
        var response = await Analyst.PostGraphQLAsync(DocumentOf(Limit));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Errors);
    }

    [Fact]
    public async Task A_document_one_byte_longer_is_refused_with_413_naming_its_size_and_the_limit()
    {
        var response = await Analyst.PostGraphQLAsync(DocumentOf(Limit + 1));

        LimitErrors.AssertRefused(response, HttpStatusCode.RequestEntityTooLarge, "DOCUMENT_TOO_LARGE", $"{Limit + 1} bytes", $"at most {Limit}");
    }

    /// <summary>A small query padded with a comment of Japanese text (3 bytes a character) and ASCII to exactly <paramref name="bytes"/>.</summary>
    private static string DocumentOf(int bytes)
    {
        var document = new StringBuilder("{ national { version } }\n# ");
        while (Encoding.UTF8.GetByteCount(document.ToString()) + 3 <= bytes - 10)
        {
            document.Append('在');
        }

        while (Encoding.UTF8.GetByteCount(document.ToString()) < bytes)
        {
            document.Append('x');
        }

        return document.ToString();
    }
}
