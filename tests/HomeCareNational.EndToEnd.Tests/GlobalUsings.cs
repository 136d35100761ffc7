global using HomeCareNational.Api.Tests;
global using Microsoft.Playwright;
