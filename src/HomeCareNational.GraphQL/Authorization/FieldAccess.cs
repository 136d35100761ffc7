using GraphQL.Builders;

namespace HomeCareNational.GraphQL.Authorization;

/// <summary>How fields declare their access policy: graphql-dotnet's policy metadata, plus which argument names the prefecture.</summary>
public static class FieldAccess
{
    private const string PrefectureArgumentKey = "HomeCare.PrefectureArgument";

    /// <summary>Declares the field's policy; <paramref name="prefectureArgument"/> names the argument holding the prefecture it concerns.</summary>
    public static FieldBuilder<TSource, TReturn> RequireAccess<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, string policy, string? prefectureArgument = null)
    {
        field.AuthorizeWithPolicy(policy);
        if (prefectureArgument is not null)
        {
            field.FieldType.WithMetadata(PrefectureArgumentKey, prefectureArgument);
        }

        return field;
    }

    /// <summary>The one policy a field declared, or null.</summary>
    public static string? Policy(this FieldType field) => field.GetPolicies() is [var policy] ? policy : null;

    public static string? PrefectureArgument(this FieldType field) => field.GetMetadata<string?>(PrefectureArgumentKey);
}
