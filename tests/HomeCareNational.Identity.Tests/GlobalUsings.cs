global using System.Security.Claims;
global using HomeCareNational.Identity.Authentication;
global using HomeCareNational.Identity.Development;
global using HomeCareNational.Identity.Tests.Support;
global using HomeCareNational.Identity.Tenancy;
