using ReformDesk.Core.Platform;
using System.CommandLine;
using System.Globalization;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.Plans.Scheduling;

namespace ReformDesk.Cli;

/// <summary>Commands that need no database: the calendar and the schedule parser.</summary>
public static class ToolCommands
{
    public static Command Calendar()
    {
        var calendar = new Command("calendar", "Lịch làm việc và lịch âm Việt Nam");

        var year = new Argument<int>("year") { Description = "Năm dương lịch" };
        var holidays = new Command("holidays", "In mọi ngày thường (thứ Hai–thứ Sáu) được nghỉ trong năm, dạng CSV date,name");
        holidays.Arguments.Add(year);
        holidays.SetAction(parse =>
        {
            var y = parse.GetValue(year);
            if (y is < 1901 or > 2099)
            {
                parse.InvocationConfiguration.Error.WriteLine("Năm phải trong khoảng 1901–2099.");
                return 2;
            }

            parse.InvocationConfiguration.Output.WriteLine("date,name");
            foreach (var line in WorkingDayCalendar.CreateDefault(y, y).NonWorkingWeekdaysCsv(y))
            {
                parse.InvocationConfiguration.Output.WriteLine(line);
            }

            return 0;
        });

        var date = new Argument<string>("date") { Description = "Ngày dương lịch yyyy-mm-dd" };
        var lunar = new Command("lunar", "Đổi ngày dương lịch sang âm lịch Việt Nam (múi giờ UTC+7)");
        lunar.Arguments.Add(date);
        lunar.SetAction(parse =>
        {
            if (!DateOnly.TryParseExact(parse.GetValue(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var solar)
                || solar < VietnameseLunarCalendar.MinSupportedDate || solar > VietnameseLunarCalendar.MaxSupportedDate)
            {
                parse.InvocationConfiguration.Error.WriteLine("Ngày không hợp lệ: cần dạng yyyy-mm-dd trong khoảng 1900–2100.");
                return 2;
            }

            var l = VietnameseLunarCalendar.FromSolar(solar);
            parse.InvocationConfiguration.Output.WriteLine($"{l.Day:00}/{l.Month:00}{(l.IsLeapMonth ? " (nhuận)" : "")}/{l.Year}");
            return 0;
        });

        calendar.Subcommands.Add(holidays);
        calendar.Subcommands.Add(lunar);
        return calendar;
    }

    public static Command ScheduleParse()
    {
        var text = new Argument<string>("text") { Description = "Nội dung cột \"Thời gian thực hiện\"" };
        var year = new Option<int>("--year") { Description = "Năm của kế hoạch (điền năm còn thiếu)", DefaultValueFactory = _ => VietnamTime.Year(TimeProvider.System) };
        var command = new Command("schedule-parse", "Phân tích thời gian thực hiện thành lịch có cấu trúc (JSON)");
        command.Arguments.Add(text);
        command.Options.Add(year);
        command.SetAction(parse =>
        {
            var schedule = ScheduleParser.Parse(parse.GetValue(text), parse.GetValue(year));
            parse.InvocationConfiguration.Output.WriteLine(ScheduleJson.Serialize(schedule));
            return schedule.NeedsReview ? 1 : 0;
        });
        return command;
    }
}
