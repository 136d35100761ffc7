// HomeCareNational: storage, monitoring and the Host as an Orleans cluster on Azure Container Apps.
// The Host reaches storage with a user-assigned managed identity (no account key leaves Azure).

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('Short name that prefixes every resource (lowercase letters and digits).')
@minLength(3)
@maxLength(11)
param namePrefix string

@description('Container image of the Host, e.g. myregistry.azurecr.io/homecare-host:1.0.0.')
param hostImage string

@description('Number of silos (container replicas). Orleans needs at least 2 to survive the loss of one.')
@minValue(2)
@maxValue(30)
param siloCount int = 2

@description('Orleans cluster id: silos with the same id and storage account form one cluster.')
param clusterId string = 'homecare-prod'

@description('Orleans service id.')
param serviceId string = 'HomeCareNational'

@description('Port for silo-to-silo traffic (internal only).')
param siloPort int = 11111

@description('Port for cluster clients (internal only).')
param gatewayPort int = 30000

@description('Entra ID instance URL.')
param entraInstance string = environment().authentication.loginEndpoint

@description('Entra tenant the API accepts sign-ins from; "organizations" for a multi-tenant app.')
param entraTenantId string = 'organizations'

@description('Application (client) id of the API registration in Entra ID.')
param entraClientId string

@description('Audience of access tokens for the API, e.g. api://<client id>.')
param entraAudience string

@description('Tenant id of the ministry (national roles are effective only from this tenant).')
param ministryTenantId string

@description('Prefecture tenants: each Entra tenant id with the two-digit prefecture code its users act for.')
param prefectureTenants {
  tenantId: string
  prefectureCode: string
}[] = []

@description('Days that deleted storage data and the Log Analytics workspace are kept for recovery.')
@minValue(7)
@maxValue(365)
param retentionDays int = 30

var storageName = toLower('${namePrefix}${uniqueString(resourceGroup().id)}')
// Storage Table Data Contributor, a built-in role.
var tableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var hostHttpPort = 8080
// The Host reads TenantRegistry:Tenants as a list; environment variables spell list items by index.
var tenantEnv = flatten(map(range(0, length(prefectureTenants)), i => [
  { name: 'TenantRegistry__Tenants__${i}__TenantId', value: prefectureTenants[i].tenantId }
  { name: 'TenantRegistry__Tenants__${i}__PrefectureCode', value: prefectureTenants[i].prefectureCode }
]))

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(storageName, 24)
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
  }
}

// Tables have no soft delete of their own; blob and container soft delete protect the account's other data.
resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: retentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: retentionDays
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-host'
  location: location
}

resource tableDataRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, tableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource appsEnvironment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${namePrefix}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

resource host 'Microsoft.App/containerApps@2024-03-01' = {
  name: '${namePrefix}-host'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  dependsOn: [
    tableDataRole
  ]
  properties: {
    managedEnvironmentId: appsEnvironment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: hostHttpPort
        transport: 'http'
        allowInsecure: false
        // Silo and gateway traffic stays inside the environment.
        additionalPortMappings: [
          {
            external: false
            targetPort: siloPort
          }
          {
            external: false
            targetPort: gatewayPort
          }
        ]
      }
      secrets: [
        {
          name: 'appinsights-connection'
          value: insights.properties.ConnectionString
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'host'
          image: hostImage
          resources: {
            cpu: json('1.0')
            memory: '2Gi'
          }
          env: concat([
            { name: 'ASPNETCORE_HTTP_PORTS', value: string(hostHttpPort) }
            { name: 'HomeCare__Storage__TableEndpoint', value: storage.properties.primaryEndpoints.table }
            { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
            { name: 'Orleans__ClusterId', value: clusterId }
            { name: 'Orleans__ServiceId', value: serviceId }
            { name: 'Orleans__SiloPort', value: string(siloPort) }
            { name: 'Orleans__GatewayPort', value: string(gatewayPort) }
            { name: 'AzureAd__Instance', value: entraInstance }
            { name: 'AzureAd__TenantId', value: entraTenantId }
            { name: 'AzureAd__ClientId', value: entraClientId }
            { name: 'AzureAd__Audience', value: entraAudience }
            { name: 'TenantRegistry__MinistryTenantId', value: ministryTenantId }
            { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', secretRef: 'appinsights-connection' }
          ], tenantEnv)
        }
      ]
      scale: {
        minReplicas: siloCount
        maxReplicas: siloCount
      }
    }
  }
}

@description('Public URL of the API.')
output hostUrl string = 'https://${host.properties.configuration.ingress.fqdn}'

@description('Table endpoint the silos use.')
output tableEndpoint string = storage.properties.primaryEndpoints.table
