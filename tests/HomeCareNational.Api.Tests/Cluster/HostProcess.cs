using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HomeCareNational.Api.Tests.Cluster;

/// <summary>
/// The service as its own operating-system process (<c>dotnet HomeCareNational.Host.dll</c>), so that a test can kill
/// it as a machine would die: Kestrel on a free port of 127.0.0.1, its silo on free ports, in the cluster the
/// arguments name. Its console output is kept for the test to read.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Everything the process wrote to its console so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the process; <see cref="WaitUntilReadyAsync"/> tells when it answers.</summary>
    public static HostProcess Start(IEnumerable<string> arguments)
    {
        var port = FreePort();
        var startInfo = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HomeCareNational.Host.dll"));
        foreach (var argument in (string[])[
            $"--urls=http://127.0.0.1:{port}",
            $"--Orleans:SiloPort={FreePort()}",
            $"--Orleans:GatewayPort={FreePort()}",
            .. arguments])
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = startInfo };
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, line) => host.Record(line.Data);
        process.ErrorDataReceived += (_, line) => host.Record(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until <paramref name="client"/> (of this host) gets an answer to a query.</summary>
    public async Task WaitUntilReadyAsync(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartupTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} while starting:\n{Output}");
            }

            try
            {
                var response = await client.PostGraphQLAsync("{ fiscalYears { year } }");
                if (response.Status == HttpStatusCode.OK && response.Errors.Count == 0)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The host did not answer within {StartupTimeout}:\n{Output}");
    }

    /// <summary>Kills the process at once (SIGKILL): no shutdown, no goodbye to the cluster, as when a machine dies.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
