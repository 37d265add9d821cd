using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.ParIndex;
using static ReformDesk.Core.Tests.Emulation.EmulationBuilder;
using static ReformDesk.Core.Tests.Emulation.EmulationRecords;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>
/// What <see cref="NomineeFacts"/> reads about a nominee from SQLite: a unit's members by tenure, a person's and a collective's
/// facts for the rules, the members' titles, discipline and appraisals, the reform rating by year, and the achievements offered.
/// </summary>
public sealed class NomineeFactsTests
{
    private static readonly DateOnly Decided = new(2025, 1, 10);

    private static AwardRecord Award(Guid? personId, Guid? unitId, AwardKind kind, int year, string number, bool revoked = false) => new()
    {
        NomineeKind = personId is null ? NomineeKind.Collective : NomineeKind.Individual, PersonId = personId, UnitId = unitId,
        NomineeName = "Người được khen", AwardKind = kind, Year = year, DecisionNumber = number, AchievementKey = $"danh-gia:{year}",
        AchievementSummary = "Hoàn thành xuất sắc nhiệm vụ", Revoked = revoked,
    };

    private static PositionTenure Tenure(Guid personId, Guid unitId, int from, int? to) =>
        new() { PersonId = personId, UnitId = unitId, Title = "Chuyên viên", FromYear = from, ToYear = to };

    private static async Task<T> WithDbAsync<T>(EmulationBuilder b, Func<ReformDeskDbContext, Task<T>> read)
    {
        await using var db = b.Commune.Open();
        return await read(db);
    }

    [Fact]
    public async Task The_members_of_a_unit_are_those_whose_tenure_touches_the_years_each_once()
    {
        await using var b = await CreateAsync();
        var office = await b.Commune.UnitAsync("Văn phòng HĐND và UBND");
        var people = new Dictionary<string, Guid>();
        foreach (var name in new[] { "Hết năm 2022", "Hết năm 2023", "Từ năm 2025", "Từ năm 2026", "Ở văn phòng", "Hai chức vụ" })
        {
            people[name] = await b.OutsiderAsync(name);
        }

        await b.AddAsync(
            Tenure(people["Hết năm 2022"], b.UnitId, 2018, 2022),
            Tenure(people["Hết năm 2023"], b.UnitId, 2018, 2023),
            Tenure(people["Từ năm 2025"], b.UnitId, 2025, null),
            Tenure(people["Từ năm 2026"], b.UnitId, 2026, null),
            Tenure(people["Ở văn phòng"], office.Id, 2020, null),
            Tenure(people["Hai chức vụ"], b.UnitId, 2019, 2023),
            Tenure(people["Hai chức vụ"], b.UnitId, 2024, null));

        var members = await WithDbAsync(b, db => NomineeFacts.Members(db, b.UnitId, 2023, 2025).ToListAsync());
        Assert.Equal(new[] { people["Hết năm 2023"], people["Từ năm 2025"], people["Hai chức vụ"] }.Order(), members.Order());
    }

