using System.Text.RegularExpressions;
using Azure.Data.Tables;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>Stops the silo at start-up when a storage provider is configured in a way that cannot work.</summary>
internal sealed partial class AzureTableGrainStorageOptionsValidator(AzureTableGrainStorageOptions options, string name)
    : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw Invalid(nameof(options.ConnectionString), "is empty");
        }

        try
        {
            _ = new TableServiceClient(options.ConnectionString);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            // The parser's message can quote fragments of the connection string, account key included, so it stays
            // in the inner exception rather than in the message that ends up in start-up logs.
            throw Invalid(nameof(options.ConnectionString), "is not a valid Azure Storage connection string", exception);
        }

        if (!IsValidTableName(options.TableName))
        {
            throw Invalid(
                nameof(options.TableName),
                $"'{options.TableName}' is not a valid Azure table name (3-63 letters or digits, starting with a letter)");
        }

        if (options.GrainStorageSerializer is null)
        {
            throw Invalid(nameof(options.GrainStorageSerializer), "is not set and the silo has no IGrainStorageSerializer");
        }
    }

    private static bool IsValidTableName(string? tableName) =>
        tableName is not null
        && TableNameRule().IsMatch(tableName)
        && !string.Equals(tableName, "tables", StringComparison.OrdinalIgnoreCase);

    private OrleansConfigurationException Invalid(string key, string problem) => new(Describe(key, problem));

    private OrleansConfigurationException Invalid(string key, string problem, Exception inner) =>
        new(Describe(key, problem), inner);

    private string Describe(string key, string problem) =>
        $"{nameof(AzureTableGrainStorageOptions)}.{key} for storage '{name}' {problem}.";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNameRule();
}
