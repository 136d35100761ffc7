namespace HomeCareNational.Storage.AzureTable.Tests.Support;

/// <summary>
/// The connection strings, Table endpoints and table names both storage options (grain state and history) must refuse: they are
/// checked by the same rules (<c>TableSettingRules</c>), so they are tested with the same cases.
/// </summary>
public static class TableSettingCases
{
    public const string ValidConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteFixture.AccountKey
        + ";TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";

    /// <summary>A connection string whose account key must never be echoed in a message.</summary>
    public const string SecretBearingConnectionString = "AccountName=x;AccountKey=s3cr3t!";

    public static TheoryData<string> BadConnectionStrings { get; } =
    [
        "",
        "   ",
        "not a connection string",
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1",
        "AccountName=devstoreaccount1;AccountKey=not-base64!",
    ];

    public static TheoryData<string> GoodTableEndpoints { get; } =
    [
        "https://myaccount.table.core.windows.net/",
        "https://myaccount.table.core.usgovcloudapi.net",
        "http://127.0.0.1:10002/devstoreaccount1",
        "http://localhost:10002/devstoreaccount1",
    ];

    /// <summary>Each with the words of the refusal.</summary>
    public static TheoryData<string, string> BadTableEndpoints { get; } = new()
    {
        { "http://myaccount.table.core.windows.net/", "must be an https URI" },
        { "http://10.0.0.4:10002/devstoreaccount1", "must be an https URI" },
        { "ftp://myaccount.table.core.windows.net/", "must be an https URI" },
        { "myaccount.table.core.windows.net", "is not an absolute URI" },
        { "/devstoreaccount1", "must be an https URI" }, // a file URI on Linux
    };

    public static TheoryData<string> BadTableNames { get; } =
    [
        "",
        "ab",
        "1state",
        "grain-state",
        "grain_state",
        "tables",
        "a123456789012345678901234567890123456789012345678901234567890123",
    ];
}
