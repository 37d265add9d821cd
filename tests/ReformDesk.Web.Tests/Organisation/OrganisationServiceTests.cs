using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Organisation;

/// <summary>Units, people and their posts, and in-app notices, on each real database; every test builds its own commune.</summary>
public abstract class OrganisationServiceTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    [Fact]
    public async Task A_unit_name_is_required_cleaned_unique_and_at_most_300_characters()
    {
        await using var commune = await TestCommune.CreateAsync(App);
        var units = commune.Get<UnitService>();

        Assert.Equal("Tên đơn vị là bắt buộc.", (await units.CreateAsync(new UnitInput("   ", UnitKind.Department, null))).Errors["Name"]);
        Assert.Contains("300", (await units.CreateAsync(new UnitInput(new string('x', 301), UnitKind.Department, null))).Errors["Name"]);

        // Spaces collapse and the decomposed "ò" of a pasted name is stored composed.
        var created = await units.CreateAsync(new UnitInput("  Văn phòng   HĐND và UBND ", UnitKind.Department, " Tầng 2 "));
        Assert.True(created.Succeeded);
        Assert.Equal("Văn phòng HĐND và UBND", created.Value!.Name);
        Assert.Equal("Tầng 2", created.Value.Note);
        var decomposed = await units.CreateAsync(new UnitInput("Pho\u0300ng Kinh tê\u0301", UnitKind.Department, null));
        Assert.Equal("Phòng Kinh tế", decomposed.Value!.Name);

        var twice = await units.CreateAsync(new UnitInput("Văn phòng HĐND và UBND", UnitKind.Centre, null));
        Assert.Equal("Đã có đơn vị tên \"Văn phòng HĐND và UBND\".", twice.Errors["Name"]);
        Assert.Equal(2, (await units.ListAsync()).Count);
    }

    [Fact]
    public async Task Units_are_listed_by_kind_then_name_and_edited_in_place()
    {
        await using var commune = await TestCommune.CreateAsync(App);
        var units = commune.Get<UnitService>();
        var group = await commune.UnitAsync("Tổ dân phố 1", UnitKind.ResidentialGroup);
        var b = await commune.UnitAsync("Phòng Văn hóa - Xã hội");
        var a = await commune.UnitAsync("Phòng Kinh tế");

        Assert.Equal([a.Id, b.Id, group.Id], (await units.ListAsync()).Select(u => u.Id));

        var renamed = await units.UpdateAsync(b.Id, new UnitInput("Phòng Văn hóa – Xã hội", UnitKind.Department, "Đổi tên theo Nghị định", IsActive: false));
        Assert.True(renamed.Succeeded);
        var stored = await units.FindAsync(b.Id);
        Assert.Equal(("Phòng Văn hóa – Xã hội", false, "Đổi tên theo Nghị định"), (stored!.Name, stored.IsActive, stored.Note));

        // Renaming onto another unit's name is refused and leaves both as they were.
        Assert.False((await units.UpdateAsync(b.Id, new UnitInput("Phòng Kinh tế", UnitKind.Department, null))).Succeeded);
        Assert.Equal("Phòng Văn hóa – Xã hội", (await units.FindAsync(b.Id))!.Name);
        Assert.False((await units.UpdateAsync(Guid.NewGuid(), new UnitInput("Không có", UnitKind.Department, null))).Succeeded);
    }

    [Fact]
    public async Task A_unit_with_someone_in_post_cannot_be_deleted_an_empty_one_can()
    {
        await using var commune = await TestCommune.CreateAsync(App);
        var units = commune.Get<UnitService>();
        var staffed = await commune.UnitAsync("Phòng Kinh tế");
        var empty = await commune.UnitAsync("Phòng tạm");
        await commune.PostAsync("Nguyễn Văn An", "Trưởng phòng", staffed, 2024);

        var refused = await units.DeleteAsync(staffed.Id);
        Assert.False(refused.Succeeded);
        Assert.Contains("đang có cán bộ giữ chức vụ", string.Join(" ", refused.Errors.Values));
        Assert.NotNull(await units.FindAsync(staffed.Id));

        Assert.True((await units.DeleteAsync(empty.Id)).Succeeded);
        Assert.Null(await units.FindAsync(empty.Id));
        Assert.False((await units.DeleteAsync(empty.Id)).Succeeded);
    }

    [Fact]
    public async Task Another_communes_units_are_not_found_nor_changed()
    {
        await using var other = await TestCommune.CreateAsync(App, "Xã Bên Cạnh");
        var theirs = await other.UnitAsync("Phòng của xã khác");
        await using var commune = await TestCommune.CreateAsync(App);
        var units = commune.Get<UnitService>();

        Assert.Null(await units.FindAsync(theirs.Id));
        Assert.Empty(await units.ListAsync());
        Assert.False((await units.UpdateAsync(theirs.Id, new UnitInput("Chiếm", UnitKind.Other, null))).Succeeded);
        Assert.False((await units.DeleteAsync(theirs.Id)).Succeeded);
        Assert.Equal("Phòng của xã khác", (await other.Get<UnitService>().FindAsync(theirs.Id))!.Name);
    }

    [Fact]
    public async Task A_post_needs_a_title_a_year_in_range_an_ordered_end_and_a_known_unit()
    {
        await using var commune = await TestCommune.CreateAsync(App);
        var people = commune.Get<PersonService>();
        var unit = await commune.UnitAsync("Phòng Kinh tế");

        Assert.Equal("Chức vụ là bắt buộc.", (await people.AddTenureAsync(new TenureInput("Lê Thị Bình", " ", unit.Id, 2024, null))).Errors["Title"]);
        Assert.Contains("1990–2100", (await people.AddTenureAsync(new TenureInput("Lê Thị Bình", "Công chức", unit.Id, 1989, null))).Errors["FromYear"]);
        Assert.Contains("không được trước", (await people.AddTenureAsync(new TenureInput("Lê Thị Bình", "Công chức", unit.Id, 2024, 2023))).Errors["ToYear"]);
        Assert.Equal("Không tìm thấy đơn vị.", (await people.AddTenureAsync(new TenureInput("Lê Thị Bình", "Công chức", Guid.NewGuid(), 2024, null))).Errors["UnitId"]);
        Assert.Contains("Họ và tên", (await people.AddTenureAsync(new TenureInput("   ", "Công chức", unit.Id, 2024, null))).Errors["FullName"]);
        Assert.False((await people.AddTenureAsync(new TenureInput(null, "Công chức", unit.Id, 2024, null, PersonId: Guid.NewGuid()))).Succeeded);

        // Nothing of the refused attempts was stored.
        Assert.Empty(await commune.Db.People.ToListAsync());
        Assert.Empty(await commune.Db.PositionTenures.ToListAsync());
    }

    [Fact]
    public async Task The_people_of_a_year_are_those_whose_post_covers_it()
    {
        await using var commune = await TestCommune.CreateAsync(App);
        var people = commune.Get<PersonService>();
        var economy = await commune.UnitAsync("Phòng Kinh tế");
        var first = await commune.PostAsync("  Trần   Văn Cường ", "Công chức", economy, 2020, 2023);
        await people.AddTenureAsync(new TenureInput(null, "Trưởng phòng", economy.Id, 2024, null, first.PersonId));
        await commune.PostAsync("Phạm Thị Dung", "Chủ tịch UBND", null, 2021, 2025);

        var in2022 = await people.PostsInAsync(2022);
        Assert.Equal(["Phạm Thị Dung", "Trần Văn Cường"], in2022.Select(p => p.FullName));
        Assert.Equal(("Công chức", "Phòng Kinh tế", 2020, (int?)2023), (in2022[1].Title, in2022[1].UnitName, in2022[1].FromYear, in2022[1].ToYear));
        Assert.Null(in2022[0].UnitName);

        var in2026 = await people.PostsInAsync(2026);
        Assert.Equal(("Trần Văn Cường", "Trưởng phòng", (int?)null), (in2026.Single().FullName, in2026.Single().Title, in2026.Single().ToYear));
        Assert.Empty(await people.PostsInAsync(2019));
        Assert.Equal(2, await commune.Db.People.CountAsync()); // the second post of Trần Văn Cường is the same person
    }

    [Fact]
    public async Task Notices_are_each_accounts_own_and_read_once()
    {
        await using var commune = await TestCommune.CreateAsync(App);
        var (me, colleague) = (Guid.NewGuid(), Guid.NewGuid());
        var start = new DateTime(2026, 3, 1, 1, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 3; i++)
        {
            commune.Db.Notices.Add(new Notice { UserId = me, Title = $"Nhắc việc {i}", CreatedAtUtc = start.AddHours(i) });
        }

        commune.Db.Notices.Add(new Notice { UserId = colleague, Title = "Của người khác", CreatedAtUtc = start });
        await commune.Db.SaveChangesAsync();
        var notices = commune.Get<NoticeService>();

        Assert.Equal(["Nhắc việc 2", "Nhắc việc 1", "Nhắc việc 0"], (await notices.LatestAsync(me)).Select(n => n.Title));
        Assert.Equal(3, await notices.UnreadCountAsync(me));
        Assert.Equal(3, await notices.MarkAllReadAsync(me));
        Assert.Equal(0, await notices.UnreadCountAsync(me));
        Assert.Equal(0, await notices.MarkAllReadAsync(me));
        Assert.Equal(1, await notices.UnreadCountAsync(colleague));

        var notice = new Notice { Title = "x" };
        notice.MarkRead(start);
        notice.MarkRead(start.AddDays(1));
        Assert.Equal(start, notice.ReadAtUtc);
    }
}

public sealed class SqliteOrganisationServiceTests(SqliteApp fixture) : OrganisationServiceTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresOrganisationServiceTests(PostgresApp fixture) : OrganisationServiceTests(fixture), IClassFixture<PostgresApp>;
