global using HomeCareNational.Storage.AzureTable.Tests.Support;
global using HomeCareNational.Testing;
global using Orleans.Storage;
