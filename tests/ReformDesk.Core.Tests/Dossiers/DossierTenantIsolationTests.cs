using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Uploads;
using ReformDesk.Core.Platform.Uploads;
using System.Text;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// A neighbouring commune's dossiers and procedures in the same database are never listed, found, read, changed or counted by
/// this commune's services, even when its codes, names and phone numbers are the same as ours. Today is Wednesday 11/03/2026 10:00.
/// </summary>
public sealed class DossierTenantIsolationTests() : DossierCommuneTest(new(2026, 3, 11, 10, 0, 0, TimeSpan.FromHours(7)))
{
    private Guid neighbourId;
    private ReformDeskDbContext theirs = null!;
    private Procedure theirBirth = null!;

    /// <summary>
    /// Ours: HS-01, received Tue 10/03, due Fri 13/03 (at risk). Theirs: HS-01 (same code), received Mon 02/03 and overdue, with
    /// no lookup key yet; and their own HS-99, Mrs Mai's, received Mon 02/03 and overdue.
    /// </summary>
    private async Task<Dossier> SeedAsync()
    {
        (neighbourId, theirs, theirBirth) = await NeighbourAsync();
        await Received("HS-01", 10).Applicant("Nguyễn Văn Đức", "0912 345 678").SaveAsync(Commune);
        await new DossierBuilder("HS-99", theirBirth, new DateTime(2026, 3, 2, 9, 0, 0)).Applicant("Trần Thị Mai", "0987 654 321").SaveAsync(theirs);
        return await new DossierBuilder("HS-01", theirBirth, new DateTime(2026, 3, 2, 9, 0, 0)).Applicant("Nguyễn Văn Đức", "0912 345 678")
            .With(d => d.LookupKey = null).SaveAsync(theirs);
    }

    private async Task<Dossier> TheirsNowAsync(Guid id)
    {
        await using var db = Commune.OpenFor(neighbourId);
        return await db.Dossiers.AsNoTracking().Include(d => d.Events).SingleAsync(d => d.Id == id);
    }

    [Theory]
    [InlineData(null, null, new[] { "HS-01" })]
    [InlineData("trần thị mai", null, new string[0])]
    [InlineData("654 321", null, new string[0])]
    [InlineData("HS-", null, new[] { "HS-01" })]
    [InlineData(null, "HS-99", new string[0])]
    [InlineData("nguyen van duc", "HS-01", new[] { "HS-01" })]
    public async Task The_list_and_the_counter_search_show_only_the_communes_own_dossiers(string? search, string? code, string[] expected)
    {
        await SeedAsync();
        var page = await DossierBuilder.Service(Commune).ListAsync(new DossierFilter(Search: search, Code: code));

        Assert.Equal(expected, page.Rows.Select(r => r.Dossier.Code));
        Assert.Equal(expected.Length, page.Total);
        Assert.All(page.Rows, r => Assert.Equal((Commune.TenantId, Birth.Id), (r.Dossier.TenantId, r.Dossier.ProcedureId)));
    }

    [Fact]
    public async Task Neither_the_overdue_filter_nor_a_neighbours_procedure_lets_their_dossiers_through()
    {
        await SeedAsync();
        var service = DossierBuilder.Service(Commune);

        Assert.Empty((await service.ListAsync(new DossierFilter(Status: DossierStatus.PendingOverdue))).Rows);
        Assert.Empty((await service.ListAsync(new DossierFilter(ProcedureId: theirBirth.Id))).Rows);
        var catalogue = await service.ProceduresAsync();
        Assert.Equal([(Birth.Id, 1)], catalogue.Select(r => (r.Procedure.Id, r.Dossiers)));
    }

    [Fact]
    public async Task Their_dossier_cannot_be_opened_printed_or_changed_and_stays_as_it_was()
    {
        var their = await SeedAsync();
        var entry = DossierBuilder.Entry(Commune);

        Assert.Null(await entry.DetailAsync(their.Id));
        Assert.Null(await entry.ReceiptAsync(their.Id));
        Refused(await entry.RecordAsync(their.Id, new DossierEventInput(DossierEventKind.Processed, "10/03/2026 09:00")), FailureKind.NotFound, "Không tìm thấy hồ sơ.");
        Refused(await entry.CorrectAsync(their.Id, Guid.NewGuid(), "ghi nhầm"), FailureKind.NotFound, "Không tìm thấy hồ sơ.");

        var now = await TheirsNowAsync(their.Id);
        Assert.Equal(((string?)null, (DateTime?)null, 0), (now.LookupKey, now.ProcessedAt, now.Events.Count));
    }

