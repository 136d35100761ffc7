using GraphQL.Builders;

namespace HomeCareNational.GraphQL.Authorization;

/// <summary>
/// How fields and graph types declare their access policy: graphql-dotnet's policy metadata, plus which argument names
/// the prefecture. A field's policy is enforced on the field; a type's policy wherever an object of the type is reached
/// by its id alone (the <c>node</c> field), the fields leading to it declaring their own.
/// </summary>
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

    /// <summary>Declares the policy a graph type's objects need when reached by their id alone.</summary>
    public static void RequireAccess(this IGraphType type, string policy) => type.AuthorizeWithPolicy(policy);

    /// <summary>The one policy a field or graph type declared, or null.</summary>
    public static string? Policy(this IMetadataReader target) => target.GetPolicies() is [var policy] ? policy : null;

    public static string? PrefectureArgument(this FieldType field) => field.GetMetadata<string?>(PrefectureArgumentKey);
}
