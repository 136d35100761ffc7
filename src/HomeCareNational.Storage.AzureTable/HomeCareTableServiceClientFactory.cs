using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;

namespace HomeCareNational.Storage.AzureTable;

/// <summary>
/// The one place the service's <see cref="TableServiceClient"/>s are made: from the connection string, or from the
/// Table endpoint with <see cref="DefaultAzureCredential"/>, which picks the user-assigned managed identity named by
/// <c>AZURE_CLIENT_ID</c>. A singleton, so every client shares one credential and its token cache.
/// </summary>
public sealed class HomeCareTableServiceClientFactory
{
    // Made on first use only: a service on a connection string never builds a credential.
    private readonly Lazy<TokenCredential> credential = new(() => new DefaultAzureCredential());

    /// <summary>A client of the account of <paramref name="settings"/> with its client settings.</summary>
    public TableServiceClient Create(TableStorageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Create(settings, settings.ClientOptions);
    }

    /// <summary>A client of the account of <paramref name="settings"/> with other client settings (e.g. a health probe's).</summary>
    public TableServiceClient Create(TableStorageSettings settings, TableClientOptions clientOptions)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return string.IsNullOrWhiteSpace(settings.TableEndpoint)
            ? new TableServiceClient(settings.ConnectionString, clientOptions)
            : new TableServiceClient(new Uri(settings.TableEndpoint), credential.Value, clientOptions);
    }
}