    [Fact]
    public async Task A_persons_facts_are_their_own_records_with_revoked_awards_and_unrecognised_initiatives_left_out()
    {
        await using var b = await CreateAsync();
        var lan = await b.PersonAsync("Nguyễn Thị Lan");
        var hoa = await b.PersonAsync("Ngô Thị Hoa");
        await b.AddAsync(
            Appraisal.OfPerson(lan, 2024, AppraisalResult.HoanThanh, "15/QĐ-UBND", Decided.AddYears(-1), "test"),
            Appraisal.OfPerson(lan, 2025, AppraisalResult.HoanThanhXuatSac, "16/QĐ-UBND", Decided, "test"),
            Appraisal.OfPerson(hoa, 2025, AppraisalResult.KhongHoanThanh, "16/QĐ-UBND", Decided, "test"),
            Appraisal.OfUnit(b.UnitId, 2025, AppraisalResult.HoanThanhTot, "17/QĐ-UBND", Decided, "test"),
            DisciplineRecord.Of(lan, DisciplineLevel.KhienTrach, "03/QĐ-UBND", new DateOnly(2025, 3, 1), null, null, "test"),
            DisciplineRecord.Of(hoa, DisciplineLevel.CanhCao, "04/QĐ-UBND", new DateOnly(2025, 3, 1), null, null, "test"),
            ReformWorkAssignment.Of(lan, "Tham mưu công tác CCHC", "01/QĐ-UBND", new DateOnly(2020, 12, 20), new DateOnly(2021, 1, 1), null, "test"),
            AcceptedSchemeRecord.Of(lan, "Số hóa hồ sơ một cửa", "07/QĐ-UBND", new DateOnly(2023, 5, 20), "test"),
            AcceptedSchemeRecord.Of(hoa, "Đề án của người khác", "08/QĐ-UBND", new DateOnly(2023, 5, 20), "test"),
            Award(lan, null, AwardKind.LaoDongTienTien, 2024, "20/QĐ-UBND"),
            Award(lan, null, AwardKind.GiayKhenChuTichXa, 2024, "21/QĐ-UBND", revoked: true),
            Award(hoa, null, AwardKind.LaoDongTienTien, 2024, "20/QĐ-UBND"),
            UnitReformRating.Of(b.UnitId, 2024, ReformRating.Tot, "30/BC-UBND", Decided, null, "test"));
        await b.InitiativeAsync("Phiếu hẹn có mã QR", authorId: lan, recognisedOn: new DateOnly(2025, 10, 5), number: "12/QĐ-UBND");
        await b.InitiativeAsync("Sáng kiến chờ công nhận", authorId: lan);
        await b.InitiativeAsync("Sáng kiến của người khác", authorId: hoa, recognisedOn: new DateOnly(2025, 10, 5));

        var facts = await WithDbAsync(b, db => NomineeFacts.IndividualAsync(db, lan, b.UnitId, TestData.PeriodEnd(2021, 2025), Today, default));

        Assert.Equal(new Dictionary<int, AppraisalResult> { [2024] = AppraisalResult.HoanThanh, [2025] = AppraisalResult.HoanThanhXuatSac }, facts.Appraisals);
        // Khiển trách from 01/3/2025 lasts 12 months, so it touches 2025 and 2026.
        Assert.Equal([new DisciplinaryAction(DisciplineLevel.KhienTrach, 2025, "03/QĐ-UBND", 2026)], facts.DisciplinaryActions);
        // 01/01/2021 to 31/12/2025: 1 826 days, 5 full years.
        Assert.Equal(5, facts.YearsOfDirectReformWork);
        Assert.Equal([new AcceptedScheme("Số hóa hồ sơ một cửa", "07/QĐ-UBND", new DateOnly(2023, 5, 20))], facts.AcceptedSchemes);
        Assert.Equal([new RecognisedInitiative("Phiếu hẹn có mã QR", "12/QĐ-UBND", new DateOnly(2025, 10, 5), "cơ sở")], facts.Initiatives);
        Assert.Equal([new PriorAward(AwardKind.LaoDongTienTien, 2024, "danh-gia:2024", "Hoàn thành xuất sắc nhiệm vụ", "20/QĐ-UBND")], facts.PriorAwards);
        Assert.Equal(new Dictionary<int, ReformRating> { [2024] = ReformRating.Tot }, facts.UnitReformRatings);
    }

    [Fact]
    public async Task A_person_without_records_has_empty_facts_and_no_years_of_reform_work()
    {
        await using var b = await CreateAsync();
        var lan = await b.PersonAsync("Nguyễn Thị Lan");
        var facts = await WithDbAsync(b, db => NomineeFacts.IndividualAsync(db, lan, b.UnitId, TestData.Annual(2025), Today, default));
        Assert.Null(facts.YearsOfDirectReformWork);
        Assert.Empty(facts.Appraisals);
        Assert.Empty(facts.DisciplinaryActions);
        Assert.Empty(facts.AcceptedSchemes);
        Assert.Empty(facts.Initiatives);
        Assert.Empty(facts.PriorAwards);
        Assert.Empty(facts.UnitReformRatings);
    }

