namespace HomeCareNational.Bench.Load;

/// <summary>
/// <c>COMMAND --url URL --host-root DIR [--scale N] [--count N] [--writers N] [--seconds S] [--started-ms MS]
/// [--designations N] [--label TEXT]</c>; every value but the command is <c>--name value</c>.
/// </summary>
internal sealed class DriverArguments
{
    private readonly Dictionary<string, string> values;

    private DriverArguments(string command, Dictionary<string, string> values)
    {
        Command = command;
        this.values = values;
    }

    public string Command { get; }

    public Uri Url => new(Required("url"));

    /// <summary>The Host project's folder: its appsettings tell the token issuer what the service accepts.</summary>
    public string HostRoot => Required("host-root");

    public int Scale => Int("scale", 1);

    public int Count => Int("count", 1000);

    public int Writers => Int("writers", 20);

    public TimeSpan Duration => TimeSpan.FromSeconds(Int("seconds", 20));

    public DateTimeOffset Started => DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(Required("started-ms"), CultureInfo.InvariantCulture));

    public int Designations => Int("designations", 0, minimum: 0);

    public string Label => values.GetValueOrDefault("label", string.Empty);

    public static DriverArguments Parse(string[] args)
    {
        if (args.Length == 0 || (args.Length - 1) % 2 != 0)
        {
            throw new ArgumentException("Usage: COMMAND --name value …; see DriverArguments.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected --name before '{args[i]}'.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        return new DriverArguments(args[0], values);
    }

    private string Required(string name) =>
        values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required for '{Command}'.");

    private int Int(string name, int fallback, int minimum = 1) =>
        values.TryGetValue(name, out var value)
            ? int.Parse(value, CultureInfo.InvariantCulture) is var parsed && parsed >= minimum ? parsed : throw new ArgumentException($"--{name} must be at least {minimum}.")
            : fallback;
}
