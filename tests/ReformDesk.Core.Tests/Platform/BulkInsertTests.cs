using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

/// <summary>BulkInsert on SQLite: rows stored exactly as EF stores them, the repeated tenant guard, audit entries refused, the caller's transaction and session pragmas.</summary>
public sealed class BulkInsertTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);

    private static Procedure Procedure(Guid tenant, string code) => new()
    {
        TenantId = tenant,
        Code = code,
        Name = "Đăng ký khai sinh",
        Field = "Hộ tịch",
        ProcessingHours = 4,
        Fee = 8_000m,
        FieldCode = "HT",
        FullyOnlineAllowed = true,
        Documents = "Tờ khai đăng ký khai sinh\nGiấy chứng sinh",
        PostalAllowed = true,
    };

    /// <summary>A dossier with every kind of column filled: enum as text, local times, date, time, nullable numbers, Vietnamese text.</summary>
    private static Dossier Dossier(Guid tenant, Guid procedure, string code) => new()
    {
        TenantId = tenant,
        Code = code,
        ProcedureId = procedure,
        ReceivedAt = new DateTime(2026, 9, 14, 8, 30, 15, 123, DateTimeKind.Unspecified),
        Channel = DossierChannel.Online,
        ApplicantName = "Nguyễn Thị Hoà",
        ApplicantPhone = "0912 345 678",
        AppointmentDate = new DateOnly(2026, 9, 18),
        AppointmentTime = new TimeOnly(16, 45),
        ProcessedAt = new DateTime(2026, 9, 17, 10, 0, 0, DateTimeKind.Unspecified),
        Digitised = true,
        FullyOnline = true,
        PaidOnline = true,
        Visits = 2,
        SourceName = "Cổng DVC tỉnh",
        RowHash = new string('b', 64),
        OnlinePaymentVia = 2,
        ApplicantKind = 1,
        ApplicantEmail = "hoa@example.vn",
        Summary = "Đăng ký khai sinh cho con thứ hai",
        HandlingUnitName = "Bộ phận Một cửa phường",
    };

    /// <summary>Every stored column of the row with that code, as SQLite holds it.</summary>
    private static async Task<Dictionary<string, object?>> StoredAsync(ReformDeskDbContext db, string table, string code)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"Code\" = $code";
            command.Parameters.AddWithValue("$code", code);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync(), $"{table} {code} not stored");
            return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i));
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static void AssertSameExcept(Dictionary<string, object?> expected, Dictionary<string, object?> actual, params string[] differing)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (column, value) in expected)
        {
            if (differing.Contains(column)) Assert.NotEqual(value, actual[column]);
            else Assert.True(Equals(value, actual[column]), $"{column}: EF wrote {value ?? "NULL"}, bulk insert wrote {actual[column] ?? "NULL"}");
        }
    }

    [Fact]
    public async Task Bulk_rows_are_stored_column_for_column_as_EF_stores_them()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var t = commune.TenantId;
        var byEf = Procedure(t, "1.001193");
        var byBulk = Procedure(t, "1.001193.B");
        await using (var db = commune.Open())
        {
            db.Procedures.Add(byEf);
            await db.SaveChangesAsync();
            await BulkInsert.InsertAsync(db, [byBulk]);
            db.Dossiers.Add(Dossier(t, byEf.Id, "H31.50-260914-0001"));
            await db.SaveChangesAsync();
            await BulkInsert.InsertAsync(db, [Dossier(t, byBulk.Id, "H31.50-260914-0002"), Dossier(t, byBulk.Id, "H31.50-260914-0003")]);
        }

        await using var read = commune.Open();
        AssertSameExcept(await StoredAsync(read, "Procedures", "1.001193"), await StoredAsync(read, "Procedures", "1.001193.B"), "Id", "Code");
        var ef = await StoredAsync(read, "Dossiers", "H31.50-260914-0001");
        AssertSameExcept(ef, await StoredAsync(read, "Dossiers", "H31.50-260914-0002"), "Id", "Code", "ProcedureId");
        AssertSameExcept(ef, await StoredAsync(read, "Dossiers", "H31.50-260914-0003"), "Id", "Code", "ProcedureId");
        Assert.Equal("Online", ef["Channel"]);
    }

    [Fact]
    public async Task Bulk_rows_read_back_through_EF_with_their_values_and_kinds()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var procedure = Procedure(commune.TenantId, "1.000656");
        var written = Dossier(commune.TenantId, procedure.Id, "H31.50-260914-0010");
        await using (var db = commune.Open())
        {
            await BulkInsert.InsertAsync(db, [procedure]);
            await BulkInsert.InsertAsync(db, [written]);
        }

        await using var read = commune.Open();
        var p = await read.Procedures.AsNoTracking().SingleAsync();
        Assert.Equal((procedure.Id, "Đăng ký khai sinh", (int?)4, (int?)null, (decimal?)8_000m, true, ProcessingTime.Hours(4)),
            (p.Id, p.Name, p.ProcessingHours, p.ProcessingDays, p.Fee, p.PostalAllowed, p.ProcessingTime));
        var d = await read.Dossiers.AsNoTracking().SingleAsync();
        Assert.Equal((written.Id, written.ReceivedAt, DateTimeKind.Unspecified, DossierChannel.Online, (DateOnly?)new DateOnly(2026, 9, 18), (TimeOnly?)new TimeOnly(16, 45)),
            (d.Id, d.ReceivedAt, d.ReceivedAt.Kind, d.Channel, d.AppointmentDate, d.AppointmentTime));
        // The setter-derived search columns are stored too, so the counter finds a bulk-imported applicant.
        Assert.Equal(("Nguyễn Thị Hoà", "nguyen thi hoa", "0912345678", (DateTime?)null, (int?)2),
            (d.ApplicantName, d.ApplicantSearch, d.PhoneDigits, d.ReturnedAt, d.OnlinePaymentVia));
        Assert.Equal(d.Id, (await read.Dossiers.SingleAsync(x => x.ApplicantSearch == "nguyen thi hoa")).Id);
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "another commune", "Không được ghi dữ liệu của xã/phường khác." },
        { "no commune on the row", "Không được ghi dữ liệu của xã/phường khác." },
        { "read-only account", "Tài khoản chỉ có quyền xem dữ liệu của xã/phường này." },
        { "read-only province scope", "Phạm vi xem số liệu của tỉnh chỉ được đọc, không được ghi." },
        { "system without commune on the row", "Bản ghi chưa gắn với xã/phường nào." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task The_tenant_guard_refuses_and_writes_nothing(string situation, string message)
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var t = commune.TenantId;
        var (scope, row) = situation switch
        {
            "another commune" => (TenantContext.ForTenant(t, "test"), Procedure(Guid.NewGuid(), "X.1")),
            "no commune on the row" => (TenantContext.ForTenant(t, "test"), Procedure(Guid.Empty, "X.1")),
            "read-only account" => (TenantContext.ForTenant(t, "test", readOnly: true), Procedure(t, "X.1")),
            "read-only province scope" => (ReadOnlySystem(), Procedure(t, "X.1")),
            _ => (TenantContext.System("test"), Procedure(Guid.Empty, "X.1")),
        };

        await using (var db = Storage.CreateContext(commune.Options, scope, commune.Clock))
        {
            // One good row first: the guard looks at the whole batch before writing any of it.
            var e = await Assert.ThrowsAsync<TenantViolationException>(() => BulkInsert.InsertAsync(db, [Procedure(t, "X.0"), row]));
            Assert.Equal(message, e.Message);
        }

        await using var read = commune.OpenSystem();
        Assert.Equal(0, await read.Procedures.CountAsync());
    }

    private static TenantContext ReadOnlySystem()
    {
        var scope = new TenantContext();
        scope.UseSystemReadOnly("tỉnh");
        return scope;
    }

    [Fact]
    public async Task The_system_scope_may_write_rows_of_several_communes()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using var db = Storage.CreateContext(commune.Options, TenantContext.System("import"), commune.Clock);
        var other = new ReformDesk.Core.Organisation.Tenant { Code = "HP-VH", Name = "Phường Việt Hòa", Kind = ReformDesk.Core.Organisation.TenantKind.Commune };
        db.Tenants.Add(other);
        await db.SaveChangesAsync();
        await BulkInsert.InsertAsync(db, [Procedure(commune.TenantId, "A.1"), Procedure(other.Id, "B.1")]);
        Assert.Equal([("A.1", commune.TenantId), ("B.1", other.Id)],
            (await db.Procedures.OrderBy(p => p.Code).Select(p => new { p.Code, p.TenantId }).ToListAsync()).Select(p => (p.Code, p.TenantId)));
    }

    [Fact]
    public async Task Audit_entries_are_refused_and_an_empty_batch_writes_nothing()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using var db = commune.Open();
        var before = await db.AuditEntries.CountAsync();
        var entry = new AuditEntry { TenantId = commune.TenantId, Entity = "Dossier", EntityId = "x", Action = AuditAction.Create, AtUtc = Now.UtcDateTime };
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => BulkInsert.InsertAsync(db, [entry]));
        Assert.Equal("Audit entries go through SaveChanges, which links them into the audit chain.", e.Message);

        await BulkInsert.InsertAsync(db, Array.Empty<Procedure>());
        Assert.Equal(before, await db.AuditEntries.CountAsync());
        Assert.Equal(0, await db.Procedures.CountAsync());
    }

    [Fact]
    public async Task Bulk_rows_write_no_audit_entry_of_their_own_but_the_callers_batch_entry_joins_the_chain()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using var db = commune.Open();
        var before = await db.AuditEntries.CountAsync();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await BulkInsert.InsertAsync(db, [Procedure(commune.TenantId, "1.1"), Procedure(commune.TenantId, "1.2")]);
            db.AuditEntries.Add(new AuditEntry { Entity = "Procedure", EntityId = "2 thủ tục", Action = AuditAction.Create, AtUtc = Now.UtcDateTime, TenantId = commune.TenantId });
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }

        var entries = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal(before + 1, entries.Count);
        Assert.Equal(("2 thủ tục", (long?)entries.Count), (entries[^1].EntityId, entries[^1].Sequence));
        Assert.True(Assert.Single(await AuditChain.VerifyAsync(db, commune.TenantId)).Intact);
    }

    [Fact]
    public async Task A_batch_the_database_refuses_part_way_stores_none_of_its_rows_even_without_a_callers_transaction()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using var db = commune.Open();
        var twice = Procedure(commune.TenantId, "3.2");
        // The third row repeats the second's key: SQLite refuses it after two rows went in.
        await Assert.ThrowsAsync<SqliteException>(() => BulkInsert.InsertAsync(db, [Procedure(commune.TenantId, "3.1"), twice, twice]));

        Assert.Equal(0, await db.Procedures.CountAsync());
        await BulkInsert.InsertAsync(db, [Procedure(commune.TenantId, "3.1"), twice]);
        Assert.Equal(["3.1", "3.2"], await db.Procedures.OrderBy(p => p.Code).Select(p => p.Code).ToListAsync());
    }

    [Fact]
    public async Task Rows_written_in_the_callers_transaction_go_away_with_its_rollback()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using var db = commune.Open();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await BulkInsert.InsertAsync(db, [Procedure(commune.TenantId, "2.1")]);
            Assert.Equal(1, await db.Procedures.CountAsync());
            await tx.RollbackAsync();
        }

        Assert.Equal(0, await db.Procedures.CountAsync());
    }

    [Fact]
    public async Task A_session_raises_the_pragmas_and_puts_them_back_on_the_pooled_connection()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        // With pooling the same connection comes back, so what the session leaves behind would stay.
        var pooled = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = commune.Options.ConnectionString.Replace("Pooling=False", "Pooling=True", StringComparison.Ordinal) };
        try
        {
            await using var db = Storage.CreateContext(pooled, TenantContext.ForTenant(commune.TenantId, "test"), commune.Clock);
            var before = await PragmasAsync(db);
            await using (await BulkInsert.SessionAsync(db))
            {
                var during = await PragmasAsync(db);
                Assert.Equal(new long[] { -131072, 2, 1 }, during);
                await BulkInsert.InsertAsync(db, [Procedure(commune.TenantId, "3.1")]);
                Assert.Equal(ConnectionState.Open, db.Database.GetDbConnection().State);
            }

            Assert.Equal(ConnectionState.Closed, db.Database.GetDbConnection().State);
            Assert.Equal(before, await PragmasAsync(db));
            Assert.NotEqual(-131072L, before[0]);
            Assert.Equal(1, await db.Procedures.CountAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<long[]> PragmasAsync(ReformDeskDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            var values = new List<long>();
            foreach (var pragma in new[] { "cache_size", "temp_store", "synchronous" })
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = $"PRAGMA {pragma}";
                values.Add(Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
            }

            return [.. values];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