    [Fact]
    public async Task Years_of_reform_work_are_counted_within_the_rounds_years_only()
    {
        await using var b = await CreateAsync();
        var lan = await b.PersonAsync("Nguyễn Thị Lan");
        await b.AddAsync(ReformWorkAssignment.Of(lan, "Phụ trách bộ phận một cửa", "01/QĐ-UBND", new DateOnly(2015, 1, 1), new DateOnly(2015, 1, 1), null, "test"));

        var annual = await WithDbAsync(b, db => NomineeFacts.IndividualAsync(db, lan, b.UnitId, TestData.Annual(2025), Today, default));
        var period = await WithDbAsync(b, db => NomineeFacts.IndividualAsync(db, lan, b.UnitId, TestData.PeriodEnd(2023, 2025), Today, default));
        Assert.Equal((1, 3), (annual.YearsOfDirectReformWork, period.YearsOfDirectReformWork));
    }

    [Fact]
    public async Task A_collectives_facts_are_the_units_own_appraisals_initiatives_and_awards()
    {
        await using var b = await CreateAsync();
        var office = await b.Commune.UnitAsync("Văn phòng HĐND và UBND");
        var lan = await b.PersonAsync("Nguyễn Thị Lan");
        await b.AddAsync(
            Appraisal.OfUnit(b.UnitId, 2025, AppraisalResult.HoanThanhTot, "17/QĐ-UBND", Decided, "test"),
            Appraisal.OfUnit(office.Id, 2025, AppraisalResult.HoanThanh, "17/QĐ-UBND", Decided, "test"),
            Appraisal.OfPerson(lan, 2024, AppraisalResult.HoanThanhXuatSac, "15/QĐ-UBND", Decided.AddYears(-1), "test"),
            Award(null, b.UnitId, AwardKind.TapTheLaoDongTienTien, 2024, "22/QĐ-UBND"),
            Award(null, b.UnitId, AwardKind.GiayKhenChuTichXa, 2023, "23/QĐ-UBND", revoked: true),
            Award(null, office.Id, AwardKind.TapTheLaoDongTienTien, 2024, "22/QĐ-UBND"),
            Award(lan, null, AwardKind.LaoDongTienTien, 2024, "20/QĐ-UBND"));
        await b.InitiativeAsync("Một cửa không giấy", b.UnitId, recognisedOn: new DateOnly(2025, 8, 1), number: "11/QĐ-UBND");
        await b.InitiativeAsync("Sáng kiến chờ công nhận", b.UnitId);
        await b.InitiativeAsync("Sáng kiến của văn phòng", office.Id, recognisedOn: new DateOnly(2025, 8, 1));

        var (facts, members) = await WithDbAsync(b, db => NomineeFacts.CollectiveAsync(db, b.UnitId, 2025, default));

        Assert.Equal(new Dictionary<int, AppraisalResult> { [2025] = AppraisalResult.HoanThanhTot }, facts.Appraisals);
        Assert.Equal([new RecognisedInitiative("Một cửa không giấy", "11/QĐ-UBND", new DateOnly(2025, 8, 1), "cơ sở")], facts.Initiatives);
        Assert.Equal([new PriorAward(AwardKind.TapTheLaoDongTienTien, 2024, "danh-gia:2024", "Hoàn thành xuất sắc nhiệm vụ", "22/QĐ-UBND")], facts.PriorAwards);
        Assert.Null(facts.YearsOfDirectReformWork);
        // No member count recorded for the year: the members' facts are unknown.
        Assert.Null(members);
    }

