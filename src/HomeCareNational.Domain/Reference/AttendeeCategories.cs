namespace HomeCareNational.Domain.Reference;

/// <summary>Who attended a hub's meeting (会議の参加者); a set, so flags.</summary>
[Flags]
public enum AttendeeCategories
{
    None = 0,

    /// <summary>医療</summary>
    Medical = 1,

    /// <summary>介護</summary>
    LongTermCare = 2,

    /// <summary>障害福祉</summary>
    DisabilityWelfare = 4,

    /// <summary>地域包括支援センター</summary>
    CommunityComprehensiveSupportCenter = 8,

    /// <summary>行政</summary>
    Government = 16,

    All = Medical | LongTermCare | DisabilityWelfare | CommunityComprehensiveSupportCenter | Government,
}
