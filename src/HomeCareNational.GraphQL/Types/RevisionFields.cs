using HomeCareNational.Abstractions.History;

namespace HomeCareNational.GraphQL.Types;

/// <summary>The fields a revision shows in a list and in detail, defined once.</summary>
internal static class RevisionFields
{
    public static void AddRevisionFields<TSource>(this ObjectGraphType<TSource> type, Func<TSource, RevisionSummary> summary)
    {
        type.Field<NonNullGraphType<LongGraphType>>("version")
            .Description("The register's version after the change: 1 for the first, one more per accepted change.")
            .Resolve(c => summary(c.Source).Version);
        type.Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When it was accepted.").Resolve(c => summary(c.Source).At);
        type.Field<NonNullGraphType<StringGraphType>>("operation")
            .Description("The mutation that made it, e.g. submitDesignations.")
            .Resolve(c => summary(c.Source).Operation);
        type.Field<NonNullGraphType<ChangeAttributionType>>("by").Description("Who made it.").Resolve(c => summary(c.Source).By);
        type.Field<StringGraphType>("idempotencyKey").Description("The client's idempotency key, if it sent one.").Resolve(c => summary(c.Source).IdempotencyKey);
        type.Field<NonNullGraphType<IntGraphType>>("added").Description("Records the change added.").Resolve(c => summary(c.Source).Added);
        type.Field<NonNullGraphType<IntGraphType>>("altered").Description("Records it altered.").Resolve(c => summary(c.Source).Altered);
        type.Field<NonNullGraphType<IntGraphType>>("removed").Description("Records it removed.").Resolve(c => summary(c.Source).Removed);
    }
}
