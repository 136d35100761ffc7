namespace HomeCareNational.Application.Reads.Views;

/// <summary>An object of the API that belongs to one prefecture, for access decisions on its fields.</summary>
public interface IPrefectureScoped
{
    string PrefectureCode { get; }
}
