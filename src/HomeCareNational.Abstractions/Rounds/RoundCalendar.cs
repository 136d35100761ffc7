namespace HomeCareNational.Abstractions.Rounds;

/// <summary>Dates of a round are Japanese calendar days: a deadline runs to the end of its day in Japan.</summary>
public static class RoundCalendar
{
    /// <summary>Japan Standard Time, UTC+9 all year (no daylight saving).</summary>
    public static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    /// <summary>The day it is in Japan at <paramref name="instant"/>.</summary>
    public static DateOnly TodayInJapan(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(JapanOffset).DateTime);

    /// <summary>Days from today in Japan to the deadline: 0 on the deadline day, negative once it has passed.</summary>
    public static int DaysToDeadline(DateOnly deadline, DateTimeOffset now) => deadline.DayNumber - TodayInJapan(now).DayNumber;

    /// <summary>Whether the deadline day has ended in Japan.</summary>
    public static bool IsPast(DateOnly deadline, DateTimeOffset now) => DaysToDeadline(deadline, now) < 0;
}
