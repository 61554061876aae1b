using System.Text;
using FormHub.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return await FormHubCli.RunAsync(args, Console.Out, Console.Error);
