using 'main.bicep'

param namePrefix = 'homecare'
param hostImage = 'myregistry.azurecr.io/homecare-host:1.0.0'
param siloCount = 2
param entraClientId = '00000000-0000-0000-0000-000000000000'
param entraAudience = 'api://00000000-0000-0000-0000-000000000000'
param ministryTenantId = '00000000-0000-0000-0000-000000000000'
param prefectureTenants = [
  { tenantId: '00000000-0000-0000-0000-000000000033', prefectureCode: '33' }
]
