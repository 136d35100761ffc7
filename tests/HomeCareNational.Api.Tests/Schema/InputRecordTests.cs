using System.Reflection;
using System.Text.Json;
using GraphQL.Types;
using HomeCareNational.Domain.Register;
using HomeCareNational.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace HomeCareNational.Api.Tests.Schema;

/// <summary>
/// The input records every test builds its register requests from (<c>HomeCareNational.Testing.Records</c>) against
/// what they stand for: the served schema's input type, field for field, and the domain record it becomes, property for
/// property. A field added to either without the record, or a record property the schema does not take, fails here.
/// </summary>
[Collection(ServiceCollection.Name)]
public sealed class InputRecordTests(ServiceFixture service)
{
    /// <summary>Each input record, its GraphQL input type, its domain record and the domain properties no input sets.</summary>
    public static TheoryData<Type, string, Type, string[]> Records => new()
    {
        // The review has a mutation of its own (recordDesignationReview), so the designation's input leaves it out.
        { typeof(DesignatedInstitutionInput), "DesignatedInstitutionInput", typeof(DesignatedInstitution), [nameof(DesignatedInstitution.Review)] },
        { typeof(HomeCareAreaInput), "HomeCareAreaInput", typeof(HomeCareArea), [] },
        { typeof(CollaborationHubInput), "CollaborationHubInput", typeof(CollaborationHub), [] },
        { typeof(HubActivityReportInput), "HubActivityReportInput", typeof(HubActivityReport), [] },
        { typeof(HubMeetingInput), "HubMeetingInput", typeof(HubMeeting), [] },
        { typeof(HubDutyReportInput), "HubDutyReportInput", typeof(HubDutyReport), [] },
        { typeof(DesignationReviewInput), "DesignationReviewInput", typeof(DesignationReview), [] },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void Each_input_record_sends_exactly_the_fields_of_its_GraphQL_input_type(Type record, string inputType, Type domain, string[] notInInput)
    {
        _ = (domain, notInInput);
        var schema = service.Services.GetRequiredService<HomeCareSchema>();
        schema.Initialize();
        var input = Assert.IsAssignableFrom<IInputObjectGraphType>(schema.AllTypes[inputType]);

        Assert.Equal(input.Fields.Select(field => field.Name).Order(StringComparer.Ordinal), FieldNames(record).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Each_input_record_has_a_property_for_every_property_of_its_domain_record(Type record, string inputType, Type domain, string[] notInInput)
    {
        _ = inputType;
        var expected = PositionalParameters(domain).Except(notInInput, StringComparer.Ordinal).Order(StringComparer.Ordinal);

        Assert.Equal(expected, PositionalParameters(record).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_input_record_is_sent_under_the_field_names_with_every_value_and_null()
    {
        var json = JsonSerializer.Serialize(new { review = new DesignationReviewInput("KEPT", null, null, "2049-05-01") });

        Assert.Equal("""{"review":{"outcome":"KEPT","reason":null,"replacementInstitutionCode":null,"decidedOn":"2049-05-01"}}""", json);
    }

    // The record's positional parameters are its data; computed properties (DesignatedInstitution.ReviewState) are not.
    private static IEnumerable<string> PositionalParameters(Type record) =>
        record.GetConstructors().MaxBy(constructor => constructor.GetParameters().Length)!.GetParameters().Select(parameter => parameter.Name!);

    private static IEnumerable<string> FieldNames(Type record) =>
        record.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(property => JsonNamingPolicy.CamelCase.ConvertName(property.Name));
}
