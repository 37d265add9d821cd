using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Organisation;

/// <summary>People and their posts on SQLite: what a post needs, how names are cleaned, who holds a post in a year, and the commune's walls.</summary>
public sealed class PersonServiceTests : OrgBuilder
{
    [Fact]
    public async Task A_new_person_is_stored_with_a_cleaned_name_and_the_post_as_typed()
    {
        var economy = await Commune.UnitAsync("Phòng Kinh tế");
        // Spaces collapse and a decomposed "ễ" pasted from a PDF is stored composed.
        var result = await People().AddTenureAsync(new TenureInput("  Nguye\u0302\u0303n   Văn  An ", "  Trưởng phòng ", economy.Id, 2024, 2026));

        Assert.Equal(FailureKind.None, result.Failure);
        await using var db = Commune.Open();
        var person = await db.People.SingleAsync();
        Assert.Equal(("Nguyễn Văn An", Commune.TenantId), (person.FullName, person.TenantId));
        var post = await db.PositionTenures.SingleAsync();
        Assert.Equal((person.Id, (Guid?)economy.Id, "Trưởng phòng", 2024, (int?)2026, Commune.TenantId),
            (post.PersonId, post.UnitId, post.Title, post.FromYear, post.ToYear, post.TenantId));
        Assert.Equal(post.Id, result.Value!.Id);
    }

    [Fact]
    public async Task A_second_post_of_someone_recorded_keeps_one_person_and_ignores_a_typed_name()
    {
        var first = await PostAsync("Lê Thị Bình", "Chuyên viên", null, 2020, 2023);
        var second = await People().AddTenureAsync(new TenureInput("Tên khác", "Phó Chủ tịch UBND", null, 2024, null, first.PersonId));

        Assert.True(second.Succeeded, second.Message);
        Assert.Equal(first.PersonId, second.Value!.PersonId);
        Assert.Equal((1, 2, 0), await CountsAsync());
        Assert.Equal(["Lê Thị Bình"], (await People().ListAsync()).Select(p => p.FullName));
    }

