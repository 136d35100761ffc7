namespace HomeCareNational.Domain.Reference;

/// <summary>Japanese labels of the closed sets that have no richer glossary entry.</summary>
public static class JapaneseLabels
{
    public static string LabelJa(this HubOperatorKind kind) => kind switch
    {
        HubOperatorKind.Hospital => "病院",
        HubOperatorKind.Clinic => "診療所",
        HubOperatorKind.VisitingNurseStation => "訪問看護事業所",
        HubOperatorKind.MedicalAssociation => "地域医師会等関係団体",
        HubOperatorKind.PublicHealthCenter => "保健所",
        HubOperatorKind.Municipality => "市町村",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string LabelJa(this AreaUnitType unit) => unit switch
    {
        AreaUnitType.Municipality => "市町村単位",
        AreaUnitType.HealthCenterArea => "保健所圏域",
        AreaUnitType.SecondaryMedicalArea => "二次医療圏",
        AreaUnitType.Other => "その他",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Label of a single function flag.</summary>
    public static string LabelJa(this HomeCareFunctions function) => function switch
    {
        HomeCareFunctions.DischargeSupport => "退院支援",
        HomeCareFunctions.DailyCareSupport => "日常の療養支援",
        HomeCareFunctions.EmergencyResponse => "急変時の対応",
        HomeCareFunctions.EndOfLifeCare => "看取り",
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, "Label a single function, not a combination."),
    };

    public static string LabelJa(this DesignationStatus status) => status switch
    {
        DesignationStatus.Active => "指定中",
        DesignationStatus.Withdrawn => "指定取消",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string LabelJa(this HubActivityStatus status) => status switch
    {
        HubActivityStatus.Active => "活動中",
        HubActivityStatus.PartlyActive => "一部活動",
        HubActivityStatus.Inactive => "活動なし",
        HubActivityStatus.NotReported => "未報告",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Label of a single attendee category flag.</summary>
    public static string LabelJa(this AttendeeCategories category) => category switch
    {
        AttendeeCategories.Medical => "医療",
        AttendeeCategories.LongTermCare => "介護",
        AttendeeCategories.DisabilityWelfare => "障害福祉",
        AttendeeCategories.CommunityComprehensiveSupportCenter => "地域包括支援センター",
        AttendeeCategories.Government => "行政",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Label a single category, not a combination."),
    };
}
