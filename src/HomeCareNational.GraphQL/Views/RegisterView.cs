namespace HomeCareNational.GraphQL.Views;

/// <summary>A prefecture's register for one fiscal year.</summary>
public sealed record RegisterView(string PrefectureCode, int FiscalYear, PrefectureRegister Register) : IPrefectureScoped;
