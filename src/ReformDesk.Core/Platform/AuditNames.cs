namespace ReformDesk.Core.Platform;

/// <summary>
/// Vietnamese names for what the audit log records: one per audited entity type (keyed by the CLR name stored in
/// <see cref="AuditEntry.Entity"/>) and one per field. A test fails when an entity or field of the model has none.
/// </summary>
public static class AuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Entities = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Tenant"] = "Đơn vị hành chính",
        ["Unit"] = "Đơn vị",
        ["Person"] = "Cán bộ, người lao động",
        ["PositionTenure"] = "Chức vụ theo năm",
        ["AppUser"] = "Tài khoản",
        ["AppRole"] = "Vai trò",
        ["IdentityUserRole`1"] = "Vai trò của tài khoản",
        ["IdentityUserClaim`1"] = "Thuộc tính tài khoản",
        ["IdentityUserLogin`1"] = "Đăng nhập ngoài",
        ["IdentityUserToken`1"] = "Mã xác thực tài khoản",
        ["IdentityRoleClaim`1"] = "Thuộc tính vai trò",
        ["CalendarOverride"] = "Ngày làm việc, nghỉ điều chỉnh",
        ["Plan"] = "Kế hoạch",
        ["PlanSection"] = "Mục kế hoạch",
        ["PlanTask"] = "Nhiệm vụ",
        ["PlanTaskCoordinator"] = "Cơ quan phối hợp",
        ["TaskOccurrence"] = "Kỳ thực hiện nhiệm vụ",
        ["TaskUpdate"] = "Cập nhật tiến độ",
        ["EvidenceFile"] = "Tệp minh chứng",
        ["ReportObligation"] = "Báo cáo định kỳ",
        ["ReportSubmission"] = "Báo cáo đã gửi",
        ["ReminderLog"] = "Nhắc việc đã gửi",
        ["Notice"] = "Thông báo",
        ["Target"] = "Chỉ tiêu",
        ["Movement"] = "Phong trào thi đua",
        ["MovementMilestone"] = "Mốc phong trào",
        ["Pledge"] = "Đăng ký thi đua",
        ["NominationRound"] = "Đợt xét khen thưởng",
        ["Nomination"] = "Đề nghị khen thưởng",
        ["Initiative"] = "Sáng kiến",
        ["CouncilMeeting"] = "Phiên họp Hội đồng",
        ["CouncilRecusal"] = "Thành viên không biểu quyết",
        ["CouncilMemberVote"] = "Phiếu biểu quyết",
        ["AwardDecision"] = "Quyết định khen thưởng",
        ["AwardRecord"] = "Khen thưởng đã nhận",
        ["Procedure"] = "Thủ tục hành chính",
        ["Dossier"] = "Hồ sơ",
        ["DossierSupplement"] = "Yêu cầu bổ sung hồ sơ",
        ["DossierEvent"] = "Sự kiện hồ sơ",
        ["ImportMapping"] = "Ánh xạ cột khi nhập",
    };

    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AccessFailedCount"] = "Số lần đăng nhập sai", ["AchievementKey"] = "Mã thành tích", ["AchievementSummary"] = "Tóm tắt thành tích",
        ["AimedTitles"] = "Danh hiệu đăng ký", ["ApplicantName"] = "Người nộp", ["ApplicantPhone"] = "Số điện thoại",
        ["AppointmentDate"] = "Ngày hẹn trả", ["Approve"] = "Tán thành", ["AtUtc"] = "Thời điểm",
        ["AuthorId"] = "Người cập nhật", ["AuthorName"] = "Tên người cập nhật", ["AuthorPersonId"] = "Tác giả",
        ["Authors"] = "Các tác giả", ["AwardKind"] = "Hình thức khen thưởng", ["Channel"] = "Kênh nộp",
        ["ClaimType"] = "Loại thuộc tính", ["ClaimValue"] = "Giá trị thuộc tính", ["Code"] = "Mã",
        ["ColumnsJson"] = "Ánh xạ cột", ["Commitments"] = "Nội dung đăng ký", ["Comparison"] = "Phép so sánh",
        ["CompletedOn"] = "Ngày hoàn thành", ["ConcurrencyStamp"] = "Dấu phiên bản", ["ConfirmedItems"] = "Tiêu chuẩn đã xác nhận",
        ["Content"] = "Nội dung", ["ContentType"] = "Kiểu tệp", ["Contents"] = "Nội dung",
        ["CouncilEvaluation"] = "Đánh giá của Hội đồng", ["CouncilResult"] = "Kết quả Hội đồng", ["CreatedAtUtc"] = "Thời điểm tạo",
        ["CreatedBy"] = "Người tạo", ["Date"] = "Ngày", ["Deadline"] = "Hạn chót",
        ["DeadlineInclusive"] = "Tính cả ngày hạn", ["DecidedBy"] = "Người quyết định", ["DecisionDate"] = "Ngày quyết định",
        ["DecisionId"] = "Quyết định", ["DecisionNumber"] = "Số quyết định", ["Deliverable"] = "Sản phẩm",
        ["Digitised"] = "Số hóa", ["DocumentNumber"] = "Số văn bản", ["DossierId"] = "Hồ sơ",
        ["DueDate"] = "Hạn", ["Effect"] = "Hiệu quả", ["EffectEvidence"] = "Minh chứng hiệu quả",
        ["EffectRecordedOn"] = "Ngày ghi nhận hiệu quả", ["Email"] = "Thư điện tử", ["EmailConfirmed"] = "Đã xác nhận thư điện tử",
        ["EndYear"] = "Năm kết thúc", ["EnteredActual"] = "Kết quả nhập", ["EnteredBy"] = "Người nhập",
        ["EnteredEvidence"] = "Minh chứng kết quả", ["EnteredOn"] = "Ngày nhập", ["EvaluatedOn"] = "Ngày đánh giá",
        ["Evidence"] = "Minh chứng", ["ExtraChecklist"] = "Tiêu chuẩn bổ sung", ["Fee"] = "Phí, lệ phí",
        ["Field"] = "Lĩnh vực", ["FileName"] = "Tên tệp", ["FromYear"] = "Từ năm",
        ["FullName"] = "Họ và tên", ["FullyOnline"] = "Trực tuyến toàn trình", ["FullyOnlineAllowed"] = "Cho phép trực tuyến toàn trình",
        ["Id"] = "Mã bản ghi", ["Indicator"] = "Chỉ số", ["IsActive"] = "Đang hoạt động",
        ["IsContribution"] = "Là phần phối hợp", ["IssuedOn"] = "Ngày ban hành", ["IssuingBody"] = "Cơ quan ban hành",
        ["Key"] = "Khóa", ["Kind"] = "Loại", ["LeadUnitId"] = "Cơ quan chủ trì",
        ["LegalBases"] = "Căn cứ pháp lý", ["Link"] = "Liên kết", ["LockoutEnabled"] = "Cho phép khóa khi sai mật khẩu",
        ["LockoutEnd"] = "Khóa đến", ["LoginProvider"] = "Nhà cung cấp đăng nhập", ["ManualDueDate"] = "Hạn do người dùng đặt",
        ["MaxCollectivesPerUnit"] = "Số tập thể tối đa mỗi đơn vị", ["MaxIndividualsPerUnit"] = "Số cá nhân tối đa mỗi đơn vị", ["MeetingId"] = "Phiên họp",
        ["MemberName"] = "Thành viên", ["Members"] = "Thành viên", ["MinYearsDirectReformWork"] = "Số năm tối thiểu trực tiếp làm CCHC",
        ["Month"] = "Tháng", ["MovementId"] = "Phong trào", ["Name"] = "Tên",
        ["NominationId"] = "Đề nghị khen thưởng", ["NomineeKind"] = "Đối tượng", ["NomineeName"] = "Tên người, tập thể được đề nghị",
        ["NomineePersonId"] = "Cá nhân được đề nghị", ["NomineeUnitId"] = "Tập thể được đề nghị", ["NormalizedEmail"] = "Thư điện tử (chuẩn hóa)",
        ["NormalizedName"] = "Tên (chuẩn hóa)", ["NormalizedUserName"] = "Tên đăng nhập (chuẩn hóa)", ["Note"] = "Ghi chú",
        ["Number"] = "Số", ["ObligationId"] = "Báo cáo định kỳ", ["OccurrenceDue"] = "Hạn của kỳ",
        ["Order"] = "Thứ tự", ["PaidOnline"] = "Thanh toán trực tuyến", ["ParentId"] = "Cấp trên",
        ["Participants"] = "Đối tượng tham gia", ["PasswordHash"] = "Mật khẩu", ["Percent"] = "Tiến độ (%)",
        ["PeriodEnd"] = "Hết kỳ", ["PeriodFrom"] = "Từ kỳ", ["PeriodStart"] = "Đầu kỳ",
        ["PersonId"] = "Cá nhân", ["PhoneNumber"] = "Số điện thoại", ["PhoneNumberConfirmed"] = "Đã xác nhận số điện thoại",
        ["PlanId"] = "Kế hoạch", ["Present"] = "Có mặt", ["Problem"] = "Thực trạng, vấn đề",
        ["ProcedureId"] = "Thủ tục", ["ProcessedAt"] = "Ngày có kết quả", ["ProcessingDays"] = "Thời hạn giải quyết (ngày)",
        ["ProviderDisplayName"] = "Tên nhà cung cấp", ["ProviderKey"] = "Mã tại nhà cung cấp", ["ProvinceId"] = "Tỉnh, thành phố",
        ["ReadAtUtc"] = "Thời điểm đọc", ["ReceivedAt"] = "Ngày tiếp nhận", ["Recipient"] = "Nơi nhận",
        ["Recipients"] = "Người nhận", ["RejectedAt"] = "Ngày từ chối", ["RequestedAt"] = "Ngày yêu cầu bổ sung",
        ["RequiredUnitRating"] = "Xếp loại đơn vị yêu cầu", ["RequiresRecognisedInitiative"] = "Cần sáng kiến được công nhận", ["ReturnReason"] = "Lý do trả lại",
        ["ReturnedAt"] = "Ngày trả kết quả", ["Revoked"] = "Đã thu hồi", ["RevokedOn"] = "Ngày thu hồi",
        ["RevokedReason"] = "Lý do thu hồi", ["RoleId"] = "Vai trò", ["RoundId"] = "Đợt xét",
        ["RowHash"] = "Dấu nội dung dòng nhập", ["SameDay"] = "Giải quyết trong ngày", ["ScheduleJson"] = "Lịch thực hiện (có cấu trúc)",
        ["ScheduleNeedsReview"] = "Lịch cần xem lại", ["ScheduleText"] = "Thời gian thực hiện", ["SectionId"] = "Mục",
        ["SecurityStamp"] = "Dấu bảo mật", ["SentAtUtc"] = "Thời điểm gửi", ["Signer"] = "Người ký",
        ["Size"] = "Dung lượng", ["Solution"] = "Giải pháp", ["Source"] = "Nguồn",
        ["SourceDocument"] = "Văn bản nguồn", ["SourceName"] = "Nguồn dữ liệu", ["StartYear"] = "Năm bắt đầu",
        ["Status"] = "Trạng thái", ["SubmittedAtUtc"] = "Thời điểm gửi", ["SubmittedBy"] = "Người gửi",
        ["SubmittedOn"] = "Ngày gửi", ["SuppliedAt"] = "Ngày bổ sung", ["TaskId"] = "Nhiệm vụ",
        ["TenantId"] = "Xã, phường", ["Text"] = "Nội dung", ["Threshold"] = "Ngưỡng",
        ["Title"] = "Tiêu đề", ["ToYear"] = "Đến năm", ["TwoFactorEnabled"] = "Xác thực hai lớp",
        ["Type"] = "Loại hình", ["Unit"] = "Đơn vị tính", ["UnitId"] = "Đơn vị",
        ["UpdateId"] = "Cập nhật tiến độ", ["UpdatedAtUtc"] = "Thời điểm cập nhật", ["UserId"] = "Tài khoản",
        ["UserName"] = "Tên đăng nhập", ["ValidFrom"] = "Hiệu lực từ", ["ValidTo"] = "Hiệu lực đến",
        ["Value"] = "Giá trị", ["Visits"] = "Số lần đến", ["WhenText"] = "Thời gian",
        ["WithdrawnAt"] = "Ngày rút hồ sơ", ["Year"] = "Năm",
        // Written by the dossier event log and the bulk import's batch entry.
        ["At"] = "Thời điểm", ["Reason"] = "Lý do", ["Nguon"] = "Nguồn", ["Tep"] = "Tệp", ["SoHoSo"] = "Số hồ sơ", ["MaHoSo"] = "Mã hồ sơ",
    };

    /// <summary>Stored values of these fields are never shown, even masked ones.</summary>
    public static readonly IReadOnlySet<string> Secrets = new HashSet<string>(StringComparer.Ordinal) { "PasswordHash", "SecurityStamp", "ConcurrencyStamp" };

    public static string Entity(string entity) => Entities.TryGetValue(entity, out var name) ? name : "Dữ liệu khác";

    public static string Field(string field) => Fields.TryGetValue(field, out var name) ? name : "Trường khác";
}
