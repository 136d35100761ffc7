namespace HomeCareNational.Grains.Tests.Support;

/// <summary>The attribution a prefecture's editor would carry; grains record it but do not check it.</summary>
public static class TestAttribution
{
    public static ChangeAttribution EditorOf(IPrefectureGrain prefecture) => EditorOf(prefecture.GetPrimaryKeyString());

    public static ChangeAttribution EditorOf(string prefectureCode) =>
        new($"editor-{prefectureCode}", $"（テスト）編集者 {prefectureCode}", $"tenant-{prefectureCode}", prefectureCode, "Prefecture.Editor", false, "grain-tests");
}
