namespace HomeCareNational.Domain.Tests.Validation;

public sealed class ValidationErrorTests
{
    [Theory]
    [InlineData("prefecture", "prefecture")]
    [InlineData("areas", "areas")]
    [InlineData("institutions/3/municipalityCode", "institutions[3].municipalityCode")]
    [InlineData("areas/3/municipalityCodes/1", "areas[3].municipalityCodes[1]")]
    public void Field_joins_the_path_with_indexes_in_brackets(string path, string expected)
    {
        Assert.Equal(expected, new ValidationError([.. path.Split('/')], "message").Field);
    }

    [Fact]
    public void Text_is_field_then_message()
    {
        Assert.Equal("hubs[0].hubId: bad", new ValidationError(["hubs", "0", "hubId"], "bad").ToString());
    }
}