    [Fact]
    public async Task The_members_titles_discipline_and_appraisals_of_the_year_are_counted_from_the_records()
    {
        await using var b = await CreateAsync();
        var an = await b.PersonAsync("Lê Văn An");
        var binh = await b.PersonAsync("Trần Thị Bình");
        var cuong = await b.PersonAsync("Lê Văn Cường");
        var dung = await b.PersonAsync("Phạm Thị Dung");
        var outsider = await b.OutsiderAsync("Người ngoài đơn vị");
        await b.AddAsync(
            UnitMemberCount.Of(b.UnitId, 2025, 5, "Quyết định giao biên chế 02/QĐ-UBND", "test"),
            UnitMemberCount.Of(b.UnitId, 2024, 9, "Quyết định giao biên chế 01/QĐ-UBND", "test"),
            // Titles: An LĐTT; Bình both titles (counted once); Cường's is revoked; Dung's is of 2024; the outsider is no member.
            Award(an, null, AwardKind.LaoDongTienTien, 2025, "20/QĐ-UBND"),
            Award(binh, null, AwardKind.LaoDongTienTien, 2025, "20/QĐ-UBND"),
            Award(binh, null, AwardKind.ChienSiThiDuaCoSo, 2025, "21/QĐ-UBND"),
            Award(binh, null, AwardKind.GiayKhenChuTichXa, 2025, "22/QĐ-UBND"),
            Award(cuong, null, AwardKind.LaoDongTienTien, 2025, "20/QĐ-UBND", revoked: true),
            Award(dung, null, AwardKind.LaoDongTienTien, 2024, "19/QĐ-UBND"),
            Award(outsider, null, AwardKind.ChienSiThiDuaCoSo, 2025, "21/QĐ-UBND"),
            // Discipline: An's khiển trách is below cảnh cáo; Cường's cảnh cáo of 06/2024 runs into 2025; Dung's giáng chức ended in 2023.
            DisciplineRecord.Of(an, DisciplineLevel.KhienTrach, "05/QĐ-UBND", new DateOnly(2025, 2, 1), null, null, "test"),
            DisciplineRecord.Of(cuong, DisciplineLevel.CanhCao, "06/QĐ-UBND", new DateOnly(2024, 6, 1), null, null, "test"),
            DisciplineRecord.Of(dung, DisciplineLevel.GiangChuc, "07/QĐ-UBND", new DateOnly(2023, 1, 1), null, new DateOnly(2023, 12, 31), "test"),
            DisciplineRecord.Of(outsider, DisciplineLevel.CachChuc, "08/QĐ-UBND", new DateOnly(2025, 1, 1), null, null, "test"),
            // Appraisals of 2025: three of five members, one failing; Dung's is of 2024; the outsider's does not count.
            Appraisal.OfPerson(an, 2025, AppraisalResult.HoanThanhXuatSac, "16/QĐ-UBND", Decided, "test"),
            Appraisal.OfPerson(binh, 2025, AppraisalResult.HoanThanh, "16/QĐ-UBND", Decided, "test"),
            Appraisal.OfPerson(cuong, 2025, AppraisalResult.KhongHoanThanh, "16/QĐ-UBND", Decided, "test"),
            Appraisal.OfPerson(dung, 2024, AppraisalResult.KhongHoanThanh, "15/QĐ-UBND", Decided.AddYears(-1), "test"),
            Appraisal.OfPerson(outsider, 2025, AppraisalResult.KhongHoanThanh, "16/QĐ-UBND", Decided, "test"));

        var members = await WithDbAsync(b, db => NomineeFacts.MembersAsync(db, b.UnitId, 2025, default));
        // Not all appraised, but one failed: at most 5 − 1 complete their duties.
        Assert.Equal(new CollectiveFacts(5, 2, 1, 4, 1, 3), members);
    }

    [Fact]
    public async Task Members_completing_duties_stay_unknown_until_everyone_is_appraised_when_nobody_failed()
    {
        await using var b = await CreateAsync();
        var an = await b.PersonAsync("Lê Văn An");
        var binh = await b.PersonAsync("Trần Thị Bình");
        await b.AddAsync(
            UnitMemberCount.Of(b.UnitId, 2025, 2, "Danh sách cán bộ năm 2025", "test"),
            Appraisal.OfPerson(an, 2025, AppraisalResult.HoanThanhTot, "16/QĐ-UBND", Decided, "test"));
        Assert.Equal(new CollectiveFacts(2, 0, 0, null, 0, 1), await WithDbAsync(b, db => NomineeFacts.MembersAsync(db, b.UnitId, 2025, default)));

        await b.AddAsync(Appraisal.OfPerson(binh, 2025, AppraisalResult.HoanThanh, "16/QĐ-UBND", Decided, "test"));
        Assert.Equal(new CollectiveFacts(2, 0, 0, 2, 0, 2), await WithDbAsync(b, db => NomineeFacts.MembersAsync(db, b.UnitId, 2025, default)));
        Assert.Null(await WithDbAsync(b, db => NomineeFacts.MembersAsync(db, b.UnitId, 2024, default)));
    }

