using System.ComponentModel.DataAnnotations;
using System.Net;

namespace HomeCareNational.Host.Hosting;

/// <summary>How this process joins the Orleans cluster; bound from the <c>Orleans</c> configuration section.</summary>
public sealed class SiloOptions : IValidatableObject
{
    public const string Section = "Orleans";

    /// <summary>Silos with the same cluster id (and the same storage account) form one cluster.</summary>
    [Required]
    public string ClusterId { get; set; } = "homecare-dev";

    /// <summary>Identifies the service across deployments and restarts: grain state keys begin with it, so a cluster restarted with the same service id reads its state back.</summary>
    [Required]
    public string ServiceId { get; set; } = "HomeCareNational";

    /// <summary>
    /// The IP address other silos reach this one at, written to the membership table. When not set, chosen by
    /// <see cref="SiloAddressSelection"/>: loopback for a Host that listens on loopback only, else this machine's own IPv4 address.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Port for silo-to-silo traffic.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port for cluster clients.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// How long the API waits for a grain call before answering 503: a call to a silo that died in flight fails after
    /// this, not after Orleans' default of 30 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Orleans:ResponseTimeout must be between 00:00:01 and 00:05:00.")]
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The advertised address must parse: Orleans would otherwise fail later with no key named.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(AdvertisedAddress) && !IPAddress.TryParse(AdvertisedAddress, out _))
        {
            yield return new ValidationResult(
                $"Configuration key '{Section}:{nameof(AdvertisedAddress)}' is '{AdvertisedAddress}': set it to this silo's IP address, e.g. 10.0.0.4 or 127.0.0.1.",
                [nameof(AdvertisedAddress)]);
        }
    }
}
