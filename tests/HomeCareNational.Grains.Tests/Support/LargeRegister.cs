using System.Globalization;
using HomeCareNational.DemoData;

namespace HomeCareNational.Grains.Tests.Support;

/// <summary>
/// A register of realistic shape at any size: Tokyo's demo areas, hubs and activity reports, and as many
/// designations as asked, cycling through the demo's (kinds, places, functions, dates), each with a code of its
/// own and a varied Japanese name, so that it compresses like a real register rather than like a repetition.
/// </summary>
/// <remarks>
/// Two kinds of name: <see cref="WithDesignations"/> composes them as real ones are (医療法人社団 + surname + 会 +
/// place + given-name kanji + kind); <see cref="WithLongNames"/> gives each 60 random kanji, the worst case for
/// compression short of the 200-character limit.
/// </remarks>
public static class LargeRegister
{
    public const string Tokyo = "13";

    private static readonly string[] Surnames = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川"];

    private static readonly string[] Places = ["世田谷", "練馬", "大田", "江戸川", "足立", "杉並", "板橋", "江東", "葛飾", "品川", "北", "新宿", "中野", "豊島", "目黒", "墨田", "港", "渋谷", "文京", "荒川", "台東", "中央", "千代田", "八王子", "町田", "府中", "調布", "西東京", "小平", "三鷹"];

    private static readonly string[] Kinds = ["在宅クリニック", "内科医院", "訪問診療所", "ホームケアクリニック", "訪問看護ステーション", "薬局", "歯科医院", "総合病院", "ケアプランセンター", "診療所"];

    /// <summary>A pool of common kanji for the parts of names no list covers.</summary>
    private const string Kanji = "一丁七万三上下中丸久乃之井亀京仁今伊佐光克児八六内円冨出初利助北十千原友古司吉和哉喜国園土坂堀大天太央奈宏寿小山岡岩島川州平幸広康建弘彦徳志恵愛新日早明星春昭晃月有朝木本村杉松林栄桜梅森楽樹橋正武毅水永江池沢河泉法洋浩浜海清渡湖満源瀬照熊田由男町真石神福秀秋竹美義翔聖良花英茂草菊華藤西誠豊貴賀赤輝道達郎都里野金鈴長陽隆雄雅青静風香高鶴麻黒";

    public static PrefectureRegister WithDesignations(int count) => Build(count, random => string.Create(CultureInfo.InvariantCulture,
        $"医療法人社団{Pick(random, Surnames)}会 {Pick(random, Places)}{RandomKanji(random, 2)}{Pick(random, Kinds)}"));

    public static PrefectureRegister WithLongNames(int count) => Build(count, random => RandomKanji(random, 60));

    /// <summary>The register with its hub meetings moved from the demo's fiscal year into <paramref name="fiscalYear"/>.</summary>
    public static PrefectureRegister InFiscalYear(this PrefectureRegister register, int fiscalYear) => register with
    {
        ActivityReports = [.. register.ActivityReports.Select(report => report with
        {
            Meetings = [.. report.Meetings.Select(meeting => meeting with { HeldOn = meeting.HeldOn.AddYears(fiscalYear - DemoRegister.FiscalYear) })],
        })],
    };

    private static PrefectureRegister Build(int count, Func<Random, string> name)
    {
        var demo = DemoRegister.Generate()[Tokyo];
        var random = new Random(count);
        var institutions = Enumerable.Range(0, count).Select(index =>
        {
            var template = demo.Institutions[index % demo.Institutions.Length];
            return template with { InstitutionCode = Code(template.InstitutionCode, index + 1), Name = name(random), Review = null };
        });
        return demo with { Institutions = [.. institutions] };
    }

    private static string RandomKanji(Random random, int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => Kanji[random.Next(Kanji.Length)]));

    /// <summary>The template's kind of code (a 10-digit 医療機関コード or an issued id) with the serial as its number.</summary>
    private static string Code(string template, int serial) =>
        template.All(char.IsAsciiDigit)
            ? string.Create(CultureInfo.InvariantCulture, $"{template[..3]}{serial:D7}")
            : string.Create(CultureInfo.InvariantCulture, $"ID-{Tokyo}-{serial:D6}");

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];
}
