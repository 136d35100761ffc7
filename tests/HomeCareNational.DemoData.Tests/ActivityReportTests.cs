namespace HomeCareNational.DemoData.Tests;

/// <summary>The demo's hub activity reports: valid, and absent in 15 prefectures, as the working group's survey found.</summary>
public sealed class ActivityReportTests
{
    [Fact]
    public void Fifteen_prefectures_report_nothing_about_their_hubs_and_the_others_report_most_hubs()
    {
        var registers = DemoRegister.Generate();

        var silent = registers.Where(r => r.Value.ActivityReports.IsEmpty).Select(r => r.Key).ToList();

        Assert.Equal(15, silent.Count);
        var reporting = registers.Where(r => !r.Value.ActivityReports.IsEmpty).Select(r => r.Value).ToList();
        var reported = reporting.Sum(r => r.ActivityReports.Length);
        var hubs = reporting.Sum(r => r.Hubs.Length);
        Assert.InRange((double)reported / hubs, 0.9, 1.0);
    }

    [Fact]
    public void Every_report_is_valid_and_the_statuses_are_mixed()
    {
        var registers = DemoRegister.Generate();

        Assert.All(registers, r => Assert.Empty(RecordValidator.ValidateActivityReports(DemoRegister.FiscalYear, r.Value.ActivityReports, r.Value)));
        var statuses = RegisterTotals.Sum(registers.Values.Select(RegisterTotals.Of)).HubsByActivityStatus;
        Assert.Equal(1970, statuses.Values.Sum());
        Assert.All(Enum.GetValues<HubActivityStatus>(), status => Assert.True(statuses[status] > 0, $"no hub is {status}"));
        Assert.True(statuses[HubActivityStatus.Active] > statuses[HubActivityStatus.Inactive]);
    }
}
