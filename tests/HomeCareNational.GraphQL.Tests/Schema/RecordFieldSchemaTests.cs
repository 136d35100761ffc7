using System.Collections.Immutable;
using GraphQL.Types;
using HomeCareNational.Domain.Reference;
using HomeCareNational.Domain.Register;
using Microsoft.Extensions.DependencyInjection;

namespace HomeCareNational.GraphQL.Tests.Schema;

/// <summary>The GraphQL output and input type of each register record show every field of its one description, with that description.</summary>
public sealed class RecordFieldSchemaTests
{
    /// <summary>The schema as the service builds it: the graph types need no more than the region grouping to be built.</summary>
    private static readonly Lazy<HomeCareSchema> Built = new(() =>
    {
        var schema = new ServiceCollection().AddLogging().AddSingleton(RegionGrouping.EightRegions).AddHomeCareGraphQL()
            .BuildServiceProvider().GetRequiredService<HomeCareSchema>();
        schema.Initialize();
        return schema;
    });

    /// <summary>Each record's fields, its output and input type, and the fields one of them leaves out on purpose.</summary>
    private static readonly (string Record, ImmutableArray<RecordField> Fields, string Output, string Input, RecordField? NotInOutput, RecordField? NotInInput)[] Records =
    [
        (nameof(DesignatedInstitution), InstitutionFields.All, "DesignatedInstitution", "DesignatedInstitutionInput", null, InstitutionFields.Review),
        (nameof(DesignationReview), ReviewFields.All, "DesignationReview", "DesignationReviewInput", null, null),
        (nameof(CollaborationHub), HubFields.All, "CollaborationHub", "CollaborationHubInput", null, null),
        (nameof(HomeCareArea), AreaFields.All, "HomeCareArea", "HomeCareAreaInput", null, null),
        (nameof(HubActivityReport), ActivityReportFields.All, "HubActivityReport", "HubActivityReportInput", ActivityReportFields.HubId, null),
        (nameof(HubMeeting), MeetingFields.All, "HubMeeting", "HubMeetingInput", null, null),
        (nameof(HubDutyReport), DutyFields.All, "HubDutyReport", "HubDutyReportInput", null, null),
    ];

    public static TheoryData<string> RecordNames => [.. Records.Select(r => r.Record)];

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void The_output_type_describes_every_field_as_the_record_does(string record)
    {
        var (_, fields, output, _, notInOutput, _) = Records.Single(r => r.Record == record);
        var type = Type(output);

        Assert.All(fields.Where(f => f != notInOutput), f => Assert.Equal(f.Description, type.GetField(f.Name)?.Description));
    }

    [Theory]
    [MemberData(nameof(RecordNames))]
    public void The_input_type_has_exactly_the_submitted_fields_described_as_the_record_does(string record)
    {
        var (_, fields, _, input, _, notInInput) = Records.Single(r => r.Record == record);
        var type = Type(input);
        var submitted = fields.Where(f => f != notInInput).ToList();

        Assert.All(submitted, f => Assert.Equal(f.InputDescription, type.GetField(f.Name)?.Description));
        Assert.Equal(submitted.Select(f => f.Name).Order(StringComparer.Ordinal), type.Fields.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    private static IComplexGraphType Type(string name) => Assert.IsAssignableFrom<IComplexGraphType>(Built.Value.AllTypes[name]);
}
