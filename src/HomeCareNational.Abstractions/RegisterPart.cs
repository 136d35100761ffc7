namespace HomeCareNational.Abstractions;

/// <summary>The part of a prefecture's register that a submission replaces.</summary>
public enum RegisterPart
{
    Areas,
    Hubs,
    Designations,
}