    [Fact]
    public async Task A_post_without_a_title_is_refused_before_anything_else()
    {
        foreach (var title in new[] { null, "", "   " })
        {
            // The name and years are wrong too: the title is the one field named.
            var result = await People().AddTenureAsync(new TenureInput(" ", title, null, 1800, 1700));
            Assert.Equal((FailureKind.Invalid, "Title", "Chức vụ là bắt buộc."), (result.Failure, result.Errors.Keys.Single(), result.Errors["Title"]));
        }

        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(2101)]
    [InlineData(0)]
    public async Task A_start_year_outside_1990_to_2100_is_refused(int from)
    {
        var result = await People().AddTenureAsync(new TenureInput("Trần Văn Cường", "Công chức", null, from, null));
        Assert.Equal((FailureKind.Invalid, "Năm bắt đầu phải trong khoảng 1990–2100."), (result.Failure, result.Errors["FromYear"]));
        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task The_first_and_last_years_allowed_and_a_single_year_post_are_accepted()
    {
        await PostAsync("Phạm Thị Dung", "Công chức", null, 1990, 1990);
        await PostAsync("Hoàng Văn Em", "Công chức", null, 2100, 2100);
        await PostAsync("Vũ Thị Giang", "Công chức", null, 2100);
        Assert.Equal((3, 3, 0), await CountsAsync());
    }

    [Theory]
    [InlineData(2023, "Năm kết thúc không được trước năm bắt đầu.")]
    [InlineData(2101, "Năm kết thúc phải trong khoảng 1990–2100.")]
    public async Task An_end_year_before_the_start_or_after_2100_is_refused_with_its_own_reason(int to, string message)
    {
        var result = await People().AddTenureAsync(new TenureInput("Trần Văn Cường", "Công chức", null, 2024, to));
        Assert.Equal((FailureKind.Invalid, message), (result.Failure, result.Errors["ToYear"]));
        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task A_unit_unknown_or_of_another_commune_is_refused()
    {
        await using var neighbour = await NeighbourAsync();
        var theirs = new Unit { Name = "Phòng Kinh tế", Kind = UnitKind.Department };
        neighbour.Units.Add(theirs);
        await neighbour.SaveChangesAsync();

        foreach (var unitId in new[] { Guid.NewGuid(), theirs.Id })
        {
            var result = await People().AddTenureAsync(new TenureInput("Trần Văn Cường", "Công chức", unitId, 2024, null));
            Assert.Equal((FailureKind.Invalid, "Không tìm thấy đơn vị."), (result.Failure, result.Errors["UnitId"]));
        }

        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    [InlineData(201)]
    public async Task A_new_person_needs_a_name_of_at_most_200_characters(object? name)
    {
        var fullName = name is int length ? new string('á', length) : (string?)name;
        var result = await People().AddTenureAsync(new TenureInput(fullName, "Công chức", null, 2024, null));
        Assert.Equal((FailureKind.Invalid, "Họ và tên là bắt buộc (tối đa 200 ký tự)."), (result.Failure, result.Errors["FullName"]));
        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task A_name_of_200_characters_after_cleaning_is_accepted()
    {
        var name = "  " + new string('ư', 100) + "   " + new string('ơ', 99) + "  ";
        await PostAsync(name, "Công chức", null, 2024);
        Assert.Equal(200, (await People().ListAsync()).Single().FullName.Length);
    }

    [Fact]
    public async Task A_post_for_someone_unknown_or_of_another_commune_is_not_found_and_stores_nothing()
    {
        await using var neighbour = await NeighbourAsync();
        var theirs = new Person { FullName = "Người xã khác" };
        neighbour.People.Add(theirs);
        await neighbour.SaveChangesAsync();

        foreach (var personId in new[] { Guid.NewGuid(), theirs.Id })
        {
            var result = await People().AddTenureAsync(new TenureInput("Người xã khác", "Công chức", null, 2024, null, personId));
            Assert.Equal((FailureKind.NotFound, "Không tìm thấy cán bộ."), (result.Failure, result.Message));
        }

        Assert.Equal((0, 0, 0), await CountsAsync());
        Assert.Empty(await neighbour.PositionTenures.ToListAsync());
    }

    [Fact]
    public async Task Everyone_is_listed_by_name_and_only_the_communes_own()
    {
        await PostAsync("Trần Văn Cường", "Công chức", null, 2024);
        await PostAsync("Hà Thị Hoa", "Chủ tịch UBND", null, 2021);
        await PostAsync("Bùi Văn Khánh", "Công chức", null, 2024);
        await using var neighbour = await NeighbourAsync();
        neighbour.People.Add(new Person { FullName = "An Văn Ngoài" });
        await neighbour.SaveChangesAsync();

        Assert.Equal(["Bùi Văn Khánh", "Hà Thị Hoa", "Trần Văn Cường"], (await People().ListAsync()).Select(p => p.FullName));
    }

    [Fact]
    public async Task A_post_covers_its_first_and_last_years_and_no_other()
    {
        var economy = await Commune.UnitAsync("Phòng Kinh tế");
        await PostAsync("Trần Văn Cường", "Công chức", economy, 2021, 2023);

        foreach (var (year, held) in new[] { (2020, false), (2021, true), (2022, true), (2023, true), (2024, false) })
        {
            Assert.Equal(held ? ["Trần Văn Cường"] : [], (await People().PostsInAsync(year)).Select(p => p.FullName));
        }
    }

    [Fact]
    public async Task The_posts_of_a_year_name_the_unit_and_show_two_posts_of_one_person_twice()
    {
        var economy = await Commune.UnitAsync("Phòng Kinh tế");
        var culture = await Commune.UnitAsync("Phòng Văn hóa - Xã hội");
        var cuong = await PostAsync("Trần Văn Cường", "Trưởng phòng", economy, 2025);
        await PostAsync(cuong.PersonId, "Kiêm nhiệm Phó phòng", culture, 2026, 2026);
        var chair = await PostAsync("Phạm Thị Dung", "Chủ tịch UBND", null, 2021, 2025);

        var in2026 = (await People().PostsInAsync(2026)).OrderBy(p => p.Title).ToList();
        Assert.Equal(
            [
                new PostHeld(cuong.PersonId, "Trần Văn Cường", "Kiêm nhiệm Phó phòng", "Phòng Văn hóa - Xã hội", 2026, 2026),
                new PostHeld(cuong.PersonId, "Trần Văn Cường", "Trưởng phòng", "Phòng Kinh tế", 2025, null),
            ],
            in2026);
        var in2025 = await People().PostsInAsync(2025);
        Assert.Equal(["Phạm Thị Dung", "Trần Văn Cường"], in2025.Select(p => p.FullName));
        Assert.Equal(new PostHeld(chair.PersonId, "Phạm Thị Dung", "Chủ tịch UBND", null, 2021, 2025), in2025[0]);
    }

    [Fact]
    public async Task The_posts_of_a_year_leave_out_another_communes_people()
    {
        await PostAsync("Trần Văn Cường", "Công chức", null, 2024);
        await using var neighbour = await NeighbourAsync();
        var theirs = new Person { FullName = "An Văn Ngoài" };
        neighbour.People.Add(theirs);
        neighbour.PositionTenures.Add(new PositionTenure { PersonId = theirs.Id, Title = "Chủ tịch UBND", FromYear = 2020 });
        await neighbour.SaveChangesAsync();

        Assert.Equal(["Trần Văn Cường"], (await People().PostsInAsync(2025)).Select(p => p.FullName));
    }

    [Theory]
    [InlineData(2021, null, 2020, false)]
    [InlineData(2021, null, 2021, true)]
    [InlineData(2021, null, 2099, true)]
    [InlineData(2021, 2023, 2023, true)]
    [InlineData(2021, 2023, 2024, false)]
    public void A_tenure_covers_the_years_from_its_start_to_its_end(int from, int? to, int year, bool covered) =>
        Assert.Equal(covered, new PositionTenure { Title = "Công chức", FromYear = from, ToYear = to }.CoversYear(year));
}
