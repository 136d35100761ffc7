global using HomeCareNational.Domain.Reference;
global using HomeCareNational.Domain.Register;
global using HomeCareNational.Domain.Summaries;
global using HomeCareNational.Domain.Validation;
global using HomeCareNational.Testing.Records;
