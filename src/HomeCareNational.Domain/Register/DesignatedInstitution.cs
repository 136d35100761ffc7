using System.Text.Json.Serialization;
using HomeCareNational.Domain.Reference;

namespace HomeCareNational.Domain.Register;

/// <summary>
/// An institution a prefecture designates as playing an active role in home care
/// (在宅医療において積極的役割を担う医療機関). Its key within the prefecture is <see cref="InstitutionCode"/>.
/// </summary>
/// <param name="InstitutionCode">The 10-digit 医療機関コード, or for a body without one a prefecture-issued id starting with a letter.</param>
/// <param name="Name">The institution's name.</param>
/// <param name="Kind">What kind of body it is; decides whether it counts as clinical.</param>
/// <param name="MunicipalityCode">5-digit JIS X 0402 code of the municipality it is in; starts with the prefecture code.</param>
/// <param name="HomeCareAreaId">The home-care area it belongs to, if the prefecture has assigned one.</param>
/// <param name="Functions">Which of the four home-care functions it provides.</param>
/// <param name="Provides24Hours">Whether it provides home care around the clock.</param>
/// <param name="DesignatedOn">Date the prefecture designated it.</param>
/// <param name="Status">Whether the designation is in force.</param>
/// <param name="Review">For a non-clinical designation, the outcome of its review once recorded.</param>
[GenerateSerializer, Immutable]
public sealed record DesignatedInstitution(
    [property: Id(0)] string InstitutionCode,
    [property: Id(1)] string Name,
    [property: Id(2)] InstitutionKind Kind,
    [property: Id(3)] string MunicipalityCode,
    [property: Id(4)] string? HomeCareAreaId,
    [property: Id(5)] HomeCareFunctions Functions,
    [property: Id(6)] bool Provides24Hours,
    [property: Id(7)] DateOnly DesignatedOn,
    [property: Id(8)] DesignationStatus Status = DesignationStatus.Active,
    [property: Id(9)] DesignationReview? Review = null)
{
    /// <summary>Where the designation stands in the review of non-clinical designations.</summary>
    /// <remarks>
    /// The status decides first: a kept designation withdrawn later is withdrawn, and one designated again after a
    /// withdrawing review is open again, so that the review counts agree with the designations in force.
    /// </remarks>
    [JsonIgnore]
    public ReviewState ReviewState => Kind.IsClinical()
        ? ReviewState.NotRequired
        : (Status, Review?.Outcome) switch
        {
            (DesignationStatus.Withdrawn, ReviewOutcome.ReplacedByClinical) => ReviewState.ReplacedByClinical,
            (DesignationStatus.Withdrawn, _) => ReviewState.Withdrawn,
            (_, ReviewOutcome.Kept) => ReviewState.Kept,
            _ => ReviewState.Open,
        };
}
