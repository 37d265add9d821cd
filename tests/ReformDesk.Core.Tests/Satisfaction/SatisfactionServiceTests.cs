using ReformDesk.Core.Platform;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Core.Tests.Platform;
using static ReformDesk.Core.Tests.Satisfaction.SurveyDesk;
using L = ReformDesk.Core.Satisfaction.SatisfactionLevel;

namespace ReformDesk.Core.Tests.Satisfaction;

/// <summary>The satisfaction service on a real SQLite database: questionnaire versions, campaigns, paper forms and hand-computed results.</summary>
public sealed class SatisfactionServiceTests
{
    // 10:00 in Hà Nội on 20/09/2026.
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);

    private static DateOnly D(int m, int d) => new(2026, m, d);

    private static QuestionnaireItem Item(string code, SatisfactionElement element, string text = "Câu hỏi") => new(code, element, text);

    [Fact]
    public async Task The_sipas_questionnaire_is_created_once_and_a_new_version_replaces_it_for_new_campaigns_only()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var first = await Service(commune).CurrentQuestionnaireAsync();
        Assert.Equal((SipasQuestionnaire.Name, 1, 18), (first.Name, first.Version, first.Items.Count));
        Assert.Equal(first.Id, (await Service(commune).CurrentQuestionnaireAsync()).Id);
        var old = await CampaignAsync(commune, D(7, 1), D(7, 31));

        var items = SipasQuestionnaire.Items.Select(i => i with { Code = $"  {i.Code}  ", Text = $" {i.Text} " }).Append(Item("TC5", SatisfactionElement.Access, "Có chỗ gửi xe")).ToList();
        var second = Ok(await Service(commune).SaveQuestionnaireVersionAsync("Phiếu khảo sát năm 2026", items));
        Assert.Equal((2, 19, "TC1", "Nơi ngồi chờ tại Bộ phận Một cửa có đủ chỗ ngồi"), (second.Version, second.Items.Count, second.Items[0].Code, second.Items[0].Text));
        Assert.Equal(second.Id, (await Service(commune).CurrentQuestionnaireAsync()).Id);
        Assert.Equal([2, 1], (await Service(commune).QuestionnairesAsync()).Select(q => q.Version));

        var fresh = await CampaignAsync(commune, D(10, 1), D(10, 31), "Khảo sát quý IV/2026");
        var views = await Service(commune).CampaignsAsync();
        Assert.Equal([("Khảo sát quý IV/2026", 2), ("Khảo sát sự hài lòng quý III/2026", 1)], views.Select(v => (v.Campaign.Title, v.Questionnaire.Version)));
        Assert.Equal((old.Id, fresh.Id), (views[1].Campaign.Id, views[0].Campaign.Id));
    }

    [Fact]
    public async Task A_questionnaire_version_needs_a_name_unique_codes_a_text_and_an_item_for_every_element()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var service = Service(commune);
        var bad = await service.SaveQuestionnaireVersionAsync("  ",
            [.. SipasQuestionnaire.Items, Item(" ", SatisfactionElement.Access), Item("TC9", SatisfactionElement.Access, "  "), Item(new string('X', 21), SatisfactionElement.Result)]);
        Assert.Equal(new Dictionary<string, string>
        {
            ["Name"] = "Hãy nhập tên phiếu khảo sát.",
            ["Items[18].Code"] = "Câu 19: mã câu hỏi phải có từ 1 đến 20 ký tự.",
            ["Items[19].Text"] = "Câu TC9: hãy nhập nội dung câu hỏi.",
            ["Items[20].Code"] = "Câu 21: mã câu hỏi phải có từ 1 đến 20 ký tự.",
        }, bad.Errors);

        var duplicate = await service.SaveQuestionnaireVersionAsync("Phiếu", [.. SipasQuestionnaire.Items, Item("tc1 ", SatisfactionElement.Access)]);
        Assert.Equal("Mã câu hỏi TC1 bị trùng.", Assert.Single(duplicate.Errors).Value);

        var accessOnly = await service.SaveQuestionnaireVersionAsync("Phiếu", [.. SipasQuestionnaire.Items.Where(i => i.Element == SatisfactionElement.Access)]);
        Assert.Equal(("Items", "Thiếu câu hỏi cho yếu tố: Thủ tục hành chính, Công chức trực tiếp giải quyết công việc, Kết quả giải quyết, Tiếp nhận, xử lý phản ánh, kiến nghị."),
            (Assert.Single(accessOnly.Errors).Key, accessOnly.Message));
        Assert.Empty(await service.QuestionnairesAsync());
    }

    [Fact]
    public async Task A_campaign_names_every_missing_or_wrong_field_and_suggests_its_sample()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var empty = await Service(commune).CreateCampaignAsync(new CampaignInput(null, null, null, null, null));
        Assert.Equal(new Dictionary<string, string>
        {
            ["Title"] = "Hãy nhập tên đợt khảo sát.",
            ["StartDate"] = "Hãy nhập ngày bắt đầu (dd/MM/yyyy).",
            ["EndDate"] = "Hãy nhập ngày kết thúc (dd/MM/yyyy).",
            ["Population"] = "Số người được khảo sát (N) phải từ 1 đến 10.000.000.",
            ["MarginPercent"] = "Sai số cho phép (e) phải lớn hơn 0% và không quá 20%.",
        }, empty.Errors);
        var wrong = await Service(commune).CreateCampaignAsync(new CampaignInput(new string('K', 501), D(3, 15), D(3, 1), 10_000_001, 20.5m));
        Assert.Equal(new Dictionary<string, string>
        {
            ["Title"] = "Tên đợt khảo sát tối đa 500 ký tự.",
            ["EndDate"] = "Ngày kết thúc 01/03/2026 trước ngày bắt đầu 15/03/2026.",
            ["Population"] = "Số người được khảo sát (N) phải từ 1 đến 10.000.000.",
            ["MarginPercent"] = "Sai số cho phép (e) phải lớn hơn 0% và không quá 20%.",
        }, wrong.Errors);
        Assert.Empty(await Service(commune).QuestionnairesAsync());   // nothing created by a refused campaign

        var oneDay = Ok(await Service(commune).CreateCampaignAsync(new CampaignInput("Khảo sát một ngày", D(3, 1), D(3, 1), 1, 20)));
        Assert.Equal(1, oneDay.SuggestedSample);
        var campaign = await CampaignAsync(commune, D(7, 1), D(7, 31));
        // n = N / (1 + N·e²) = 1000 / (1 + 1000 · 0,0025) = 285,7 → 286.
        Assert.Equal(286, campaign.SuggestedSample);
        var view = (await Service(commune).CampaignAsync(campaign.Id))!;
        Assert.Equal((0, 1), (view.Forms, view.Questionnaire.Version));
        Assert.Null(await Service(commune).CampaignAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_paper_form_is_refused_with_every_reason_and_its_number_is_unique_in_the_campaign()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var campaign = await CampaignAsync(commune, D(7, 1), D(7, 31));
        var noCampaign = await Service(commune).EnterFormAsync(Guid.NewGuid(), Form("001", null, null, ("TC1", L.Satisfied)), Clerk);
        Assert.Equal((FailureKind.NotFound, "Không tìm thấy đợt khảo sát."), (noCampaign.Failure, noCampaign.Message));

        var bad = await Service(commune).EnterFormAsync(campaign.Id,
            Form("  ", Guid.NewGuid(), D(8, 1), ("XX1", L.Satisfied), ("TC1", (L)9)) with { Comment = new string('y', 2001) }, Clerk);
        Assert.Equal(new Dictionary<string, string>
        {
            ["FormNumber"] = "Hãy nhập số phiếu (tối đa 40 ký tự).",
            ["AnsweredOn"] = "Ngày trả lời 01/08/2026 nằm ngoài thời gian khảo sát (01/07/2026 – 31/07/2026).",
            ["UnitId"] = "Đơn vị không thuộc xã/phường.",
            ["Answers[XX1]"] = "Phiếu phiên bản 1 không có câu XX1.",
            ["Answers[TC1]"] = "Câu TC1: mức hài lòng không hợp lệ.",
            ["Comment"] = "Ý kiến khác tối đa 2.000 ký tự.",
        }, bad.Errors);
        Assert.Equal("Phiếu chưa có câu trả lời nào.",
            (await Service(commune).EnterFormAsync(campaign.Id, Form("001", null, null, ("TC1", null), ("TT1", null)), Clerk)).Errors["Answers"]);

        var stored = Ok(await Service(commune).EnterFormAsync(campaign.Id, Form(" 001 ", null, null, ("TC1", L.Satisfied), ("TT1", null)), Clerk));
        Assert.Equal(("001", D(7, 1), Clerk), (stored.FormNumber, stored.AnsweredOn, stored.EnteredBy));   // no date: the campaign's first day
        Assert.Equal(new Dictionary<string, L> { ["TC1"] = L.Satisfied }, stored.Answers);
        Assert.Equal("Phiếu số 001 đã được nhập trong đợt khảo sát này.",
            (await Service(commune).EnterFormAsync(campaign.Id, Form("001", null, D(7, 2), ("TC1", L.Neutral)), Clerk)).Errors["FormNumber"]);
        var other = await CampaignAsync(commune, D(7, 1), D(7, 31), "Đợt bổ sung");
        await EnterAsync(commune, other.Id, Form("001", null, D(7, 2), ("TC1", L.Neutral)));
        Assert.Equal(1, (await Service(commune).CampaignAsync(campaign.Id))!.Forms);
    }

    [Fact]
    public async Task Results_of_a_period_are_hand_computed_per_element_and_unit_from_the_forms_answered_in_it()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var office = await commune.UnitAsync("Văn phòng HĐND và UBND");
        var economy = await commune.UnitAsync("Phòng Kinh tế");
        var campaign = await CampaignAsync(commune, D(7, 1), D(7, 31));
        await CampaignAsync(commune, D(7, 1), D(7, 31), "Đợt không có phiếu");
        await EnterAsync(commune, campaign.Id, Form("001", office.Id, D(7, 5), ("TC1", L.VerySatisfied), ("TC2", L.Neutral), ("TT1", L.Satisfied)));
        await EnterAsync(commune, campaign.Id, Form("002", economy.Id, D(7, 10), ("TC1", L.Dissatisfied), ("TT1", L.Satisfied), ("CC1", L.Satisfied)));
        await EnterAsync(commune, campaign.Id, Form("003", null, D(7, 20), ("TC1", L.Satisfied)));

        var july = await Service(commune).ResultsAsync(D(7, 1), D(7, 31));
        // TC1 2 of 3 = 66,67 %, TC2 0 of 1 → access 33,33; procedure 100; officials 100; the others have no answer.
        Assert.Equal([33.33, 100, 100, null, null], july.All.Elements.Select(e => e.Percent));
        Assert.Equal((77.78, 3), (july.All.Index, july.All.Respondents));   // (33,33 + 100 + 100) ÷ 3
        Assert.Equal((77.78, 3), (july.Surveys.Index, july.Surveys.Respondents));
        Assert.Equal(((double?)null, 0), (july.Ratings.Index, july.Ratings.Respondents));
        // Per unit, in Vietnamese order: Kinh tế (0 + 100 + 100) ÷ 3; Văn phòng (50 + 100) ÷ 2. Form 003 names no unit.
        Assert.Equal([("Phòng Kinh tế", (double?)66.67, 1), ("Văn phòng HĐND và UBND", 75, 1)], july.Units.Select(u => (u.UnitName, u.Score.Index, u.Score.Respondents)));

        var firstHalf = await Service(commune).ResultsAsync(D(7, 1), D(7, 15));
        Assert.Equal((75, 2), (firstHalf.All.Index, firstHalf.All.Respondents));   // TC1 1 of 2, TC2 0 → 25; 100; 100
        Assert.Null((await Service(commune).ResultsAsync(D(8, 1), D(8, 31))).All.Index);

        Assert.Equal(1, await Service(commune).CampaignsHeldAsync(D(7, 1), D(7, 31)));
        Assert.Equal(1, await Service(commune).CampaignsHeldAsync(D(7, 31), D(9, 30)));
        Assert.Equal(0, await Service(commune).CampaignsHeldAsync(D(8, 1), D(9, 30)));
        Assert.Equal((0, 0), await Service(commune).DislikesAsync(D(7, 1), D(7, 31), null));
    }

    [Fact]
    public async Task A_counter_rating_needs_every_element_and_a_known_dossier_and_a_receipt_needs_its_code_and_key()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var service = Service(commune);
        var partial = new Dictionary<SatisfactionElement, L?> { [SatisfactionElement.Access] = L.Satisfied, [SatisfactionElement.Result] = (L)0 };
        var refused = await service.RateAtCounterAsync(Guid.NewGuid(), partial, new string('z', 2001));
        Assert.Equal(new Dictionary<string, string>
        {
            ["Procedure"] = "Hãy chọn mức hài lòng cho \"Thủ tục hành chính\".",
            ["Officials"] = "Hãy chọn mức hài lòng cho \"Công chức trực tiếp giải quyết công việc\".",
            ["Result"] = "Hãy chọn mức hài lòng cho \"Kết quả giải quyết\".",
            ["FeedbackHandling"] = "Hãy chọn mức hài lòng cho \"Tiếp nhận, xử lý phản ánh, kiến nghị\".",
            ["Comment"] = "Ý kiến dài 2001 ký tự; tối đa 2.000 ký tự.",
        }, refused.Errors);

        var all = SatisfactionText.Elements.ToDictionary(e => e, _ => (L?)L.Satisfied);
        var missing = await service.RateAtCounterAsync(Guid.NewGuid(), all, null);
        Assert.Equal((FailureKind.NotFound, "Không tìm thấy hồ sơ."), (missing.Failure, missing.Message));
        var byKey = await service.RateByKeyAsync("000.00.01.H26-260920-0001", "ABCD-EFGH", all, null);
        Assert.Equal((FailureKind.Invalid, "Key"), (byKey.Failure, Assert.Single(byKey.Errors).Key));
        Assert.Null(await service.FindByKeyAsync(new string('1', 61), "ABCD-EFGH"));
        Assert.Null(await service.FindByKeyAsync("000.00.01.H26-260920-0001", null));
        Assert.Null(await service.FindAsync(Guid.NewGuid()));
    }
}
