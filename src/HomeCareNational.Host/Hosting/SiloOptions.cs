using System.ComponentModel.DataAnnotations;

namespace HomeCareNational.Host.Hosting;

/// <summary>How this process joins the Orleans cluster; bound from the <c>Orleans</c> configuration section.</summary>
public sealed class SiloOptions
{
    public const string Section = "Orleans";

    /// <summary>Silos with the same cluster id form one cluster.</summary>
    [Required]
    public string ClusterId { get; set; } = "homecare-dev";

    /// <summary>Identifies the service across deployments. Grain state keys do not include it: give each deployment its own table.</summary>
    [Required]
    public string ServiceId { get; set; } = "HomeCareNational";

    /// <summary>Port for silo-to-silo traffic.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port for cluster clients.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;
}
