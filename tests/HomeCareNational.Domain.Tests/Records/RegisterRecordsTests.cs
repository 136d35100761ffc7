using System.Collections;
using System.Reflection;

namespace HomeCareNational.Domain.Tests.Records;

/// <summary>
/// Each builder of <see cref="RegisterRecords"/> sets every property of its record: it has a parameter for each of the
/// record's, and a value given for a parameter arrives in the property of that name. A property added to a record
/// without a parameter in its builder fails here.
/// </summary>
public sealed class RegisterRecordsTests
{
    public static TheoryData<string> Builders => [.. BuilderMethods().Select(method => method.Name)];

    [Fact]
    public void Every_register_record_has_a_builder()
    {
        Type[] records = [typeof(HomeCareArea), typeof(CollaborationHub), typeof(DesignatedInstitution)];

        Assert.Equal(records.Select(record => record.Name).Order(), BuilderMethods().Select(method => method.ReturnType.Name).Order());
    }

    [Theory]
    [MemberData(nameof(Builders))]
    public void A_builder_has_a_parameter_for_every_property_of_its_record(string builder)
    {
        var method = Builder(builder);

        Assert.Equal(
            Positional(method.ReturnType).Select(parameter => parameter.Name!).Order(StringComparer.OrdinalIgnoreCase),
            method.GetParameters().Select(parameter => parameter.Name!).Order(StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Builders))]
    public void A_value_given_to_a_builder_arrives_in_the_property_of_that_name(string builder)
    {
        var method = Builder(builder);
        var parameters = method.GetParameters();
        var values = parameters.Select((parameter, i) => ValueOtherThanDefault(parameter, i)).ToArray();

        var built = method.Invoke(null, values)!;

        foreach (var (parameter, value) in parameters.Zip(values))
        {
            var property = method.ReturnType.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)!;
            var actual = property.GetValue(built);
            if (value is IEnumerable<string> list)
            {
                Assert.Equal(list, Assert.IsAssignableFrom<IEnumerable<string>>(actual));
            }
            else
            {
                Assert.Equal(value, actual);
            }
        }
    }

    private static IEnumerable<MethodInfo> BuilderMethods() =>
        typeof(RegisterRecords).GetMethods(BindingFlags.Public | BindingFlags.Static);

    private static MethodInfo Builder(string name) => BuilderMethods().Single(method => method.Name == name);

    // The primary constructor's parameters are the record's data; computed properties (ReviewState) are not.
    private static ParameterInfo[] Positional(Type record) =>
        record.GetConstructors().MaxBy(constructor => constructor.GetParameters().Length)!.GetParameters();

    /// <summary>A value unlike the parameter's default and unlike every other parameter's, so a mix-up shows.</summary>
    private static object ValueOtherThanDefault(ParameterInfo parameter, int index)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        var text = $"value{index}";
        return type switch
        {
            _ when type == typeof(string) => text,
            _ when type == typeof(bool) => !(parameter.HasDefaultValue && (bool)parameter.DefaultValue!),
            _ when type == typeof(DateOnly) => new DateOnly(2030, 1, 1 + index),
            _ when type == typeof(DesignationReview) => new DesignationReview(ReviewOutcome.Kept, text, null, new DateOnly(2030, 2, 1)),
            _ when type.IsEnum => Enum.GetValues(type).Cast<object>()
                .Last(value => Convert.ToInt64(value, null) is var number && number != 0 && number != Convert.ToInt64(parameter.DefaultValue ?? 0, null)),
            _ when typeof(IEnumerable).IsAssignableFrom(type) => new[] { text },
            _ => throw new InvalidOperationException($"No test value for {parameter.Name} of type {type}; add one here."),
        };
    }
}
