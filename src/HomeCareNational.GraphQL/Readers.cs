namespace HomeCareNational.GraphQL;

/// <summary>The use cases' readers, from the services of the request a field resolves in.</summary>
internal static class Readers
{
    public static TotalsReader Totals(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<TotalsReader>();

    public static RegisterReader Registers(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RegisterReader>();

    public static RoundReader Rounds(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RoundReader>();
}
