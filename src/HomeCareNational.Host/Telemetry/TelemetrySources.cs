namespace HomeCareNational.Host.Telemetry;

/// <summary>The activity sources and meters the service's telemetry is made of, and the settings that export it, one constant each.</summary>
public static class TelemetrySources
{
    /// <summary>The <c>service.name</c> of every span, metric and log record.</summary>
    public const string ServiceName = "HomeCareNational";

    /// <summary>The Azure SDK's own spans (Tables, Identity), parents of the HTTP client spans of the same calls.</summary>
    public const string AzureSdk = "Azure.*";

    /// <summary>The AppContext switch without which the Azure SDK makes no spans of its own (still experimental there).</summary>
    public const string AzureSdkActivitySourceSwitch = "Azure.Experimental.EnableActivitySource";

    /// <summary>Orleans' runtime spans: the calling side of grain calls, activation, placement.</summary>
    public const string OrleansRuntime = "Microsoft.Orleans.Runtime";

    /// <summary>Orleans' grain-call spans on the called side, which <c>AddActivityPropagation</c> links to the caller across silos.</summary>
    public const string OrleansApplication = "Microsoft.Orleans.Application";

    /// <summary>Orleans' grain-storage spans (read, write, clear of a grain's state).</summary>
    public const string OrleansStorage = "Microsoft.Orleans.Storage";

    /// <summary>Orleans' own meter.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>When set, every signal is exported over OTLP to this endpoint; the SDK reads the other <c>OTEL_EXPORTER_OTLP_*</c> settings itself.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>When set, every signal goes to that Application Insights resource (the Azure Monitor distro).</summary>
    public const string ApplicationInsightsConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";
}
