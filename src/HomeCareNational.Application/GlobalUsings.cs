global using HomeCareNational.Abstractions;
global using HomeCareNational.Application.Errors;
global using HomeCareNational.Application.Reads.Views;
global using HomeCareNational.Domain.Reference;
global using HomeCareNational.Domain.Register;
global using HomeCareNational.Domain.Summaries;
global using HomeCareNational.Telemetry;
global using Microsoft.Extensions.DependencyInjection;