    [Fact]
    public async Task A_receipt_or_an_appointment_cannot_use_a_neighbours_procedure()
    {
        await SeedAsync();
        var entry = DossierBuilder.Entry(Commune);

        Refused(await entry.AppointmentAsync(theirBirth.Id, "11/03/2026 08:00"), FailureKind.Invalid, "ProcedureId", "Hãy chọn thủ tục trong danh mục.");
        Refused(await entry.CreateAsync(new NewDossierInput(theirBirth.Id, "11/03/2026 08:00", DossierChannel.Counter, "Phạm Thị Hoa", "0912345678")),
            FailureKind.Invalid, "ProcedureId", "Hãy chọn thủ tục trong danh mục.");
        await using var system = Commune.OpenSystem();
        Assert.Equal(2, await system.Dossiers.CountAsync(d => d.TenantId == neighbourId));
        Assert.Equal(1, await system.Dossiers.CountAsync(d => d.TenantId == Commune.TenantId));
    }

    [Fact]
    public async Task The_at_risk_list_and_the_apology_letter_never_reach_a_neighbours_late_dossier()
    {
        var their = await SeedAsync();
        var atRisk = DossierBuilder.AtRisk(Commune);

        var list = await atRisk.ListAsync();
        Assert.Equal([("HS-01", DossierStatus.PendingAtRisk)], list.Select(r => (r.Code, r.Status)));
        Assert.Null(await atRisk.DraftAsync(their.Id));
        Assert.Null(await atRisk.ApologyLetterAsync(their.Id));
    }

    [Fact]
    public async Task The_catalogue_cannot_edit_a_neighbours_procedure_and_an_import_of_the_same_code_updates_only_ours()
    {
        await SeedAsync();
        var importer = new ProcedureCatalogueImporter(Commune.Open());

        Assert.Null(await importer.FindAsync(theirBirth.Id));
        Refused(await importer.UpdateAsync(theirBirth.Id, new ProcedureInput("Đổi tên", null, "05 ngày làm việc", null, false)), FailureKind.Invalid, "Id", "Không tìm thấy thủ tục.");
        var csv = "Mã thủ tục,Tên thủ tục,Thời hạn giải quyết\n1.001193,Đăng ký khai sinh (sửa),07 ngày làm việc\n";
        var result = await importer.ImportAsync(TestUploads.Safe(Encoding.UTF8.GetBytes(csv), "danh-muc.csv", UploadForm.ProcedureCatalogue));

        Assert.Equal((0, 1, true), (result.Added, result.Updated, result.Saved));
        await using var system = Commune.OpenSystem();
        var both = await system.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Id);
        Assert.Equal(("Đăng ký khai sinh (sửa)", 7), (both[Birth.Id].Name, both[Birth.Id].ProcessingDays!.Value));
        Assert.Equal(("Đăng ký khai sinh (Ngô Quyền)", 3), (both[theirBirth.Id].Name, both[theirBirth.Id].ProcessingDays!.Value));
    }

    [Fact]
    public async Task A_dossier_log_import_compares_only_with_the_communes_own_dossiers()
    {
        var their = await SeedAsync();
        var csv = "Mã hồ sơ,Mã thủ tục,Ngày tiếp nhận\nHS-99,1.001193,05/03/2026 09:00\nHS-01,1.001193,10/03/2026 09:00\n";

        var result = await DossierBuilder.Importer(Commune).ImportAsync(TestUploads.Safe(Encoding.UTF8.GetBytes(csv), "so.csv", UploadForm.DossierLog), "Sổ theo dõi");

        // HS-99 is theirs, so new here; our HS-01 was saved by hand (no row hash), so it is rewritten from the log.
        Assert.Equal((1, 1, 0, 0), (result.Added, result.Updated, result.Unchanged, result.ProceduresCreated));
        var now = await TheirsNowAsync(their.Id);
        Assert.Equal((new DateTime(2026, 3, 2, 9, 0, 0), (string?)null), (now.ReceivedAt, now.RowHash));
        await using var db = Commune.OpenFor(neighbourId);
        Assert.Equal(new DateTime(2026, 3, 2, 9, 0, 0), (await db.Dossiers.SingleAsync(d => d.Code == "HS-99")).ReceivedAt);
    }
}
