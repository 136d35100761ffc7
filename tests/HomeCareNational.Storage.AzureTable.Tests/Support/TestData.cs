using System.Globalization;

namespace HomeCareNational.Storage.AzureTable.Tests.Support;

internal static class TestData
{
    private const string Alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly string[] Municipalities = ["岡山市北区", "岡山市南区", "倉敷市", "津山市", "玉野市", "笠岡市", "総社市", "真庭市"];

    private static readonly string[] Kinds = ["在宅療養支援診療所", "在宅療養支援病院", "訪問看護ステーション", "薬局"];

    public static GrainId Prefecture(string code) => GrainId.Create("prefecture", code);

    /// <summary>A prefecture grain nobody else uses, so tests sharing a table cannot collide.</summary>
    public static GrainId NewPrefecture() => Prefecture(Guid.NewGuid().ToString("N"));

    /// <summary>About <paramref name="totalCharacters"/> characters of random text in 64 KiB strings.</summary>
    public static BlobState RandomBlobs(int totalCharacters, int seed)
    {
        var random = new Random(seed);
        var state = new BlobState();
        for (var remaining = totalCharacters; remaining > 0; remaining -= 64 * 1024)
        {
            var blob = new char[Math.Min(64 * 1024, remaining)];
            for (var i = 0; i < blob.Length; i++)
            {
                blob[i] = Alphanumerics[random.Next(Alphanumerics.Length)];
            }

            state.Blobs.Add(new string(blob));
        }

        return state;
    }

    public static RegisterState Register(string prefecture, int institutions)
    {
        var random = new Random(institutions);
        var state = new RegisterState { Prefecture = prefecture };
        for (var i = 0; i < institutions; i++)
        {
            var municipality = Municipalities[random.Next(Municipalities.Length)];
            state.Institutions.Add(new InstitutionRecord(
                Code: string.Create(CultureInfo.InvariantCulture, $"{prefecture}-{i:D5}"),
                Name: $"{municipality}在宅医療センター{i}",
                Municipality: municipality,
                Address: string.Create(CultureInfo.InvariantCulture, $"{municipality}{random.Next(1, 9)}丁目{random.Next(1, 30)}-{random.Next(1, 20)}"),
                Kind: Kinds[random.Next(Kinds.Length)],
                AroundTheClock: random.Next(2) == 0,
                Beds: random.Next(0, 200),
                DesignatedOn: new DateOnly(2024, 4, 1).AddDays(random.Next(365)),
                Notes: random.Next(4) == 0 ? "連携拠点と月次で情報共有" : string.Empty));
        }

        return state;
    }
}