    [Fact]
    public async Task A_units_own_rating_wins_over_the_communes_and_another_units_is_ignored()
    {
        await using var b = await CreateAsync();
        var office = await b.Commune.UnitAsync("Văn phòng HĐND và UBND");
        await b.AddAsync(
            UnitReformRating.Of(null, 2023, ReformRating.Kha, "30/BC-UBND", Decided, null, "test"),
            UnitReformRating.Of(null, 2024, ReformRating.TrungBinh, "31/BC-UBND", Decided, null, "test"),
            UnitReformRating.Of(b.UnitId, 2024, ReformRating.Tot, "32/BC-UBND", Decided, "https://haiphong.gov.vn/cchc", "test"),
            UnitReformRating.Of(office.Id, 2023, ReformRating.XuatSac, "33/BC-UBND", Decided, null, "test"),
            UnitReformRating.Of(office.Id, 2022, ReformRating.Yeu, "34/BC-UBND", Decided, null, "test"));

        Assert.Equal(new Dictionary<int, ReformRating> { [2023] = ReformRating.Kha, [2024] = ReformRating.Tot },
            await WithDbAsync(b, db => NomineeFacts.ReformRatingsAsync(db, b.UnitId, default)));
    }

    [Fact]
    public async Task The_communes_appraised_PAR_Index_wins_over_its_entered_rating_and_a_units_own_over_both()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync(2025);
        await desk.AppraisedAsync(desk.CommuneId, set, ParDesk.Sample, "8");   // 16,5 of 20 = 82,5 % → Tốt
        var economy = await desk.Commune.UnitAsync("Phòng Kinh tế");
        var culture = await desk.Commune.UnitAsync("Phòng Văn hóa - Xã hội");
        await using (var db = desk.Commune.Open())
        {
            db.AddRange(
                UnitReformRating.Of(null, 2024, ReformRating.Kha, "30/BC-UBND", Decided, null, "test"),
                UnitReformRating.Of(null, 2025, ReformRating.Yeu, "31/BC-UBND", Decided, null, "test"),
                UnitReformRating.Of(culture.Id, 2025, ReformRating.XuatSac, "32/BC-UBND", Decided, null, "test"));
            await db.SaveChangesAsync();
        }

