global using HomeCareNational.Domain.Reference;
global using HomeCareNational.Domain.Register;
global using HomeCareNational.Import.Tests.Files;
global using HomeCareNational.Testing.Records;
