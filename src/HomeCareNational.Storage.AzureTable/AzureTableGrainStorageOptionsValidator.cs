namespace HomeCareNational.Storage.AzureTable;

/// <summary>Stops the silo at start-up when a storage provider is configured in a way that cannot work.</summary>
internal sealed class AzureTableGrainStorageOptionsValidator(AzureTableGrainStorageOptions options, string name)
    : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw Invalid(nameof(options.ConnectionString), "is empty");
        }

        if (!TableSettingRules.IsParsableConnectionString(options.ConnectionString, out var parseFailure))
        {
            throw Invalid(nameof(options.ConnectionString), "is not a valid Azure Storage connection string", parseFailure);
        }

        if (!TableSettingRules.IsValidTableName(options.TableName))
        {
            throw Invalid(
                nameof(options.TableName),
                $"'{options.TableName}' is not a valid Azure table name ({TableSettingRules.TableNameRuleDescription})");
        }

        if (options.GrainStorageSerializer is null)
        {
            throw Invalid(nameof(options.GrainStorageSerializer), "is not set and the silo has no IGrainStorageSerializer");
        }
    }

    private OrleansConfigurationException Invalid(string key, string problem) => new(Describe(key, problem));

    private OrleansConfigurationException Invalid(string key, string problem, Exception inner) =>
        new(Describe(key, problem), inner);

    private string Describe(string key, string problem) =>
        $"{nameof(AzureTableGrainStorageOptions)}.{key} for storage '{name}' {problem}.";
}
