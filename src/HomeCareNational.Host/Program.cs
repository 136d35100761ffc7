using HomeCareNational.Host;

HomeCareApp.Build(args).Run();
