using HomeCareNational.DemoData.Figures;

namespace HomeCareNational.DemoData.Distribution;

/// <summary>How many of each thing one prefecture's demo register holds.</summary>
/// <param name="Facts">The prefecture and what the demo assumes about it.</param>
/// <param name="InstitutionsByKind">Designations per kind, in <see cref="InstitutionKind"/> order; kinds with none are left out.</param>
/// <param name="Hubs">Collaboration hubs.</param>
internal sealed record PrefecturePlan(PrefectureFacts Facts, IReadOnlyList<(InstitutionKind Kind, int Count)> InstitutionsByKind, int Hubs);
