using ReformDesk.Core.Plans.Scheduling;
using static ReformDesk.Core.Tests.Plans.ScheduleDescription;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>
/// Schedule phrases collected verbatim from Vietnamese plans, reports, decrees, circulars and official announcements
/// other than the seeds (source in the third column), each with the structure it must parse to in a 2026 plan.
/// "Unparsed" rows are phrases that are not deadlines a plan task can carry (a time window of an event, the n-th
/// weekday of a month, a relative day of an unknown event) or that leave the period open: they must be flagged, never guessed.
/// </summary>
public sealed class ScheduleRealPhraseTests
{
    public static TheoryData<string, string, string> Phrases => new()
    {
        { "chậm nhất vào ngày 30 tháng 9 năm 2025", "Fixed ..2025-09-30", "Thông tư 13/2025/TT-BYT Điều 4 khoản 2 điểm a (2025), quoted in a GitHub file (search index file id 70524596498)" },
        { "07/02/2021 (chủ Nhật)", "Fixed ..2021-02-07", "https://phutho.gov.vn/vi/ke-hoach-trien-khai-cong-tac-bau-cu-dai-bieu-quoc-hoi-khoa-xv-va-bau-cu-dai-bieu-hdnd-cac-cap-nhiem (KH bầu cử 2021)" },
        { "định kỳ 6 tháng, hằng năm, đầu kỳ, giữa kỳ, cuối kỳ hoặc đột xuất khi cần thiết", "Unparsed", "https://hethongphapluat.vn/ke-hoach-130-kh-ubnd-nam-2022-ve-giam-sat-danh-gia-thuc-hien-chuong-trinh-muc-tieu-quoc-gia-giam-ngheo-ben-vung-giai-doan-2021-2025-tren-dia-ban-tinh-ninh-binh.html (KH 130/KH-UBND Ninh Bình, 2022)" },
        { "trong tháng 5 và tháng 6 năm 2025", "Composite[Fixed 2025-05-01..2025-05-31 | Fixed 2025-06-01..2025-06-30]", "https://www.ksbtdanang.vn/news/tag/bộ-máy (2025)" },
        { "chậm nhất là 45 ngày kể từ ngày kết thúc 6 tháng đầu năm tài chính", "Triggered", "https://ls1.hethongphapluat.com/thuat-ngu-phap-ly/thoi-gian-gui-bao-cao-cham-nhat_diem_b_khoan_3_dieu_59_7484d08db255bd70b0dcf0fcc04ebff1.html?layout=amp" },
        { "năm 2016 và các năm tiếp theo", "Recurring Yearly at period end within 2016-01-01..", "Nghị quyết 111/2015/QH13 (2015), quoted in a GitHub file (search index file id 60817856968)" },
        { "những tháng còn lại của năm 2023 và các năm tiếp theo", "Unparsed", "Công điện 777/CĐ-TTg ngày 24/8/2023, quoted in a GitHub file (search index file id 7414830949)" },
        { "trong năm 2018 và các năm tiếp theo", "Recurring Yearly at period end within 2018-01-01..", "Bộ Tài nguyên và Môi trường trả lời kiến nghị cử tri (2018), GitHub file (search index file id 1888405025)" },
        { "Trước ngày 10 của tháng đầu quý sau quý báo cáo", "Recurring Quarterly day 10 of last month +1 months, day before", "https://nguyenluat.com/ban-song-ngu-danh-sach-cac-bao-cao-thuong-xuyen-ma-fng-va-vnm-phai-nop-theo-quy-dinh-cua-luat-va-cac-quy-dinh-hien-hanh (Luật Đầu tư 2020 Đ72, NĐ 31/2021/NĐ-CP Đ102)" },
        { "Trước ngày 31/03 năm sau của năm báo cáo", "Fixed ..2027-03-30", "https://nguyenluat.com/ban-song-ngu-danh-sach-cac-bao-cao-thuong-xuyen-ma-fng-va-vnm-phai-nop-theo-quy-dinh-cua-luat-va-cac-quy-dinh-hien-hanh (NĐ 31/2021/NĐ-CP Đ102)" },
        { "ngày 25 tháng báo cáo", "Recurring Monthly day 25 of last month", "https://vanbanphapluat.co/cong-van-2618-bhxh-khtc-chi-tieu-bao-cao-thong-ke (CV 2618/BHXH-KHTC, 2010)" },
        { "trước ngày 28 hàng tháng", "Recurring Monthly day 28 of last month, day before", "https://vanbanphapluat.co/cong-van-2618-bhxh-khtc-chi-tieu-bao-cao-thong-ke (CV 2618/BHXH-KHTC, 2010)" },
        { "từ ngày 01/7/2009", "Continuous from 2009-07-01", "https://vanbanphapluat.co/cong-van-2618-bhxh-khtc-chi-tieu-bao-cao-thong-ke (CV 2618/BHXH-KHTC, 2010)" },
        { "giữa tháng 06/2025", "Unparsed", "http://hdnd.dongnai.gov.vn/Pages/glp-hdndhuyenlongthanhdatochuc3kyh-glpnd-34445-glpnc-2-glpsite-1.html (2025)" },
        { "trước ngày 25/06 đối với báo cáo 06 tháng; trước ngày 28/11 đối với báo cáo năm", "Unparsed", "https://tgpl.moj.gov.vn/Pages/hoi-nhap-phat-trien.aspx?ItemID=127&l=Thongtindieuhanh (Cục TGPL, 2017)" },
        { "tính từ ngày 01 tháng 01 đến ngày cuối cùng của tháng 12", "Fixed 2026-01-01..2026-12-31", "https://dulieuphapluat.vn/tin-tuc/tin-van-ban/che-do-bao-cao-thong-ke-nganh-noi-vu-2056.html (TT 2/2023/TT-BNV)" },
        { "kể từ ngày 10/5/2023", "Continuous from 2023-05-10", "https://dulieuphapluat.vn/tin-tuc/tin-van-ban/che-do-bao-cao-thong-ke-nganh-noi-vu-2056.html (TT 2/2023/TT-BNV)" },
        { "kể từ ngày 05/11/2019", "Continuous from 2019-11-05", "https://dulieuphapluat.vn/van-ban/hanh-chinh-van-ban/quyet-dinh-412019qd-ubnd-quy-dinh-ve-che-do-bao-cao-dinh-ky-phuc-vu-muc-tieu-quan-ly-tren-dia-ban-tinh-quang-tri-47183.html (QĐ 41/2019/QĐ-UBND Quảng Trị)" },
        { "kể từ ngày 08 tháng 11 năm 2019", "Continuous from 2019-11-08", "https://123docz.net/document/5933268-quyet-dinh-so-46-2019-qd-ubnd-tinh-cao-bang.htm (QĐ 46/2019/QĐ-UBND Cao Bằng)" },
        { "tháng 02 và quý I năm 2025", "Composite[Fixed 2025-02-01..2025-02-28 | Fixed 2025-01-01..2025-03-31]", "http://vpubnd.kontum.gov.vn/NewsDetail.aspx?id=7973 (2025)" },
        { "trong quý I năm 2025", "Fixed 2025-01-01..2025-03-31", "http://vpubnd.kontum.gov.vn/NewsDetail.aspx?id=7973 (2025)" },
        { "sau kỳ nghỉ Tết Nguyên đán", "Unparsed", "https://www.vietnamplus.vn/thu-tuong-thuc-hien-nhiem-vu-trong-tam-sau-ky-nghi-tet-at-ty-2025-post1010777.vnp (Chỉ thị 03/CT-TTg, 2025)" },
        { "trong dịp Tết Nguyên đán", "Fixed ..2026-02-17", "https://nghean24h.vn/cac-co-quan-don-vi-trien-khai-thuc-hien-tot-cac-nhiem-vu-to-chuc-tet-at-ty-nam-2025-a741567.html (UBND tỉnh Nghệ An, 2025)" },
        { "tính từ ngày 01/01 đến ngày 30/06 của năm báo cáo", "Fixed 2026-01-01..2026-06-30", "https://ppdvn.gov.vn/web/guest/nhap-khau-thiet-bi-in?tab=2 (TT 03/2015/TT-BTTTT)" },
        { "trước ngày 10/07 của năm báo cáo", "Fixed ..2026-07-09", "https://ppdvn.gov.vn/web/guest/nhap-khau-thiet-bi-in?tab=2 (TT 03/2015/TT-BTTTT)" },
        { "trước ngày 10/01 của năm liền kề năm báo cáo", "Fixed ..2027-01-09", "https://ppdvn.gov.vn/web/guest/nhap-khau-thiet-bi-in?tab=2 (TT 03/2015/TT-BTTTT)" },
        { "Trước ngày 03 hàng tháng", "Recurring Monthly day 3 of last month, day before", "https://phapluatdoanhnghiep.vn/lich-nop-bao-cao-thue-lao-dong-bao-hiem-ho-so-hse-thang-12-2025-cho-doanh-nghiep/ (TT 28/2015/TT-BLĐTBXH Đ16 k2)" },
        { "Định kỳ hằng năm (trước ngày 05 tháng 12)", "Recurring Yearly on 5/12, day before", "https://phapluatdoanhnghiep.vn/lich-nop-bao-cao-thue-lao-dong-bao-hiem-ho-so-hse-thang-12-2025-cho-doanh-nghiep/ (NĐ 145/2020/NĐ-CP Đ4 k2)" },
        { "từ ngày 05/01/2023 đến ngày 08/01/2023 (nhằm 14 đến 17 tháng Chạp âl năm Nhâm Dần)", "Unparsed", "https://laivung.dongthap.gov.vn/web/hlv/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/13137623?plidlayout=3672 (UBND huyện Lai Vung, 2023)" },
        { "vào lúc 09 giờ 00, ngày 05/01/2023 (14 tháng Chạp âl)", "Fixed ..2023-01-05 09:00", "https://laivung.dongthap.gov.vn/web/hlv/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/13137623?plidlayout=3672 (2023)" },
        { "vào ngày 12/02/2018 (nhằm ngày 27 tháng chạp âm lịch)", "Fixed ..2018-02-12", "https://binhdinh.gov.vn/tin-tuc/tin-tu-thi-xa-huyen-thanh-pho/an-lao-to-chuc-nhieu-hoat-dong-nhan-dip-tet-nguyen-dan-mau-t.html (UBND huyện An Lão, 2018)" },
        { "các đêm từ mùng 1 đến mùng 4 tết", "Unparsed", "https://binhdinh.gov.vn/tin-tuc/tin-tu-thi-xa-huyen-thanh-pho/an-lao-to-chuc-nhieu-hoat-dong-nhan-dip-tet-nguyen-dan-mau-t.html (2018)" },
        { "vào ngày 21/02/2018 (nhằm mùng 6 tháng giêng âm lịch)", "Fixed ..2018-02-21", "https://binhdinh.gov.vn/tin-tuc/tin-tu-thi-xa-huyen-thanh-pho/an-lao-to-chuc-nhieu-hoat-dong-nhan-dip-tet-nguyen-dan-mau-t.html (2018)" },
        { "Vào dịp 03/3 âm lịch hàng năm", "Recurring Yearly on lunar 3/3", "http://hoangxuan.hoanghoa.gov.vn/web/trang-chu/tin-tuc-su-kien/hoat-dong-cua-ubnd-xa/ke-hoach-to-chuc-le-hoi-phu-vang-linh-tu-nam-2023-gio-thanh-mau-lieu-hanh-03-3-quy-mao.html (KH 32/KH-UBND xã Hoằng Xuân, 2023)" },
        { "từ ngày 1/7/2025", "Continuous from 2025-07-01", "https://vietnam24h.com.vn/tag/chinh-quyen-dia-phuong/page/2 (2025)" },
        { "tính từ ngày 15 tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo", "Unparsed", "http://vungtau.baria-vungtau.gov.vn/web/guest/tin-tuc/-/brvt/extAssetPublisher/content/9094171/ubnd-tinh-ba-ria-vung-tau-quy-dinh-che-do-bao-cao-dinh-ky (QĐ 40/2019/QĐ-UBND Bà Rịa-Vũng Tàu)" },
        { "tính từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý thuộc kỳ báo cáo", "Unparsed", "http://vungtau.baria-vungtau.gov.vn/web/guest/tin-tuc/-/brvt/extAssetPublisher/content/9094171/ubnd-tinh-ba-ria-vung-tau-quy-dinh-che-do-bao-cao-dinh-ky (QĐ 40/2019/QĐ-UBND)" },
        { "được tính từ ngày 15 tháng 12 năm trước kỳ báo cáo đến ngày 14 tháng 6 của kỳ báo cáo", "Unparsed", "http://vungtau.baria-vungtau.gov.vn/web/guest/tin-tuc/-/brvt/extAssetPublisher/content/9094171/ubnd-tinh-ba-ria-vung-tau-quy-dinh-che-do-bao-cao-dinh-ky (QĐ 40/2019/QĐ-UBND)" },
        { "được tính từ ngày 15 tháng 6 đến ngày 14 tháng 12 của kỳ báo cáo", "Unparsed", "http://vungtau.baria-vungtau.gov.vn/web/guest/tin-tuc/-/brvt/extAssetPublisher/content/9094171/ubnd-tinh-ba-ria-vung-tau-quy-dinh-che-do-bao-cao-dinh-ky (QĐ 40/2019/QĐ-UBND)" },
        { "kể từ ngày 06 tháng 01 năm 2020", "Continuous from 2020-01-06", "http://vungtau.baria-vungtau.gov.vn/web/guest/tin-tuc/-/brvt/extAssetPublisher/content/9094171/ubnd-tinh-ba-ria-vung-tau-quy-dinh-che-do-bao-cao-dinh-ky (QĐ 40/2019/QĐ-UBND)" },
        { "Chậm nhất ngày 15 (mười lăm) của tháng báo cáo", "Recurring Monthly day 15 of last month", "https://beta.thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/47277/thoi-han-gui-bao-cao-dinh-ky-trong-linh-vuc-thong-tin-truyen-thong (TT 02/2023/TT-BTTTT)" },
        { "Chậm nhất ngày 06 (sáu) của tháng cuối quý", "Recurring Quarterly day 6 of last month", "https://beta.thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/47277/thoi-han-gui-bao-cao-dinh-ky-trong-linh-vuc-thong-tin-truyen-thong (TT 02/2023/TT-BTTTT)" },
        { "Chậm nhất ngày 06 (sáu) tháng 06 (sáu)", "Fixed ..2026-06-06", "https://beta.thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/47277/thoi-han-gui-bao-cao-dinh-ky-trong-linh-vuc-thong-tin-truyen-thong (TT 02/2023/TT-BTTTT)" },
        { "Chậm nhất ngày 25 (hai mươi lăm) tháng 11 (mười một)", "Fixed ..2026-11-25", "https://beta.thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/47277/thoi-han-gui-bao-cao-dinh-ky-trong-linh-vuc-thong-tin-truyen-thong (TT 02/2023/TT-BTTTT)" },
        { "từ ngày 01/6/2023", "Continuous from 2023-06-01", "https://beta.thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/47277/thoi-han-gui-bao-cao-dinh-ky-trong-linh-vuc-thong-tin-truyen-thong (TT 02/2023/TT-BTTTT)" },
        { "chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo", "Unparsed", "https://thuviennhadat.vn/phap-luat-doi-song/thoi-han-gui-bao-cao-trong-che-do-bao-cao-dinh-ky-cua-co-quan-hanh-chinh-nha-nuoc-quy-dinh-nhu-the-n-458096.html (NĐ 09/2019/NĐ-CP Điều 13)" },
        { "Chậm nhất 05 ngày làm việc sau khi được Hội đồng nhân dân cấp tỉnh phê chuẩn quyết toán ngân sách nhà nước của năm quyết toán", "Triggered", "https://thuvienphapluat.vn/phap-luat/tim-tu-van?loc=right_news&page=2630&q=H%E1%BB%99i+%C4%91%E1%BB%93ng+l%C6%B0%C6%A1ng (Luật NSNN)" },
        { "kể từ ngày 25 tháng 8 năm 2020", "Continuous from 2020-08-25", "https://hethongphapluat.com/quyet-dinh-57-2020-qd-ubnd-ban-hanh-quy-dinh-ve-che-do-bao-cao-dinh-ky-linh-vuc-ke-hoach-dau-tu-tren-dia-ban-tinh-binh-dinh.html (QĐ 57/2020/QĐ-UBND Bình Định)" },
        { "Định kỳ từ ngày 1 đến ngày 5 hằng tháng", "Recurring Monthly day 5 of last month", "https://nld.com.vn/phap-luat/so-gtcc-noi-mang-thong-tin-giai-quyet-nguyen-vong-cu-tri-120709.htm (Sở GTCC TP.HCM)" },
        { "từ ngày 5 đến ngày 10 hằng tháng", "Recurring Monthly day 10 of last month", "https://nld.com.vn/phap-luat/so-gtcc-noi-mang-thong-tin-giai-quyet-nguyen-vong-cu-tri-120709.htm (Sở GTCC TP.HCM)" },
        { "kể từ ngày ký", "Triggered", "https://thuviennhadat.vn/vbpl/quyet-dinh-275-qd-ttg-nam-2014-thuc-hien-27-kl-tw-day-manh-phat-trien-kinh-te-xa-hoi-quoc-phong-an-n-221475.html (QĐ 275/QĐ-TTg, 2014)" },
        { "kể từ ngày ký ban hành", "Triggered", "https://thuviennhadat.vn/vbpl/quyet-dinh-1209-qd-ubnd-2013-quy-che-ban-chi-dao-cong-tac-dan-so-tinh-ha-giang-208300.html (QĐ 1209/QĐ-UBND Hà Giang, 2013)" },
        { "tháng 6, quý II và 6 tháng đầu năm 2025", "Composite[Fixed 2025-06-01..2025-06-30 | Fixed 2025-04-01..2025-06-30 | Fixed 2025-01-01..2025-06-30]", "https://hethongphapluat.vn/nghi-quyet-205-nq-cp-ve-phien-hop-chinh-phu-thuong-ky-thang-6-nam-2025-va-hoi-nghi-truc-tuyen-chinh-phu-voi-dia-phuong.html (NQ 205/NQ-CP, 2025)" },
        { "tháng 7, quý III và 6 tháng cuối năm 2025", "Composite[Fixed 2025-07-01..2025-07-31 | Fixed 2025-07-01..2025-09-30 | Fixed 2025-07-01..2025-12-31]", "https://hethongphapluat.vn/nghi-quyet-205-nq-cp-ve-phien-hop-chinh-phu-thuong-ky-thang-6-nam-2025-va-hoi-nghi-truc-tuyen-chinh-phu-voi-dia-phuong.html (NQ 205/NQ-CP, 2025)" },
        { "trong tháng 11, tháng 12 năm 2025", "Composite[Fixed 2025-11-01..2025-11-30 | Fixed 2025-12-01..2025-12-31]", "https://baothanhhoa.vn/chinh-phu-trien-khai-nhiem-vu-trong-tam-de-hoan-thanh-cao-nhat-cac-chi-tieu-phat-trien-kinh-te-xa-hoi-2025-267767.htm (NQ 86/NQ-CP, 2025)" },
        { "từ nay đến cuối năm 2025", "Fixed ..2025-12-31", "https://baothanhhoa.vn/chinh-phu-trien-khai-nhiem-vu-trong-tam-de-hoan-thanh-cao-nhat-cac-chi-tieu-phat-trien-kinh-te-xa-hoi-2025-267767.htm (NQ 86/NQ-CP, 2025)" },
        { "sơ kết hằng năm, sơ kết giữa kỳ vào năm 2008 và tổng kết vào năm 2010", "Unparsed", "https://luatminhkhue.vn/quyet-dinh-55-2007-qd-ubnd-ve-ke-hoach-hanh-dong-vi-su-tien-bo-phu-nu-tinh-ninh-thuan-giai-doan-2006---2010.aspx (QĐ 55/2007 Ninh Thuận)" },
        { "Trong thời hạn tối đa 05 ngày làm việc, kể từ ngày nhận được văn bản lấy ý kiến", "Triggered", "https://www.luatmoitruong.vn/thong-tu-02-2022-tt-btnmt/chuong-iii.-noi-dung-bvmt-trong-quy-hoach-tinh-dmc-dtm-gpmt-va-dkmt/muc-2.-danh-gia-tac-dong-moi-truong/dieu-16.-thoi-han-lay-y-kien-phe-duyet-ket-qua-tham-dinh-bao-cao-dtm-doi-doi-voi-du-an-dau-tu-co-ho (TT 02/2022/TT-BTNMT Đ16)" },
        { "Trong thời hạn 05 ngày làm việc, kể từ ngày nhận được yêu cầu giải trình", "Triggered", "https://thuvienphapluat.vn/hoi-dap-phap-luat/40159-hd-thoi-han-thong-bao-ve-viec-tiep-nhan-de-giai-trinh-hoac-tu-choi-giai-trinh-cua-co-quan-nha-nuoc-la-bao-lau.html (TT 02/2014/TT-TTCP Đ4)" },
        { "05 ngày làm việc kể từ ngày tiếp nhận yêu cầu giải trình", "Triggered", "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=165365" },
        { "trong thời hạn không quá 03 ngày làm việc kể từ ngày nhận được hồ sơ", "Triggered", "https://dichvucong.binhdinh.gov.vn/dichvucong/bothutuc/chiTietThuTuc?maThuTuc=34822" },
        { "Không quá 10 ngày làm việc kể từ nhận được đầy đủ hồ sơ theo quy định", "Triggered", "https://dichvucong.binhdinh.gov.vn/dichvucong/bothutuc/chiTietThuTuc?maThuTuc=34822" },
        { "Chậm nhất là 05 ngày làm việc kể từ ngày kết thúc thời hạn lấy ý kiến bằng phiếu", "Triggered", "https://ls1.hethongphapluat.com/thuat-ngu-phap-ly/cham-nhat_khoan_7_dieu_4_22a900eb4ac8e296d549f2f55f43dcf9.html?layout=amp (NĐ 59/2023/NĐ-CP Đ4 k7)" },
        { "từ ngày 12/3/2019", "Continuous from 2019-03-12", "http://tuphaptamky.gov.vn/2014/news/savefile/Xay-dung-chinh-quyen/Nghi-dinh-so-09-2019-ND-CP-cua-Chinh-phu-Quy-dinh-ve-che-do-bao-cao-cua-co-quan-hanh-chinh-nha-nuoc-4348.html (NĐ 09/2019/NĐ-CP)" },
        { "từ ngày 1-3-2026", "Continuous from 2026-03-01", "https://plo.vn/chinh-sach-moi-co-hieu-luc-tu-thang-3-2026-post897072.html (Luật Trí tuệ nhân tạo, 2026)" },
        { "từ ngày 1/1/2026", "Continuous from 2026-01-01", "https://soha.vn/loat-tin-vui-cho-hang-trieu-nguoi-dan-ngay-tu-1-1-2026-chinh-sach-moi-ve-tien-luong-thue-dat-dai-chinh-thuc-duoc-ap-dung-198251229134422245.htm (NĐ 293/2025/NĐ-CP)" },
        { "vào cuối tháng 12/2020", "Fixed ..2020-12-31", "http://hoitruongson.vn/van-ban-chi-dao/2245_87225/bao-cao-cong-tac-hoi-nam-2020.htm (CV 63/HTS, 2020)" },
        { "tính từ tháng 9/2016 đến hết tháng 6/2021", "Fixed 2016-09-01..2021-06-30", "http://hoitruongson.vn/van-ban-chi-dao/2245_87225/bao-cao-cong-tac-hoi-nam-2020.htm (CV 63/HTS, 2020)" },
        { "chậm nhất là ngày 20/11/2020", "Fixed ..2020-11-20", "http://hoitruongson.vn/van-ban-chi-dao/2245_87225/bao-cao-cong-tac-hoi-nam-2020.htm (CV 63/HTS, 2020)" },
        { "trước 30/8", "Fixed ..2026-08-29", "https://thanhnienonline.com/tag/hanh-chinh (Bộ Nội vụ / UBND cấp tỉnh, 2025)" },
        { "từ ngày 27.4 đến hết ngày 1.5", "Unparsed", "http://thanhnien.vn/thoi-su/le-304-va-15-duoc-nghi-5-ngay-475995.html (thông báo UBND TP.HCM)" },
        { "trước ngày 01 tháng 3 năm hàng năm", "Unparsed", "http://tcvg.hochiminhcity.gov.vn/chidaodieuhanh/default.aspx?ItemID=10&Mode=1&Source=%2Fchidaodieuhanh" },
        { "sau 30 ngày, kể từ ngày được cấp có thẩm quyền giao", "Triggered", "http://tcvg.hochiminhcity.gov.vn/chidaodieuhanh/default.aspx?ItemID=10&Mode=1&Source=%2Fchidaodieuhanh" },
        { "trước ngày 01 tháng 10 hàng năm", "Recurring Yearly on 1/10, day before", "http://tcvg.hochiminhcity.gov.vn/chidaodieuhanh/default.aspx?ItemID=10&Mode=1&Source=%2Fchidaodieuhanh" },
        { "chậm nhất là ngày 10 tháng sau", "Recurring Monthly day 10 of last month +1 months", "https://thuvienphapluat.vn/hoi-dap-phap-luat/83A4BDD-hd-thoi-gian-lap-phe-duyet-bao-cao-thu-noi-dia-thang-la-khi-nao.html (QĐ 269/QĐ-TCT, 2024)" },
        { "chậm nhất là ngày 20 sau thời điểm khóa sổ kế toán năm", "Unparsed", "https://thuvienphapluat.vn/hoi-dap-phap-luat/83A4BDD-hd-thoi-gian-lap-phe-duyet-bao-cao-thu-noi-dia-thang-la-khi-nao.html (QĐ 269/QĐ-TCT, 2024)" },
        { "Tính từ ngày 15/12 năm trước kỳ báo cáo đến ngày 14/12 của kỳ báo cáo", "Unparsed", "https://hoatieu.vn/thong-tu-58-2020-tt-bqp-che-do-bao-cao-dinh-ky-cua-bo-quoc-phong-200161 (TT 58/2020/TT-BQP)" },
        { "Được tính bắt đầu từ ngày 01 đầu tháng cho đến hết ngày cuối cùng của tháng", "Unparsed", "https://thukyluat.vn/news/diem-tin-van-ban/chi-tiet-ky-bao-cao-thong-ke-nganh-tai-chinh-theo-quy-dinh-moi-55042.html (TT 02/2019/TT-BTC)" },
        { "từ ngày 01/3/2019", "Continuous from 2019-03-01", "https://thukyluat.vn/news/diem-tin-van-ban/chi-tiet-ky-bao-cao-thong-ke-nganh-tai-chinh-theo-quy-dinh-moi-55042.html (TT 02/2019/TT-BTC)" },
        { "từ ngày 18/01/2019", "Continuous from 2019-01-18", "https://thukyluat.vn/news/diem-tin-van-ban/xe-phuc-vu-le-quoc-tang-le-tang-cap-nha-nuoc-phai-duoc-kiem-tra-dinh-ky-48605.html (TT 166/2018/TT-BQP)" },
        { "từ thứ Bảy 14/2/2026 (tức 27 tháng Chạp, năm Ất Tỵ) đến hết Chủ nhật 22/2/2026 (tức mùng 6 tháng Giêng, năm Bính Ngọ)", "Fixed 2026-02-14..2026-02-22", "http://www.congan.com.vn/?catid=702&id=388656&mod=detnews (lịch nghỉ Tết 2026)" },
        { "từ thứ Năm ngày 23/1/2020 đến hết thứ Tư ngày 29/1/2020 (tức từ ngày 29 tháng Chạp năm Kỷ Hợi đến hết ngày mùng 5 tháng Giêng năm Canh Tý)", "Unparsed", "https://socongthuong.daklak.gov.vn/vi/news/tag/thứ-tư/page-2 (2020)" },
        { "từ ngày 01/01 đến hết ngày 04/01/2015", "Fixed 2015-01-01..2015-01-04", "https://www.baomoi.com/clip-lich-nghi-tet-duong-lich-2015/c/15286031.epi (2015)" },
        { "trong 9 tháng đầu năm 2022", "Fixed 2022-01-01..2022-09-30", "http://vhtt-tdtthuonghoa.gov.vn/bai-viet-4364.html (2022)" },
        { "Quý IV/2022", "Fixed 2022-10-01..2022-12-31", "http://vhtt-tdtthuonghoa.gov.vn/bai-viet-4364.html (2022)" },
        { "từ nay đến hết năm 2020", "Fixed ..2020-12-31", "https://bachthong.gov.vn/dinh-huong-tuyen-truyen-thang-7-nam-2020-2/ (KH 157-KH/TU Bắc Kạn)" },
        { "trong tháng 7 năm 2020", "Fixed 2020-07-01..2020-07-31", "https://bachthong.gov.vn/dinh-huong-tuyen-truyen-thang-7-nam-2020-2/ (2020)" },
        { "từ ngày 01/01/2022", "Continuous from 2022-01-01", "http://vpubnd.laichau.gov.vn/detailNews.aspx?id=140492&lang=vi (KH 778/KH-VPUBND, 2022)" },
        { "từ ngày 25 tháng 5 năm 2026", "Continuous from 2026-05-25", "https://www.luatmoitruong.vn/nghi-dinh-110-2026-nd-cp/chuong-vii.-to-chuc-thuc-hien-va-dieu-khoan-thi-hanh/dieu-24.-hieu-luc-thi-hanh (NĐ 110/2026/NĐ-CP Đ24)" },
        { "Vào lúc 8 giờ 00, ngày 21/5/2024 (thứ ba)", "Fixed ..2024-05-21 08:00", "https://longxuyen.angiang.gov.vn/lich-chuc-hoi-nghi-tiep-xuc-cu-tri-truoc-ky-hop-hoi-dong-nhan-dan-cap-tinh-va-thanh-pho-nhiem-ky (2024)" },
        { "từ ngày 21/5/2024 đến ngày 23/5/2024", "Fixed 2024-05-21..2024-05-23", "https://longxuyen.angiang.gov.vn/lich-chuc-hoi-nghi-tiep-xuc-cu-tri-truoc-ky-hop-hoi-dong-nhan-dan-cap-tinh-va-thanh-pho-nhiem-ky (2024)" },
        { "từ ngày 9 đến 11-12-2020", "Fixed 2020-12-09..2020-12-11", "https://baoangiang.com.vn/tu-ngay-3-den-4-12-2020-dien-ra-ky-hop-thu-18-hdnd-tinh-an-giang-a290120.html (QĐ 37 Thường trực HĐND tỉnh An Giang, 2020)" },
        { "vào 07 giờ 30 phút, ngày 29/10/2025", "Fixed ..2025-10-29 07:30", "https://chiminh.haiphong.gov.vn/tin-tuc-su-kien/xa-chi-minh-to-chuc-hoi-nghi-doi-thoai-giua-chu-tich-ubnd-xa-voi-nhan-dan-cac-thon-thanh-ky-an-l-802457 (UBND xã Chí Minh, 2025)" },
        { "từ ngày 10/11/2019 đến ngày 18/11/2019", "Fixed 2019-11-10..2019-11-18", "http://ubmttq.camau.gov.vn/u-minh-hoi-nghi-trien-khai-ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2019.507 (2019)" },
        { "19h30’ ngày 08/7/2019", "Fixed ..2019-07-08 19:30", "http://tuson.bacninh.gov.vn/web/phuong-trang-ha/news/-/details/7478191/hoi-nghi-trien-khai-ke-hoach-tiep-xuc-cu-tri-cua-ai-bieu-h-nd-phuong-trang-ha (2019)" },
        { "từ ngày 08 đến ngày 10/7/2019", "Fixed 2019-07-08..2019-07-10", "http://tuson.bacninh.gov.vn/web/phuong-trang-ha/news/-/details/7478191/hoi-nghi-trien-khai-ke-hoach-tiep-xuc-cu-tri-cua-ai-bieu-h-nd-phuong-trang-ha (2019)" },
        { "trước ngày 15 của tháng kế tiếp", "Recurring Monthly day 15 of last month +1 months, day before", "https://bvnguyentriphuong.com.vn/y-hoc-du-phong/thong-tu-lien-tich-huong-dan-phoi-hop-phong-chong-benh-lay-truyen-tu-dong-vat-sang-nguoi-p3 (TTLT 16/2013/TTLT-BYT-BNN&PTNT)" },
        { "từ ngày 01 của tháng đầu quý đến ngày 31 của tháng cuối quý", "Recurring Quarterly day 31 of last month", "https://bvnguyentriphuong.com.vn/y-hoc-du-phong/thong-tu-lien-tich-huong-dan-phoi-hop-phong-chong-benh-lay-truyen-tu-dong-vat-sang-nguoi-p3 (TTLT 16/2013)" },
        { "vào ngày 23/5/2021", "Fixed ..2021-05-23", "https://bqllang.gov.vn/tin-tuc/tin-tong-hop/10875-mot-so-van-ban-chi-dao-dieu-hanh-de-pho-ng-cho-ng-dich-benh-covid-19-phan-50.html (TB 106/TB-VPCP, 2021)" },
        { "Ngay sau khi tiếp nhận thông tin về bệnh dịch", "Triggered", "https://luatvietnam.vn/y-te/thong-tu-48-2010-tt-byt-bo-y-te-58523-d1.html (TT 48/2010/TT-BYT)" },
        { "vào ngày thứ sáu của tuần lễ cuối tháng", "Unparsed", "https://nld.com.vn/thoi-su-trong-nuoc/lich-tiep-cong-dan-cua-chu-tich-va-cac-pho-chu-tich-ubnd-tphcm-80928.htm (UBND TP.HCM)" },
        { "vào ngày thứ tư của tuần lễ thứ hai trong tháng", "Unparsed", "https://nld.com.vn/thoi-su-trong-nuoc/lich-tiep-cong-dan-cua-chu-tich-va-cac-pho-chu-tich-ubnd-tphcm-80928.htm (UBND TP.HCM)" },
        { "Từ 01/01/2017", "Continuous from 2017-01-01", "https://danang.gov.vn/web/guest/chinh-quyen/chi-tiet?id=25030&_c=77 (2017)" },
        { "vào ngày thứ Sáu tuần thứ 2 và ngày thứ Sáu tuần thứ 4 hàng tháng", "Unparsed", "https://danang.gov.vn/web/guest/chinh-quyen/chi-tiet?id=25030&_c=77 (2017)" },
        { "vào thứ 5 hàng tuần", "Recurring Weekly on weekday 4", "https://tayson.gialai.gov.vn/danh-muc-phai-tren/lich-tiep-cong-dan (UBND xã Tây Sơn, 2025)" },
        { "Ngày 03; 10; 17; 24; 31 (Thứ 5)", "Unparsed", "https://tayson.gialai.gov.vn/danh-muc-phai-tren/lich-tiep-cong-dan (2025)" },
        { "thường xuyên trong giờ hành chính vào tất cả các ngày làm việc trong năm", "Unparsed", "https://tayson.gialai.gov.vn/danh-muc-phai-tren/lich-tiep-cong-dan (2025)" },
        { "vào ngày thứ năm hàng tuần", "Recurring Weekly on weekday 4", "https://quangan.thuathienhue.gov.vn/?cn=28&gd=4&tc=75662 (UBND xã Quảng An)" },
        { "Từ 07h30 đến 11h30", "Unparsed", "https://quangan.thuathienhue.gov.vn/?cn=28&gd=4&tc=75662" },
        { "vào ngày 20 hàng tháng", "Recurring Monthly day 20 of last month", "https://www.baomoi.com/lanh-dao-ubnd-tp-ho-chi-minh-chot-lich-tiep-dan/c/15286566.epi (KH tiếp công dân UBND TP.HCM)" },
        { "vào ngày 15 hàng tháng", "Recurring Monthly day 15 of last month", "https://langson.gov.vn/thong-tin-tong-hop/lich-tiep-dan (VP UBND tỉnh Lạng Sơn)" },
        { "trong giờ hành chính các ngày làm việc", "Unparsed", "https://langson.gov.vn/thong-tin-tong-hop/lich-tiep-dan" },
        { "ít nhất 01 ngày trong 01 tuần", "Unparsed", "https://thuvienphapluat.vn/hoi-dap-phap-luat/555F5-hd-chu-tich-uy-ban-nhan-dan-cap-xa-tiep-cong-dan-truc-tiep-may-lan-trong-mot-thang.html (Luật Tiếp công dân 2013 Đ15 k2)" },
        { "Định kỳ vào ngày chủ nhật hàng tuần", "Recurring Weekly on weekday 7", "https://m.baobinhduong.vn/moi-tuan-mot-tuyen-duong-tuyen-hem-sach-a300693.html (phường Hiệp An, 2023)" },
        { "7h00 ngày 02/8/2025 (Thứ 7)", "Fixed ..2025-08-02 07:00", "https://badinh.hanoi.gov.vn/van-hoa-xa-hoi/thong-bao-to-chuc-ra-quan-tong-ve-sinh-moi-truong-tren-dia-ban-phuong-ba-dinh-2800250801171234708.htm (UBND phường Ba Đình, 2025)" },
        { "sáng ngày Chủ nhật, 14/12/2025", "Fixed ..2025-12-14", "http://luongvantri.langson.gov.vn/tin-tuc-su-kien/ubnd-phuong-luong-van-tri-da-to-chuc-ra-quan-tong-ve-sinh-moi-truong-chinh-trang-do-thi-tren-dia-ban-phuong..html (2025)" },
        { "từ ngày 1-7-2016 đến 1-7-2021", "Fixed 2016-07-01..2021-07-01", "https://tuoitre.vn/chu-tich-tiep-dan.html (đoàn giám sát UBTVQH)" },
        { "từ ngày 11 tháng 7 năm 2016", "Continuous from 2016-07-11", "https://ls1.hethongphapluat.com/nghi-quyet-07-2016-nq-hdnd-quy-dinh-nguyen-tac-tieu-chi-dinh-muc-phan-bo-von-dau-tu-phat-trien-nguon-ngan-sach-nha-nuoc-giai-doan-2016-2020-tinh-binh-phuoc.html (NQ 07/2016/NQ-HĐND Bình Phước)" },
        { "vào lúc 19h30 ngày14/02/2022", "Fixed ..2022-02-14 19:30", "https://lsvn.vn/dak-nong-to-chuc-dem-tho-nguyen-tieu-tai-thanh-pho-gia-nghia1644834552-a115310.html (Đắk Nông, 2022)" },
        { "vào ngày Rằm tháng Giêng âm lịch hằng năm", "Recurring Yearly on lunar 15/1", "https://dangcongsan.vn/tu-tuong-van-hoa/ngay-tho-viet-nam-chap-canh-tam-hon-viet-604028.html (2022)" },
        { "từ 8 giờ sáng đến 22 giờ ngày 2-3 (Rằm tháng Giêng)", "Unparsed", "http://ttkhcn.baria-vungtau.gov.vn/chaupha/ManagementNews/DetailNew/467?page=50 (2018)" },
        { "sau 15 ngày, kể từ ngày đăng Công báo", "Triggered", "http://vinabase.com/V%C4%83n-b%E1%BA%A3n-ph%C3%A1p-lu%E1%BA%ADt/Quy%E1%BA%BFt-%C4%91%E1%BB%8Bnh-38%2F2005%2FQ%C4%90%7EBQP (QĐ 38/2005/QĐ-BQP)" },
        { "ngày 15 tháng 12 hằng năm, trước khi thực hiện việc đánh giá, xếp loại chất lượng đảng viên", "Unparsed", "http://118.69.84.240:801/lao-dong-tien-luong/tim-kiem?page=83&q=%C4%90%C3%A1nh+gi%C3%A1+th%E1%BB%AD+vi%E1%BB%87c (đánh giá, xếp loại CBCCVC)" },
        { "trước tháng 12 hằng năm", "Recurring Yearly on 1/12, day before", "http://118.69.84.240:801/lao-dong-tien-luong/tim-kiem?page=83&q=%C4%90%C3%A1nh+gi%C3%A1+th%E1%BB%AD+vi%E1%BB%87c" },
        { "trước ngày 30-5 và kết thúc trước 30-9", "Composite[Fixed ..2026-05-29 | Fixed ..2026-09-29]", "https://plo.vn/thanh-tra-viec-cap-giay-chung-nhan-tai-cac-quan-huyen-post1900.html (kế hoạch thanh tra, TP.HCM)" },
        { "khi có dấu hiệu tham nhũng", "Triggered", "https://traloihay.net/cau-hoi/y0zG1yej-3-hinh-thuc-va-chi-tieu-kiem-tra-5 (kế hoạch kiểm tra của đơn vị)" },
        { "đến năm 2030", "Fixed ..2030-12-31", "https://infographics.vn/mot-so-muc-tieu-trong-chien-luoc-phat-trien-van-hoa-den-nam-2030/42212.vna (Chiến lược phát triển văn hóa, QĐ 1909/QĐ-TTg)" },
        { "ngay từ đầu năm", "Unparsed", "http://vpubnd.kontum.gov.vn/NewsDetail.aspx?id=7973 (2025)" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Parses_a_real_phrase(string text, string expected, string source)
    {
        var schedule = ScheduleParser.Parse(text, 2026);

        Assert.True(expected == Describe(schedule), $"\"{text}\" ({source}) gave {Describe(schedule)}, expected {expected}");
        Assert.Equal(text, schedule.Text);
        if (schedule is Unparsed unparsed)
        {
            ScheduleParserTests.AssertCarriesNoDate(unparsed);
        }
    }

    [Fact]
    public void The_set_is_large_and_mostly_understood()
    {
        var rows = Phrases.Select(r => (string)r[1]).ToList();

        Assert.True(rows.Count >= 100, $"{rows.Count} phrases");
        Assert.True(rows.Count(r => r != "Unparsed") >= 80, "at least 80 phrases understood");
    }
}
