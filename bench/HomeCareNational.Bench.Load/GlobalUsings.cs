global using System.Diagnostics;
global using System.Globalization;
global using System.Text.Json.Nodes;
global using HomeCareNational.Domain.Reference;
global using HomeCareNational.Domain.Register;
