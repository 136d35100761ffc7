using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Azure.Data.Tables;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>What Azure accepts as a connection string and a table name; shared by the options validators.</summary>
internal static partial class TableSettingRules
{
    public const string TableNameRuleDescription = "3-63 letters or digits, starting with a letter";

    public static bool IsValidTableName([NotNullWhen(true)] string? tableName) =>
        tableName is not null
        && TableNameRule().IsMatch(tableName)
        && !string.Equals(tableName, "tables", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the Azure SDK can parse the connection string. The parser's message can quote fragments of the
    /// connection string, account key included, so callers keep <paramref name="parseFailure"/> out of messages
    /// that end up in start-up logs (an inner exception is fine).
    /// </summary>
    public static bool IsParsableConnectionString(string connectionString, [NotNullWhen(false)] out Exception? parseFailure)
    {
        try
        {
            _ = new TableServiceClient(connectionString);
            parseFailure = null;
            return true;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            parseFailure = exception;
            return false;
        }
    }

    /// <summary>What is wrong with a connection string, or null; never quotes it, as it holds the account key.</summary>
    public static string? ConnectionStringProblem(string connectionString) =>
        IsParsableConnectionString(connectionString, out _) ? null : "is not a valid Azure Storage connection string";

    /// <summary>
    /// What is wrong with a Table endpoint, or null: an absolute https URI, or http on this machine only (Azurite),
    /// since a bearer token must not cross the network in clear. Never quotes it, as a URI can carry a SAS token.
    /// </summary>
    public static string? TableEndpointProblem(string tableEndpoint) =>
        !Uri.TryCreate(tableEndpoint, UriKind.Absolute, out var endpoint) ? "is not an absolute URI"
        : endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback) ? null
        : "must be an https URI (http only for 127.0.0.1 or localhost), e.g. https://myaccount.table.core.windows.net/";

    /// <summary>
    /// Each problem of a store's options as <c>{optionsName}.{key} {problem}.</c>: the account
    /// (<see cref="StorageAccountRules"/>), then each table name.
    /// </summary>
    public static List<string> Failures(string optionsName, TableStorageSettings settings, params (string Key, string TableName)[] tables) =>
        [.. StorageAccountRules.Problems(settings.ConnectionString, settings.TableEndpoint)
            .Select(check => $"{optionsName}.{check.Setting} {check.Problem}.")
            .Concat(tables
                .Select(table => (table.Key, Problem: TableNameProblem(table.TableName)))
                .Where(check => check.Problem is not null)
                .Select(check => $"{optionsName}.{check.Key} {check.Problem}."))];

    /// <summary>What is wrong with a table name, or null.</summary>
    public static string? TableNameProblem(string? tableName) =>
        IsValidTableName(tableName) ? null : $"'{tableName}' is not a valid Azure table name ({TableNameRuleDescription})";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNameRule();
}
