global using System.Collections.Immutable;
global using HomeCareNational.Domain.Reference;
global using HomeCareNational.Domain.Register;
