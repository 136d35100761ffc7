namespace HomeCareNational.GraphQL.Types;

/// <summary>The count of hubs with one activity status.</summary>
public sealed class HubActivityStatusCountType : ObjectGraphType<ActivityStatusCount>
{
    public HubActivityStatusCountType()
    {
        Name = "HubActivityStatusCount";
        Description = "How many collaboration hubs have one activity status in the fiscal year (活動状況別の拠点数).";
        Field<NonNullGraphType<HubActivityStatusEnum>>("status").Description("The activity status.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("labelJa").Description("The status's Japanese label, e.g. 活動中.").Resolve(c => c.Source.Status.LabelJa());
        Field(k => k.Count).Description("Hubs with this status.");
    }
}
