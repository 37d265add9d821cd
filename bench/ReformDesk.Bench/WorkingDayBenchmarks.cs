using BenchmarkDotNet.Attributes;
using ReformDesk.Core.Calendar;

namespace ReformDesk.Bench;

/// <summary>
/// Working-day arithmetic is called for every dossier on every recompute. Baseline: a naive
/// day-by-day loop over the same calendar's IsWorkingDay, in the same run.
/// </summary>
public class WorkingDayBenchmarks
{
    private const int Calls = 100_000;
    private readonly WorkingDayCalendar calendar = WorkingDayCalendar.CreateDefault(2020, 2030);
    private readonly DateOnly start = new(2024, 1, 1);

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls)]
    public long NaiveDayByDayAdd()
    {
        long sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            var date = start.AddDays(i % 2000);
            var remaining = i % 30;
            while (remaining > 0)
            {
                date = date.AddDays(1);
                if (calendar.IsWorkingDay(date))
                {
                    remaining--;
                }
            }

            sum += date.DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public long AddWorkingDays()
    {
        long sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum += calendar.AddWorkingDays(start.AddDays(i % 2000), i % 30).DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls)]
    public long CountWorkingDays()
    {
        long sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            var from = start.AddDays(i % 2000);
            sum += calendar.CountWorkingDays(from, from.AddDays(i % 45));
        }

        return sum;
    }
}
