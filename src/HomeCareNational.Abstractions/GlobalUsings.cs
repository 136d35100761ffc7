global using HomeCareNational.Domain.Register;
global using HomeCareNational.Domain.Summaries;
global using HomeCareNational.Domain.Validation;
global using Orleans;
global using Orleans.Concurrency;