        await using var read = desk.Commune.Open();
        Assert.Equal(new Dictionary<int, ReformRating> { [2024] = ReformRating.Kha, [2025] = ReformRating.Tot },
            await NomineeFacts.ReformRatingsAsync(read, economy.Id, default));
        Assert.Equal(new Dictionary<int, ReformRating> { [2024] = ReformRating.Kha, [2025] = ReformRating.XuatSac },
            await NomineeFacts.ReformRatingsAsync(read, culture.Id, default));
    }

    [Fact]
    public async Task A_persons_achievements_are_offered_newest_first_in_the_words_of_a_ward()
    {
        await using var b = await CreateAsync();
        await b.SetLocalityAsync(LocalityType.Ward);
        var lan = await b.PersonAsync("Nguyễn Thị Lan");
        await b.AddAsync(
            Appraisal.OfPerson(lan, 2024, AppraisalResult.HoanThanhTot, "15/QĐ-UBND", Decided, "test"),
            AcceptedSchemeRecord.Of(lan, "Số hóa hồ sơ một cửa", "07/QĐ-UBND", new DateOnly(2023, 5, 20), "test"),
            UnitReformRating.Of(b.UnitId, 2024, ReformRating.Tot, "30/BC-UBND", Decided, null, "test"),
            Award(lan, null, AwardKind.GiayKhenChuTichXa, 2024, "20/QĐ-UBND"),
            Award(lan, null, AwardKind.LaoDongTienTien, 2022, "18/QĐ-UBND", revoked: true));
        await b.InitiativeAsync("Phiếu hẹn có mã QR", authorId: lan, recognisedOn: new DateOnly(2025, 10, 5), number: "12/QĐ-UBND");
        await b.InitiativeAsync("Sáng kiến chờ công nhận", authorId: lan);

        var offered = await WithDbAsync(b, db => NomineeFacts.AchievementsAsync(db, NomineeKind.Individual, lan, b.UnitId, default));
        Assert.Equal(
            [
                new Achievement("sang-kien:12/QĐ-UBND", "Sáng kiến “Phiếu hẹn có mã QR” được công nhận (Quyết định 12/QĐ-UBND ngày 05/10/2025)"),
                new Achievement("danh-gia:2024", "Kết quả đánh giá, xếp loại: Hoàn thành tốt nhiệm vụ năm 2024 (Quyết định 15/QĐ-UBND ngày 10/01/2025)"),
                new Achievement("cchc:2024", "Chỉ số cải cách hành chính năm 2024 của Phòng Kinh tế: Tốt"),
                new Achievement("khen-thuong:20/QĐ-UBND:GiayKhenChuTichXa", "Đã được tặng “Giấy khen của Chủ tịch Ủy ban nhân dân phường” năm 2024 (Quyết định 20/QĐ-UBND)"),
                new Achievement("de-tai:07/QĐ-UBND", "Đề tài, đề án “Số hóa hồ sơ một cửa” được nghiệm thu (Quyết định 07/QĐ-UBND ngày 20/05/2023)"),
            ],
            offered);
    }

    [Fact]
    public async Task A_collectives_achievements_are_its_own_without_schemes_and_one_per_key()
    {
        await using var b = await CreateAsync();
        await b.SetLocalityAsync(LocalityType.Commune);
        var lan = await b.PersonAsync("Nguyễn Thị Lan");
        await b.AddAsync(
            Appraisal.OfUnit(b.UnitId, 2025, AppraisalResult.HoanThanhXuatSac, "17/QĐ-UBND", new DateOnly(2026, 1, 12), "test"),
            Appraisal.OfPerson(lan, 2025, AppraisalResult.HoanThanhTot, "16/QĐ-UBND", new DateOnly(2026, 1, 12), "test"),
            AcceptedSchemeRecord.Of(lan, "Số hóa hồ sơ một cửa", "07/QĐ-UBND", new DateOnly(2023, 5, 20), "test"),
            Award(null, b.UnitId, AwardKind.GiayKhenChuTichXa, 2023, "20/QĐ-UBND"));
        // Two initiatives recognised by one decision share a key: only the newer is offered.
        await b.InitiativeAsync("Một cửa không giấy", b.UnitId, recognisedOn: new DateOnly(2024, 3, 1), number: "11/QĐ-UBND");
        await b.InitiativeAsync("Biểu mẫu điền sẵn", b.UnitId, recognisedOn: new DateOnly(2025, 3, 1), number: "11/QĐ-UBND");
        await b.InitiativeAsync("Phiếu hẹn có mã QR", authorId: lan, recognisedOn: new DateOnly(2025, 10, 5), number: "12/QĐ-UBND");

        var offered = await WithDbAsync(b, db => NomineeFacts.AchievementsAsync(db, NomineeKind.Collective, b.UnitId, b.UnitId, default));
        Assert.Equal(
            [
                ("danh-gia:2025", "Kết quả đánh giá, xếp loại: Hoàn thành xuất sắc nhiệm vụ năm 2025 (Quyết định 17/QĐ-UBND ngày 12/01/2026)"),
                ("sang-kien:11/QĐ-UBND", "Sáng kiến “Biểu mẫu điền sẵn” được công nhận (Quyết định 11/QĐ-UBND ngày 01/03/2025)"),
                ("khen-thuong:20/QĐ-UBND:GiayKhenChuTichXa", "Đã được tặng “Giấy khen của Chủ tịch Ủy ban nhân dân xã” năm 2023 (Quyết định 20/QĐ-UBND)"),
            ],
            offered.Select(a => (a.Key, a.Text)));
    }
}
