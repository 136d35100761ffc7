using System.ComponentModel;

namespace HomeCareNational.GraphQL.Connections;

/// <summary>Which way a connection is sorted.</summary>
public enum SortDirection
{
    [Description("Smallest first: A to Z, oldest first.")]
    Ascending,

    [Description("Largest first: Z to A, newest first.")]
    Descending,
}
