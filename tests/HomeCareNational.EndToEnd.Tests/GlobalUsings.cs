global using HomeCareNational.Testing.Service;
global using Microsoft.Playwright;
global using HomeCareNational.Testing.Claims;
