using Microsoft.Extensions.Options;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>
/// Feedback reminders on a real SQLite database, today being Wednesday 14/10/2026 10:00 in Hà Nội (no holiday from 22/09 to
/// 16/10/2026; the cut-off is 15:00; the national deadlines 2 / 5 / 15 / 2 working days). Dates below worked out by hand:
/// October 2026 starts on a Thursday.
/// </summary>
public sealed class FeedbackRemindersTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 14, 3, 0, 0, TimeSpan.Zero);

    /// <summary>A Vietnam local moment as UTC (UTC+7).</summary>
    private static DateTime Vn(int m, int d, int hour, int minute = 0) => new DateTime(2026, m, d, hour, minute, 0, DateTimeKind.Utc).AddHours(-7);

    private static FeedbackActor At(DateTime utc) => new("tester", utc);

    private sealed record Commune(SqliteCommune Db, Unit U, Unit V, Unit W, List<AppUser> Accounts, ILookup<Guid, string> Roles) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    /// <summary>
    /// Units U (a head and an officer), V (an officer) and W (only a supervisor); a Chairman, a secretariat member, a system
    /// administrator, and a Chairman who is also system administrator (excluded, as an administrator).
    /// </summary>
    private static async Task<Commune> SeedAsync()
    {
        var db = await SqliteCommune.CreateAsync(Now);
        var u = await db.UnitAsync("Phòng Kinh tế");
        var v = await db.UnitAsync("Phòng Văn hóa - Xã hội");
        var w = await db.UnitAsync("Công an phường");
        var people = new (string Name, Guid? Unit, string[] Roles)[]
        {
            ("Chủ tịch", null, [Roles.Chairman]),
            ("Tham mưu", null, [Roles.ReformSecretariat]),
            ("Quản trị", null, [Roles.SystemAdmin]),
            ("Chủ tịch kiêm quản trị", null, [Roles.Chairman, Roles.SystemAdmin]),
            ("Trưởng phòng U", u.Id, [Roles.DepartmentHead]),
            ("Chuyên viên U", u.Id, [Roles.Officer]),
            ("Một cửa U", u.Id, [Roles.OneStopShopStaff]),
            ("Chuyên viên V", v.Id, [Roles.Officer]),
            ("Giám sát W", w.Id, [Roles.Supervisor]),
        };
        var accounts = people.Select(p => new AppUser { Id = Guid.NewGuid(), TenantId = db.TenantId, FullName = p.Name, UnitId = p.Unit }).ToList();
        var roles = people.Zip(accounts).SelectMany(x => x.First.Roles.Select(r => (x.Second.Id, r))).ToLookup(x => x.Id, x => x.r);
        return new Commune(db, u, v, w, accounts, roles);
    }

    private static FeedbackReminders Reminders(SqliteCommune commune, int daysBefore = 1)
    {
        var db = commune.Open();
        var calendars = new CalendarService(db, new CalendarCache(), commune.Clock);
        var deadlines = new FeedbackDeadlineService(db, calendars, new DossierRules(calendars, Options.Create(new DossierSettings())), commune.Clock);
        return new FeedbackReminders(db, deadlines, Options.Create(new CitizenVoiceOptions { ReminderWorkingDaysBefore = daysBefore }));
    }

    private static Feedback Submit(Commune c, DateTime submittedUtc, FeedbackCategory category = FeedbackCategory.Local, string code = "PA-000001") =>
        Feedback.Submit(c.Db.TenantId, code, "HASH", new FeedbackIntake(FeedbackChannel.Web, category, "Đèn hỏng",
            "Đèn chiếu sáng trong ngõ bị hỏng.", "Ngõ 12", "Nguyễn Văn An", "0912345678", null, null), At(submittedUtc));

    /// <summary>Accepted an hour after submission and given to <paramref name="unit"/> two hours after.</summary>
    private static Feedback InProgress(Commune c, DateTime submittedUtc, Unit unit, FeedbackCategory category = FeedbackCategory.Local, string code = "PA-000001")
    {
        var f = Submit(c, submittedUtc, category, code);
        Ok(f.Accept(At(submittedUtc.AddHours(1))));
        Ok(f.Assign(unit.Id, unit.Name, null, At(submittedUtc.AddHours(2))));
        return f;
    }

    private static Feedback Answered(Commune c, DateTime approvedUtc)
    {
        var f = InProgress(c, Vn(9, 23, 9), c.U);
        Ok(f.SaveDraft("Đã thay bóng đèn", At(approvedUtc.AddHours(-1))));
        Ok(f.Approve(At(approvedUtc)));
        return f;
    }

    private static Feedback Scenario(Commune c, string name)
    {
        Feedback f;
        switch (name)
        {
            case "waiting, due today": return Submit(c, Vn(10, 12, 9)); // Mon 12 + 2 = Wed 14
            case "waiting, due tomorrow": return Submit(c, Vn(10, 13, 9)); // Tue 13 + 2 = Thu 15
            case "waiting, at the cut-off": return Submit(c, Vn(10, 13, 15)); // 15:00 still counts that day
            case "waiting, after the cut-off": return Submit(c, Vn(10, 13, 15, 1)); // from Wed 14: + 2 = Fri 16, 2 days left
            case "waiting, on a saturday": return Submit(c, Vn(10, 10, 10)); // from Mon 12: + 2 = Wed 14
            case "waiting, late": return Submit(c, Vn(10, 9, 9)); // Fri 9 + 2 = Tue 13
            case "waiting after new information":
                f = Submit(c, Vn(9, 1, 9));
                Ok(f.AskInfo("Ngõ nào?", At(Vn(9, 4, 9))));
                Ok(f.SupplyInfo("Ngõ 12 phố Chợ", At(Vn(10, 12, 9)))); // the intake clock restarts: Mon 12 + 2 = Wed 14
                return f;
            case "needs information":
                f = Submit(c, Vn(9, 1, 9));
                Ok(f.AskInfo("Ngõ nào?", At(Vn(9, 4, 9))));
                return f;
            case "in progress, due today": return InProgress(c, Vn(9, 23, 9), c.U); // Wed 23/09 + 15 = Wed 14/10
            case "in progress, due tomorrow": return InProgress(c, Vn(9, 24, 9), c.U);
            case "in progress, 2 days left": return InProgress(c, Vn(9, 25, 9), c.U);
            case "in progress, late": return InProgress(c, Vn(9, 22, 9), c.U); // Tue 22/09 + 15 = Tue 13/10
            case "in progress, unit without handlers": return InProgress(c, Vn(9, 23, 9), c.W);
            case "received, no unit yet":
                f = Submit(c, Vn(9, 22, 9));
                Ok(f.Accept(At(Vn(9, 22, 10))));
                return f;
            case "moved to another unit":
                f = InProgress(c, Vn(9, 1, 9), c.V);
                Ok(f.Assign(c.U.Id, c.U.Name, null, At(Vn(9, 23, 9)))); // the answer clock restarts on Wed 23/09
                return f;
            case "answered, publish tomorrow": return Answered(c, Vn(10, 13, 9)); // Tue 13 + 2 = Thu 15
            case "answered, publish late": return Answered(c, Vn(10, 9, 9)); // Fri 9 + 2 = Tue 13
            case "refused":
                f = Submit(c, Vn(9, 1, 9));
                Ok(f.Refuse("Không thuộc thẩm quyền", At(Vn(9, 2, 9))));
                return f;
            case "transferred":
                f = Submit(c, Vn(9, 1, 9));
                Ok(f.TransferOut("Sở Xây dựng", At(Vn(9, 2, 9))));
                return f;
            case "published":
                f = Answered(c, Vn(9, 30, 9));
                Ok(f.Publish("Đèn hỏng", "Đèn trong ngõ bị hỏng", "Đã thay bóng", At(Vn(10, 1, 9))));
                return f;
            default: throw new ArgumentException(name);
        }
    }

    private const string Approvers = "Chủ tịch, Tham mưu";
    private const string UnitU = "Trưởng phòng U, Chuyên viên U";
    private const string Intake = "tiếp nhận hoặc từ chối";

    [Theory]
    // scenario, key after the id (null: no reminder), subject, recipients
    [InlineData("waiting, due today", "Intake:20261014:soon", $"[Sắp đến hạn] Phản ánh PA-000001: {Intake} trước 14/10/2026", Approvers)]
    [InlineData("waiting, due tomorrow", "Intake:20261015:soon", $"[Sắp đến hạn] Phản ánh PA-000001: {Intake} trước 15/10/2026", Approvers)]
    [InlineData("waiting, at the cut-off", "Intake:20261015:soon", $"[Sắp đến hạn] Phản ánh PA-000001: {Intake} trước 15/10/2026", Approvers)]
    [InlineData("waiting, after the cut-off", null, null, null)]
    [InlineData("waiting, on a saturday", "Intake:20261014:soon", $"[Sắp đến hạn] Phản ánh PA-000001: {Intake} trước 14/10/2026", Approvers)]
    [InlineData("waiting, late", "Intake:20261013:late", $"[Quá hạn] Phản ánh PA-000001: {Intake} quá hạn 13/10/2026", Approvers)]
    [InlineData("waiting after new information", "Intake:20261014:soon", $"[Sắp đến hạn] Phản ánh PA-000001: {Intake} trước 14/10/2026", Approvers)]
    [InlineData("needs information", null, null, null)]
    [InlineData("in progress, due today", "Answer:20261014:soon", "[Sắp đến hạn] Phản ánh PA-000001: trả lời trước 14/10/2026", UnitU)]
    [InlineData("in progress, due tomorrow", "Answer:20261015:soon", "[Sắp đến hạn] Phản ánh PA-000001: trả lời trước 15/10/2026", UnitU)]
    [InlineData("in progress, 2 days left", null, null, null)]
    [InlineData("in progress, late", "Answer:20261013:late", "[Quá hạn] Phản ánh PA-000001: trả lời quá hạn 13/10/2026", UnitU)]
    [InlineData("in progress, unit without handlers", "Answer:20261014:soon", "[Sắp đến hạn] Phản ánh PA-000001: trả lời trước 14/10/2026", Approvers)]
    [InlineData("received, no unit yet", "Answer:20261013:late", "[Quá hạn] Phản ánh PA-000001: trả lời quá hạn 13/10/2026", Approvers)]
    [InlineData("moved to another unit", "Answer:20261014:soon", "[Sắp đến hạn] Phản ánh PA-000001: trả lời trước 14/10/2026", UnitU)]
    [InlineData("answered, publish tomorrow", "Publish:20261015:soon", "[Sắp đến hạn] Phản ánh PA-000001: công khai trả lời trước 15/10/2026", Approvers)]
    [InlineData("answered, publish late", "Publish:20261013:late", "[Quá hạn] Phản ánh PA-000001: công khai trả lời quá hạn 13/10/2026", Approvers)]
    [InlineData("refused", null, null, null)]
    [InlineData("transferred", null, null, null)]
    [InlineData("published", null, null, null)]
    public async Task Each_open_step_is_reminded_a_working_day_before_and_after_its_deadline(string scenario, string? key, string? subject, string? recipients)
    {
        await using var c = await SeedAsync();
        var f = Scenario(c, scenario);
        await using (var db = c.Db.Open())
        {
            db.Feedbacks.Add(f);
            await db.SaveChangesAsync();
        }

        var plan = await Reminders(c.Db).PlanAsync(c.Db.TenantId, c.Accounts, c.Roles);
        if (key is null)
        {
            Assert.Empty(plan);
            return;
        }

        var r = Assert.Single(plan);
        Assert.Equal($"feedback:{f.Id:N}:{key}", r.Key);
        Assert.Equal(subject, r.Subject);
        Assert.Equal(recipients, string.Join(", ", r.Recipients.Select(a => a.FullName)));
        Assert.Equal($"/Feedback/{f.Id}", r.Link);
    }

    [Fact]
    public async Task The_body_names_the_title_status_and_category()
    {
        await using var c = await SeedAsync();
        var f = InProgress(c, Vn(9, 22, 9), c.V, FeedbackCategory.Conduct);
        await using (var db = c.Db.Open())
        {
            db.Feedbacks.Add(f);
            await db.SaveChangesAsync();
        }

        var r = Assert.Single(await Reminders(c.Db).PlanAsync(c.Db.TenantId, c.Accounts, c.Roles));
        Assert.Equal("Đèn hỏng\nTrạng thái: Đang xử lý\nLoại: Hành vi, thái độ của cán bộ, công chức", r.Body);
        Assert.Equal(["Chuyên viên V"], r.Recipients.Select(a => a.FullName));
    }

    [Theory]
    // working days before, scenario (left: 0, 1, 2), reminded?
    [InlineData(0, "waiting, due today", true)]
    [InlineData(0, "waiting, due tomorrow", false)]
    [InlineData(1, "waiting, after the cut-off", false)]
    [InlineData(2, "waiting, after the cut-off", true)]
    [InlineData(2, "in progress, 2 days left", true)]
    [InlineData(0, "in progress, late", true)]
    public async Task The_warning_window_comes_from_the_options(int daysBefore, string scenario, bool reminded)
    {
        await using var c = await SeedAsync();
        await using (var db = c.Db.Open())
        {
            db.Feedbacks.Add(Scenario(c, scenario));
            await db.SaveChangesAsync();
        }

        Assert.Equal(reminded ? 1 : 0, (await Reminders(c.Db, daysBefore).PlanAsync(c.Db.TenantId, c.Accounts, c.Roles)).Count);
    }

    [Theory]
    // rows: category (null: all) / effective from / answer days; submitted on; expected key (null: none)
    [InlineData("Local", "2026-01-01", 10, 9, 30, "Answer:20261014:soon")]     // Wed 30/09 + 10 = Wed 14/10
    [InlineData("", "2026-01-01", 10, 9, 30, "Answer:20261014:soon")]          // a row for every category
    [InlineData("Conduct", "2026-01-01", 10, 9, 30, null)]                     // another category's row: 15 days, due 21/10
    [InlineData("Local", "2026-10-01", 10, 9, 30, null)]                       // in force only after the submission day
    [InlineData("Local", "2026-09-30", 10, 9, 30, "Answer:20261014:soon")]     // in force from the submission day itself
    [InlineData("Local", "2026-01-01", 20, 9, 16, "Answer:20261014:soon")]     // Wed 16/09 + 20 (no holiday after 3/9) = Wed 14/10
    public async Task The_deadline_in_force_on_the_submission_day_applies(string category, string from, int answerDays, int month, int day, string? key)
    {
        await using var c = await SeedAsync();
        var f = InProgress(c, Vn(month, day, 9), c.U);
        await using (var db = c.Db.Open())
        {
            db.FeedbackDeadlines.Add(new FeedbackDeadline
            {
                Category = category == "" ? null : Enum.Parse<FeedbackCategory>(category), EffectiveFrom = DateOnly.Parse(from),
                RefuseDays = 2, AskInfoDays = 5, AnswerDays = answerDays, PublishDays = 2,
            });
            db.Feedbacks.Add(f);
            await db.SaveChangesAsync();
        }

        var plan = await Reminders(c.Db).PlanAsync(c.Db.TenantId, c.Accounts, c.Roles);
        Assert.Equal(key is null ? Array.Empty<string>() : [$"feedback:{f.Id:N}:{key}"], plan.Select(r => r.Key));
    }

    [Fact]
    public async Task Without_an_approver_only_the_units_reminders_are_planned()
    {
        await using var c = await SeedAsync();
        var intake = Scenario(c, "waiting, late");
        var answer = InProgress(c, Vn(9, 22, 9), c.U, code: "PA-000002");
        await using (var db = c.Db.Open())
        {
            db.Feedbacks.AddRange(intake, answer);
            await db.SaveChangesAsync();
        }

        // Only the administrators and the unit people: the Chairman who is also administrator does not count as an approver.
        var names = new[] { "Quản trị", "Chủ tịch kiêm quản trị", "Trưởng phòng U", "Chuyên viên U" };
        var accounts = c.Accounts.Where(a => names.Contains(a.FullName)).ToList();
        var plan = await Reminders(c.Db).PlanAsync(c.Db.TenantId, accounts, c.Roles);
        var r = Assert.Single(plan);
        Assert.Equal($"feedback:{answer.Id:N}:Answer:20261013:late", r.Key);
        Assert.Equal("[Quá hạn] Phản ánh PA-000002: trả lời quá hạn 13/10/2026", r.Subject);

        var all = await Reminders(c.Db).PlanAsync(c.Db.TenantId, c.Accounts, c.Roles);
        Assert.Equal(new[] { $"feedback:{intake.Id:N}:Intake:20261013:late", $"feedback:{answer.Id:N}:Answer:20261013:late" }.Order(),
            all.Select(x => x.Key).Order());
    }
}
