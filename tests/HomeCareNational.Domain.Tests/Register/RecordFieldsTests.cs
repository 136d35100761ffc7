using System.Collections.Immutable;
using System.Reflection;

namespace HomeCareNational.Domain.Tests.Register;

/// <summary>
/// Each record's field list is its one description: a property added to a record without a field fails here, and the
/// Import and Api tests then fail until the import columns and the GraphQL types show it.
/// </summary>
public sealed class RecordFieldsTests
{
    private static readonly Dictionary<Type, ImmutableArray<RecordField>> FieldsOf = new()
    {
        [typeof(DesignatedInstitution)] = InstitutionFields.All,
        [typeof(DesignationReview)] = ReviewFields.All,
        [typeof(CollaborationHub)] = HubFields.All,
        [typeof(HomeCareArea)] = AreaFields.All,
        [typeof(HubActivityReport)] = ActivityReportFields.All,
        [typeof(HubMeeting)] = MeetingFields.All,
        [typeof(HubDutyReport)] = DutyFields.All,
    };

    public static TheoryData<string> Records => [.. FieldsOf.Keys.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_stored_property_of_a_record_has_one_field_in_the_records_order(string record)
    {
        var (type, fields) = FieldsOf.Single(r => r.Key.Name == record);
        var stored = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<IdAttribute>() is not null)
            .OrderBy(p => p.GetCustomAttribute<IdAttribute>()!.Id)
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);

        Assert.Equal(stored, fields.Select(f => f.Name));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_field_is_described_for_reading_and_for_submitting(string record)
    {
        Assert.All(FieldsOf.Single(r => r.Key.Name == record).Value, field =>
        {
            Assert.False(string.IsNullOrWhiteSpace(field.Description), $"{field.Name} has no description");
            Assert.False(string.IsNullOrWhiteSpace(field.InputDescription), $"{field.Name} has no input description");
        });
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Each_static_field_of_a_list_is_in_its_All(string record)
    {
        var fields = FieldsOf.Single(r => r.Key.Name == record).Value;
        var owner = typeof(RecordField).Assembly.GetTypes().Single(t => t.IsAbstract && t.IsSealed && t.GetProperty(nameof(InstitutionFields.All))?.GetValue(null) is ImmutableArray<RecordField> all && all == fields);
        var declared = owner.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(RecordField)).Select(p => (RecordField)p.GetValue(null)!);

        Assert.Equal(declared.OrderBy(f => f.Name, StringComparer.Ordinal), fields.OrderBy(f => f.Name, StringComparer.Ordinal));
    }
}
