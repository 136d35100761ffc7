global using HomeCareNational.Testing.Service;
global using Microsoft.Playwright;
