using HomeCareNational.Host;
using HomeCareNational.Host.Commands;

if (TokenCommand.IsInvokedBy(args))
{
    return TokenCommand.Run(args[1..], Console.Out, Console.Error);
}

HomeCareApp.Build(args).Run();
return 0;
