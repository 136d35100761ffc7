using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Data.Tables;
using Xunit;

namespace HomeCareNational.Testing;

/// <summary>
/// Runs a real Azurite table service (in memory, or on disk, on a free port) for the lifetime of a test class or
/// collection.
/// </summary>
/// <remarks>
/// <para>
/// Azurite comes from the repository's <c>package.json</c>; run <c>npm ci</c> in the repository root once
/// (CI does it before the tests). Hand <see cref="ConnectionString"/> to the code under test and give each test its
/// own table from <see cref="UniqueTableName"/>, so tests sharing one Azurite never see each other's rows.
/// </para>
/// <para>
/// To share one Azurite across test classes, declare the collection in the test project (xunit only discovers
/// collection definitions in the test assembly itself):
/// <code>
/// [CollectionDefinition(AzuriteFixture.CollectionName)]
/// public sealed class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt;;
///
/// [Collection(AzuriteFixture.CollectionName)]
/// public sealed class MyTests(AzuriteFixture azurite) { … }
/// </code>
/// or use it per class with <c>IClassFixture&lt;AzuriteFixture&gt;</c>.
/// </para>
/// <para>
/// An outage test creates its own <c>AzuriteFixture.OnDisk()</c>, then <see cref="StopAsync"/> (SIGINT, on
/// which Azurite flushes its data) and <see cref="RestartAsync"/> (the same port and data) while the code under test
/// keeps running.
/// </para>
/// </remarks>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The conventional name of an xunit collection that shares one Azurite.</summary>
    public const string CollectionName = "Azurite";

    /// <summary>Azurite's fixed development account.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's fixed, publicly documented development account key; not a secret.</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const string SolutionFileName = "HomeCareNational.sln";
    private const int StartAttempts = 3;
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(10);

    private const int SigInt = 2;

    /// <summary>What Azurite's table service prints once it has closed its stores on SIGINT.</summary>
    private const string ClosedMessage = "Azurite Table service successfully closed";

    private readonly StringBuilder output = new();
    private readonly string? dataDirectory;
    private Process? azurite;
    private int port;

    /// <summary>An Azurite that keeps its data in memory.</summary>
    public AzuriteFixture()
        : this(onDisk: false)
    {
    }

    // xunit creates fixtures through their one public constructor, so the on-disk kind comes from OnDisk().
    private AzuriteFixture(bool onDisk) =>
        dataDirectory = onDisk ? Directory.CreateTempSubdirectory("azurite-").FullName : null;

    /// <summary>An Azurite that keeps its data on disk, in a folder of its own that survives <see cref="RestartAsync"/>.</summary>
    public static AzuriteFixture OnDisk() => new(onDisk: true);

    /// <summary>
    /// The explicit <c>devstoreaccount1</c> connection string for this Azurite's port.
    /// (<c>UseDevelopmentStorage=true</c> always means port 10002, so it cannot point here.)
    /// </summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint={TableEndpoint};";

    /// <summary>The table service endpoint, e.g. <c>http://127.0.0.1:51234/devstoreaccount1</c>.</summary>
    public Uri TableEndpoint => azurite is null
        ? throw new InvalidOperationException("Azurite has not been started; xunit starts it through InitializeAsync.")
        : new Uri($"http://127.0.0.1:{port}/{AccountName}");

    /// <summary>A client for looking at tables directly, e.g. to assert on the rows a provider wrote.</summary>
    public TableServiceClient CreateTableServiceClient() => new(ConnectionString);

    /// <summary>
    /// A fresh, valid table name (<c>^[A-Za-z][A-Za-z0-9]{2,62}$</c>) starting with the letters and digits of
    /// <paramref name="purpose"/>, so a failing test's table is recognisable.
    /// </summary>
    public static string UniqueTableName(string purpose = "test")
    {
        var readable = new string(purpose.Where(char.IsAsciiLetterOrDigit).Take(30).ToArray());
        if (readable.Length == 0 || !char.IsAsciiLetter(readable[0]))
        {
            readable = "t" + readable;
        }

        return readable + Guid.NewGuid().ToString("N");
    }

    public async Task InitializeAsync()
    {
        var executable = FindAzuriteExecutable();
        for (var attempt = 1; ; attempt++)
        {
            port = FindFreePort();
            azurite = Start(executable, port);
            try
            {
                await WaitUntilListeningAsync(azurite, port);
                return;
            }
            catch (AzuriteStartException) when (attempt < StartAttempts && azurite.HasExited)
            {
                // Another process can take the port between probing it and Azurite binding it; try a new one.
                await KillAsync();
            }
            catch
            {
                await KillAsync();
                throw;
            }
        }
    }

    public async Task DisposeAsync()
    {
        await KillAsync();
        if (dataDirectory is not null)
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    /// <summary>
    /// Stops Azurite as Ctrl+C does (SIGINT), so an on-disk Azurite flushes its data first; requests then fail as
    /// they would with storage unreachable.
    /// </summary>
    public async Task StopAsync()
    {
        var running = azurite ?? throw new InvalidOperationException("Azurite is not running.");
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            throw new PlatformNotSupportedException("Stopping Azurite with SIGINT needs a POSIX system.");
        }

        int closedAt;
        lock (output)
        {
            closedAt = output.Length;
        }

        if (Interrupt(running.Id, SigInt) != 0)
        {
            throw Failed($"SIGINT to Azurite (process {running.Id}) failed");
        }

        // Azurite has flushed its data once it says it closed; it can then linger for clients' keep-alive connections.
        var deadline = Stopwatch.StartNew();
        while (!running.HasExited && !HasSaid(ClosedMessage, closedAt))
        {
            if (deadline.Elapsed > ShutdownTimeout)
            {
                throw Failed($"Azurite did not close within {ShutdownTimeout.TotalSeconds:N0} s of SIGINT");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        await KillAsync();
    }

    private bool HasSaid(string message, int from)
    {
        lock (output)
        {
            return output.ToString(from, output.Length - from).Contains(message, StringComparison.Ordinal);
        }
    }

    /// <summary>Starts Azurite again after <see cref="StopAsync"/>, on the same port and (on disk) with the same data.</summary>
    public async Task RestartAsync()
    {
        if (azurite is not null)
        {
            throw new InvalidOperationException("Azurite is still running; stop it first.");
        }

        azurite = Start(FindAzuriteExecutable(), port);
        await WaitUntilListeningAsync(azurite, port);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Interrupt(int processId, int signal);

    private static string FindAzuriteExecutable()
    {
        var root = FindRepositoryRoot();
        var executable = Path.Combine(
            root, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite-table.cmd" : "azurite-table");
        if (!File.Exists(executable))
        {
            throw new AzuriteStartException(
                $"Azurite is not installed: {executable} does not exist. Run 'npm ci' in {root}.");
        }

        return executable;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new AzuriteStartException(
            $"No folder above {AppContext.BaseDirectory} contains {SolutionFileName}, so Azurite cannot be found.");
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Process Start(string executable, int tablePort)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in new[]
        {
            "--tableHost", "127.0.0.1",
            "--tablePort", tablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--skipApiVersionCheck",
            "--silent",

            // Azurite reports usage to Microsoft unless told not to; test runs have nothing to report.
            "--disableTelemetry",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var argument in dataDirectory is null ? ["--inMemoryPersistence"] : new[] { "--location", dataDirectory })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, line) => Record(line.Data);
        process.ErrorDataReceived += (_, line) => Record(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private async Task WaitUntilListeningAsync(Process process, int tablePort)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartupTimeout)
        {
            if (process.HasExited)
            {
                throw Failed($"Azurite exited with code {process.ExitCode} before listening on 127.0.0.1:{tablePort}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, tablePort);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
        }

        throw Failed($"Azurite did not listen on 127.0.0.1:{tablePort} within {StartupTimeout.TotalSeconds:N0} s");
    }

    private AzuriteStartException Failed(string problem)
    {
        lock (output)
        {
            return new AzuriteStartException(
                $"{problem}. Azurite's output:{Environment.NewLine}{(output.Length == 0 ? "(none)" : output.ToString())}");
        }
    }

    private async Task KillAsync()
    {
        if (azurite is null)
        {
            return;
        }

        try
        {
            if (!azurite.HasExited)
            {
                azurite.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(ShutdownTimeout);
                await azurite.WaitForExitAsync(timeout.Token);
            }
        }
        finally
        {
            azurite.Dispose();
            azurite = null;
        }
    }
}
