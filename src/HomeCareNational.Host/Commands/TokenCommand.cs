using System.Globalization;
using System.Text.RegularExpressions;
using HomeCareNational.Identity;
using HomeCareNational.Identity.Development;
using Microsoft.Extensions.Options;

namespace HomeCareNational.Host.Commands;

/// <summary>
/// <c>token --role ROLE [--prefecture NN] [--app] [--lifetime 8h]</c>: prints a development token, signed with the
/// configured development key, for the configuration the service would run with here (appsettings, the
/// environment's appsettings, environment variables). Refuses when the service would not accept it.
/// </summary>
public static partial class TokenCommand
{
    public const string Name = "token";

    private const int Refused = 1;
    private const int BadArguments = 2;

    private static readonly string Usage =
        $"""
        Usage: {Name} --role ROLE [--prefecture NN] [--app] [--lifetime 8h]
          --role        {string.Join(" | ", AppRoles.All)}
          --prefecture  the prefecture code ("01" to "47") a Prefecture.* role acts for
          --app         an app-only (client-credentials) token instead of a user's
          --lifetime    how long the token is valid, in minutes, hours or days: 30m, 8h, 1d (default {DevelopmentTokenRequest.DefaultLifetime.TotalHours}h)
        The service must run with the development issuer enabled (see README, "Sign-in and tenancy").
        """;

    public static bool IsInvokedBy(string[] args) => args is [Name, ..];

    /// <summary>Runs the command with the arguments after its name; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args is ["--help"] or ["-h"])
        {
            output.WriteLine(Usage);
            return 0;
        }

        var request = Parse(args, out var problem);
        problem ??= request?.Problem();
        if (request is null || problem is not null)
        {
            error.WriteLine(problem);
            error.WriteLine(Usage);
            return BadArguments;
        }

        DevelopmentTokenIssuer issuer;
        try
        {
            // The service's builder, with nothing added: the same configuration sources and environment, nothing started.
            var service = HomeCareApp.CreateBuilder([]);
            issuer = DevelopmentTokenIssuer.FromConfiguration(service.Configuration, service.Environment);
        }
        catch (OptionsValidationException exception)
        {
            error.WriteLine("No development token: this configuration would not accept one.");
            foreach (var failure in exception.Failures)
            {
                error.WriteLine("  " + failure);
            }

            return Refused;
        }

        output.WriteLine(issuer.Issue(request));
        return 0;
    }

    private static DevelopmentTokenRequest? Parse(string[] args, out string? problem)
    {
        string? role = null;
        string? prefecture = null;
        var app = false;
        TimeSpan? lifetime = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--app":
                    app = true;
                    break;
                case "--role" or "--prefecture" or "--lifetime" when i + 1 >= args.Length:
                    problem = $"{args[i]} needs a value.";
                    return null;
                case "--role":
                    role = args[++i];
                    break;
                case "--prefecture":
                    prefecture = args[++i];
                    break;
                case "--lifetime":
                    lifetime = ParseLifetime(args[++i]);
                    if (lifetime is null)
                    {
                        problem = $"'{args[i]}' is not a lifetime: a number followed by m, h or d, e.g. 8h.";
                        return null;
                    }

                    break;
                default:
                    problem = $"Unknown argument '{args[i]}'.";
                    return null;
            }
        }

        problem = role is null ? "--role is required." : null;
        return role is null ? null : new DevelopmentTokenRequest(role, prefecture, app, lifetime);
    }

    private static TimeSpan? ParseLifetime(string text)
    {
        var match = LifetimeFormat().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var amount = int.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value switch
        {
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
    }

    [GeneratedRegex("^(?<amount>[0-9]{1,5})(?<unit>[mhd])$")]
    private static partial Regex LifetimeFormat();
}
