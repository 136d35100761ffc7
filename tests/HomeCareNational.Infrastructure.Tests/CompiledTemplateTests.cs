using HomeCareNational.Host.Hosting;
using HomeCareNational.Storage.AzureTable;

namespace HomeCareNational.Infrastructure.Tests;

/// <summary>What the compiled ARM template promises an operations team: checked on the JSON Azure would receive.</summary>
public sealed class CompiledTemplateTests
{
    private const string TableDataContributorRoleId = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    private static readonly Lazy<Task<CompiledTemplate>> Template = new(CompiledTemplate.CompileAsync);

    [Fact]
    public async Task Storage_allows_no_public_access_and_no_old_TLS()
    {
        var (_, storage) = (await Template.Value).Resource("Microsoft.Storage/storageAccounts");
        var properties = storage.GetProperty("properties");

        Assert.False(properties.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.False(properties.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.True(properties.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
        Assert.Equal("TLS1_2", properties.GetProperty("minimumTlsVersion").GetString());
    }

    [Fact]
    public async Task Blob_and_container_soft_delete_are_on()
    {
        var (_, blobs) = (await Template.Value).Resource("Microsoft.Storage/storageAccounts/blobServices");
        var properties = blobs.GetProperty("properties");

        Assert.True(properties.GetProperty("deleteRetentionPolicy").GetProperty("enabled").GetBoolean());
        Assert.True(properties.GetProperty("containerDeleteRetentionPolicy").GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task The_container_app_runs_at_least_two_replicas()
    {
        var template = await Template.Value;
        var (_, app) = template.Resource("Microsoft.App/containerApps");
        var scale = app.GetProperty("properties").GetProperty("template").GetProperty("scale");

        Assert.True(template.SmallestInteger(scale.GetProperty("minReplicas")) >= 2);
    }

    [Fact]
    public async Task Only_HTTP_is_public_and_the_silo_and_gateway_ports_stay_internal()
    {
        var (_, app) = (await Template.Value).Resource("Microsoft.App/containerApps");
        var ingress = app.GetProperty("properties").GetProperty("configuration").GetProperty("ingress");

        Assert.Equal("http", ingress.GetProperty("transport").GetString());
        Assert.False(ingress.GetProperty("allowInsecure").GetBoolean());
        var extraPorts = ingress.GetProperty("additionalPortMappings").EnumerateArray().ToList();
        Assert.Equal(2, extraPorts.Count);
        Assert.All(extraPorts, port => Assert.False(port.GetProperty("external").GetBoolean()));
    }

    [Fact]
    public async Task The_managed_identity_holds_the_table_data_role_on_the_storage_account()
    {
        var template = await Template.Value;
        var (identityName, _) = template.Resource("Microsoft.ManagedIdentity/userAssignedIdentities");
        var (_, assignment) = template.Resource("Microsoft.Authorization/roleAssignments");
        var properties = assignment.GetProperty("properties");

        Assert.Contains(TableDataContributorRoleId, template.WithVariables(properties.GetProperty("roleDefinitionId").GetString()!), StringComparison.Ordinal);
        Assert.Equal($"[reference('{identityName}').principalId]", properties.GetProperty("principalId").GetString());
        Assert.StartsWith("[resourceId('Microsoft.Storage/storageAccounts'", assignment.GetProperty("scope").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_container_setting_is_one_the_Host_reads()
    {
        var names = (await Template.Value).ContainerEnvironmentNames();

        Assert.Contains("TenantRegistry__Tenants__0__TenantId", names);
        Assert.All(
            names.Where(name => !HostSettings.PlatformVariables.Contains(name)),
            name => Assert.True(HostSettings.Reads(name), $"The container sets {name}, which the Host does not read."));
    }

    [Fact]
    public async Task The_container_app_runs_as_the_managed_identity_and_reaches_tables_by_endpoint()
    {
        var template = await Template.Value;
        var (_, app) = template.Resource("Microsoft.App/containerApps");
        var names = template.ContainerEnvironmentNames();

        Assert.Equal("UserAssigned", app.GetProperty("identity").GetProperty("type").GetString());
        Assert.Contains(HostSettings.Variable(StorageAccountConfiguration.Section, nameof(TableStorageSettings.TableEndpoint)), names);
        Assert.DoesNotContain(HostSettings.Variable(StorageAccountConfiguration.Section, nameof(TableStorageSettings.ConnectionString)), names);
        Assert.Equal("reference('identity').clientId", template.ContainerEnvironmentValue("AZURE_CLIENT_ID"));
        Assert.Equal("reference('storage').primaryEndpoints.table", template.ContainerEnvironmentValue(
            HostSettings.Variable(StorageAccountConfiguration.Section, nameof(TableStorageSettings.TableEndpoint))));
    }

    [Fact]
    public async Task Every_silo_joins_one_cluster_on_ports_that_are_the_internal_port_mappings()
    {
        var template = await Template.Value;
        var (_, app) = template.Resource("Microsoft.App/containerApps");
        var internalPorts = app.GetProperty("properties").GetProperty("configuration").GetProperty("ingress").GetProperty("additionalPortMappings")
            .EnumerateArray().Select(port => port.GetProperty("targetPort").GetString()).ToList();
        var names = template.ContainerEnvironmentNames();

        Assert.Equal("parameters('clusterId')", template.ContainerEnvironmentValue(HostSettings.Variable(SiloOptions.Section, nameof(SiloOptions.ClusterId))));
        Assert.Equal("parameters('serviceId')", template.ContainerEnvironmentValue(HostSettings.Variable(SiloOptions.Section, nameof(SiloOptions.ServiceId))));
        Assert.Equal("string(parameters('siloPort'))", template.ContainerEnvironmentValue(HostSettings.Variable(SiloOptions.Section, nameof(SiloOptions.SiloPort))));
        Assert.Equal("string(parameters('gatewayPort'))", template.ContainerEnvironmentValue(HostSettings.Variable(SiloOptions.Section, nameof(SiloOptions.GatewayPort))));
        Assert.Equal(["[parameters('siloPort')]", "[parameters('gatewayPort')]"], internalPorts);
        // Each replica has its own address, which the Host finds itself: one fixed here would be wrong for all but one.
        Assert.DoesNotContain(HostSettings.Variable(SiloOptions.Section, nameof(SiloOptions.AdvertisedAddress)), names);
    }
}
