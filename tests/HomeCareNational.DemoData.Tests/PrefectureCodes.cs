namespace HomeCareNational.DemoData.Tests;

/// <summary>One theory case per prefecture, so that a failure names the prefecture.</summary>
public sealed class PrefectureCodes : TheoryData<string>
{
    public PrefectureCodes()
        : base(Prefectures.All.Select(p => p.Code))
    {
    }
}
