using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.Dossiers.Import;

/// <summary>A supplement request as the portal's record gives it (DanhSachHoSoBoSung).</summary>
internal sealed record ParsedSupplement(DateTime RequestedAt, DateTime? SuppliedAt, string? Content, DateTime? AppointmentBefore, DateTime? AppointmentAfter);

/// <summary>The fields of a portal record that the CSV layout does not carry.</summary>
internal sealed record PortalExtras(bool RefusedAtIntake, bool VneidVerified, bool ElectronicResult, TimeOnly? AppointmentTime, int? OnlinePaymentVia,
    int? ApplicantKind, string? Email, string? Summary, string? HandlingUnit, string? ListsJson, string? FieldCode, IReadOnlyList<ParsedSupplement> Supplements)
{
    public string HashText() => string.Join('\u001e', new object?[]
    {
        RefusedAtIntake, VneidVerified, ElectronicResult, AppointmentTime?.Ticks, OnlinePaymentVia, ApplicantKind, Email, Summary, HandlingUnit, ListsJson, FieldCode,
        string.Join('\u001d', Supplements.Select(s => $"{s.RequestedAt.Ticks}|{s.SuppliedAt?.Ticks}|{s.Content}|{s.AppointmentBefore?.Ticks}|{s.AppointmentAfter?.Ticks}")),
    }.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
}

/// <summary>
/// The national portal's dossier sync record (service DongBoHoSoMC, domain.md §8): reading records one by one from the
/// upload's bytes (a bare array or <c>{"service": …, "data": [...]}</c>), mapping each to a dossier with errors naming
/// the record and the field, and writing records for the export.
/// </summary>
public static class PortalRecords
{
    public const string Service = "DongBoHoSoMC";
    public const string DateFormat = "yyyyMMddHHmmss";

    internal static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] ListNames = ["TaiLieuNop", "DanhSachLePhi", "DanhSachGiayToKetQua"];

    /// <summary>Each record of the file, parsed one at a time (the file is streamed, never held or decoded whole).</summary>
    /// <exception cref="UploadRefusedException">The file is not JSON, is cut short, or crosses a limit; the message names the record.</exception>
    public static IEnumerable<(int Number, JsonElement Record)> Read(SafeUpload upload)
    {
        foreach (var (number, record) in Slices(upload))
        {
            using var doc = Parse(record, number, upload.Limits);
            yield return (number, doc.RootElement);
        }
    }

    /// <summary>Each record's MaHoSo, as <see cref="Parse"/> will read it, without building the records (the import's first pass).</summary>
    /// <exception cref="UploadRefusedException">As <see cref="Read"/>.</exception>
    public static IEnumerable<(int Number, string Code)> ReadCodes(SafeUpload upload)
    {
        foreach (var (number, record) in Slices(upload))
        {
            yield return (number, CodeOf(record.Span, number, upload.Limits));
        }
    }

    private static string CodeOf(ReadOnlySpan<byte> record, int number, UploadOptions limits)
    {
        var code = "";
        try
        {
            var reader = new Utf8JsonReader(record, Options(limits));
            Next(ref reader, number);
            while (Next(ref reader, number) && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("MaHoSo");
                Next(ref reader, number);
                if (isCode && reader.TokenType == JsonTokenType.String) code = Clean(reader.GetString());
                else if (isCode && reader.TokenType == JsonTokenType.Number) code = Encoding.UTF8.GetString(reader.ValueSpan);
                else if (!reader.TrySkip()) throw new UploadRefusedException($"Bản ghi {UploadText.Number(number)}: tệp JSON bị cắt cụt ở bản ghi này.");
            }
        }
        catch (JsonException ex)
        {
            throw Refusal(ex, number, limits);
        }

        return code;
    }

    /// <summary>Largest record the reader's buffer grows to.</summary>
    private const int MaxRecordBytes = 64 * 1024 * 1024;

    /// <summary>
    /// Each record's bytes, read from the upload in chunks: a slice of a buffer that is reused once the next record is
    /// asked for. A UTF-16 or Windows-1258 file is decoded whole first, as every text upload is.
    /// </summary>
    private static IEnumerable<(int Number, ReadOnlyMemory<byte> Record)> Slices(SafeUpload upload)
    {
        var limits = upload.Limits;
        using var stream = Source(upload);
        var buffer = new byte[1 << 16];
        int pos = 0, end = 0, number = 0;
        var final = false;
        var started = false;
        var state = new JsonReaderState(Options(limits));
        while (true)
        {
            int start = 0, length = 0, at = number;
            bool more = false, done = false;
            try
            {
                var reader = new Utf8JsonReader(buffer.AsSpan(pos, end - pos), final, state);
                if (!started)
                {
                    if (OpenArray(ref reader, final))
                    {
                        started = true;
                        state = reader.CurrentState;
                        pos += (int)reader.BytesConsumed;
                    }
                    else
                    {
                        more = true;
                    }
                }
                else if (!reader.Read())
                {
                    if (final) throw new UploadRefusedException("Tệp JSON bị cắt cụt (thiếu phần kết thúc).");
                    more = true;
                }
                else if (reader.TokenType == JsonTokenType.EndArray)
                {
                    done = true;
                }
                else
                {
                    at = number + 1;
                    SafeSpreadsheet.CheckRows(at, limits);
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw new UploadRefusedException($"Bản ghi {UploadText.Number(at)}: không phải một đối tượng JSON.");
                    }

                    start = pos + (int)reader.TokenStartIndex;
                    if (!reader.TrySkip())
                    {
                        if (final) throw new UploadRefusedException($"Bản ghi {UploadText.Number(at)}: tệp JSON bị cắt cụt ở bản ghi này.");
                        more = true;
                    }
                    else
                    {
                        length = pos + (int)reader.BytesConsumed - start;
                        state = reader.CurrentState;
                        pos += (int)reader.BytesConsumed;
                    }
                }
            }
            catch (JsonException ex)
            {
                throw Refusal(ex, at, limits);
            }

            if (done) yield break;
            if (more)
            {
                final = Fill(stream, ref buffer, ref pos, ref end, at);
                continue;
            }

            if (length == 0) continue; // the array was just opened
            number = at;
            yield return (number, buffer.AsMemory(start, length));
        }
    }

    /// <summary>Moves the unread bytes to the front (growing the buffer when a record fills it) and reads more; true at the end of the file.</summary>
    private static bool Fill(Stream stream, ref byte[] buffer, ref int pos, ref int end, int number)
    {
        if (pos > 0)
        {
            Buffer.BlockCopy(buffer, pos, buffer, 0, end - pos);
            end -= pos;
            pos = 0;
        }

        if (end == buffer.Length)
        {
            if (buffer.Length >= MaxRecordBytes)
            {
                throw new UploadRefusedException($"Bản ghi {UploadText.Number(Math.Max(1, number))}: dài hơn {UploadText.Number(MaxRecordBytes / (1024 * 1024))} MB (giới hạn một bản ghi).");
            }

            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        end += read;
        return read == 0;
    }

    private static Stream Source(SafeUpload upload)
    {
        if (upload.Utf8Start is not { } start) return new MemoryStream(Encoding.UTF8.GetBytes(upload.Text), writable: false);
        var stream = upload.OpenRead();
        stream.Seek(start, SeekOrigin.Begin);
        return stream;
    }

    private static bool Next(ref Utf8JsonReader reader, int number) =>
        reader.Read() ? true : throw new UploadRefusedException($"Bản ghi {UploadText.Number(number)}: tệp JSON bị cắt cụt ở bản ghi này.");

    private static UploadRefusedException Refusal(JsonException ex, int number, UploadOptions limits) => new(
        ex.Message.Contains("maximum configured depth", StringComparison.Ordinal)
            ? $"Bản ghi {UploadText.Number(number)}: lồng nhau quá {UploadText.Number(limits.MaxJsonDepth)} cấp (giới hạn)."
            : number == 0 ? "Tệp JSON sai cú pháp ở phần đầu tệp." : $"Tệp JSON sai cú pháp ở bản ghi {UploadText.Number(number)}.");

    private static JsonReaderOptions Options(UploadOptions limits) =>
        new() { MaxDepth = limits.MaxJsonDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static JsonDocument Parse(ReadOnlyMemory<byte> record, int number, UploadOptions limits)
    {
        try
        {
            return JsonDocument.Parse(record, new JsonDocumentOptions { MaxDepth = limits.MaxJsonDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            throw new UploadRefusedException($"Tệp JSON sai cú pháp ở bản ghi {UploadText.Number(number)}.");
        }
    }

    /// <summary>Moves to the first record: past '[' of a bare array, or to the "data" array of the sync body. False: more bytes are needed.</summary>
    private static bool OpenArray(ref Utf8JsonReader reader, bool final)
    {
        if (!reader.Read()) return final ? throw new UploadRefusedException("Tệp JSON trống.") : false;
        if (reader.TokenType == JsonTokenType.StartArray) return true;
        if (reader.TokenType != JsonTokenType.StartObject) throw new UploadRefusedException("Tệp JSON phải là một mảng hồ sơ hoặc có mảng \"data\".");
        while (true)
        {
            if (!reader.Read())
            {
                if (final) break;
                return false;
            }

            if (reader.TokenType != JsonTokenType.PropertyName) break;
            var isData = reader.ValueTextEquals("data");
            if (!reader.Read())
            {
                if (final) break;
                return false;
            }

            if (isData && reader.TokenType == JsonTokenType.StartArray) return true;
            if (!reader.TrySkip())
            {
                if (final) break;
                return false;
            }
        }

        throw new UploadRefusedException("Tệp JSON không có mảng hồ sơ (\"data\": [...]).");
    }

    /// <summary>Maps one record; every problem is added to <paramref name="problems"/> as "Bản ghi N: 'Trường' …". Null when the record has an error.</summary>
    internal static ParsedDossier? Parse(int number, JsonElement r, Action<ImportProblem> problems, out bool notReceived)
    {
        notReceived = false;
        var errors = 0;
        void Fail(string field, string what)
        {
            errors++;
            problems(new ImportProblem(number, field, $"Bản ghi {number}: '{field}' {what}", ProblemSeverity.Error));
        }

        if (r.ValueKind != JsonValueKind.Object)
        {
            Fail("MaHoSo", "— bản ghi không phải một đối tượng JSON.");
            return null;
        }

        var wrongType = new HashSet<string>(StringComparer.Ordinal);
        string Text(JsonElement parent, string name, string label)
        {
            if (!parent.TryGetProperty(name, out var v)) return "";
            switch (v.ValueKind)
            {
                case JsonValueKind.String: return Clean(v.GetString());
                case JsonValueKind.Number: return v.GetRawText();
                case JsonValueKind.Null: return "";
                default:
                    // Said once per field: a field of the wrong type is neither reported again nor also "bị bỏ trống".
                    if (wrongType.Add(label)) Fail(label, "phải là chuỗi hoặc số.");
                    return "";
            }
        }

        void Empty(string label)
        {
            if (!wrongType.Contains(label)) Fail(label, "bị bỏ trống.");
        }

        string Str(string name) => Text(r, name, name);

        int? Code(string name, params int[] allowed)
        {
            var text = Str(name);
            if (text.Length == 0) return null;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && allowed.Contains(v)) return v;
            Fail(name, $"phải là một trong {string.Join(", ", allowed)} (giá trị \"{Shorten(text)}\").");
            return null;
        }

        DateTime? Moment(JsonElement parent, string name, string label, bool required = false)
        {
            var text = Text(parent, name, label);
            if (text.Length == 0)
            {
                if (required) Empty(label);
                return null;
            }

            if (TryParseMoment(text, out var value)) return value;
            Fail(label, $"không đúng dạng {DateFormat} (giá trị \"{Shorten(text)}\").");
            return null;
        }

        var code = Str("MaHoSo");
        if (code.Length == 0) Empty("MaHoSo");
        else if (code.Length > 60) Fail("MaHoSo", "dài quá 60 ký tự.");
        var procedureCode = Str("MaTTHC");
        if (procedureCode.Length == 0) Empty("MaTTHC");
        else if (procedureCode.Length > 60) Fail("MaTTHC", "dài quá 60 ký tự.");
        var fieldCode = Str("MaLinhVuc");
        if (fieldCode.Length > 60) Fail("MaLinhVuc", "dài quá 60 ký tự.");

        var status = Code("TrangThaiHoSo", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        if (status is null && Str("TrangThaiHoSo").Length == 0) Empty("TrangThaiHoSo");
        if (status == 1)
        {
            // Registered online but not yet received: not a dossier of the commune yet (the portal leaves it out of 2.1 too).
            notReceived = true;
            problems(new ImportProblem(number, "TrangThaiHoSo", $"Bản ghi {number}: hồ sơ '{code}' mới đăng ký trực tuyến, chưa được tiếp nhận (trạng thái 1); bỏ qua.", ProblemSeverity.Warning));
            return null;
        }

        var received = Moment(r, "NgayTiepNhan", "NgayTiepNhan", required: true);
        var appointment = Moment(r, "NgayHenTra", "NgayHenTra");
        var ended = Moment(r, "NgayKetThucXuLy", "NgayKetThucXuLy");
        var returnedText = Moment(r, "NgayTra", "NgayTra");
        DateTime? processed = null, returned = null, rejected = null, withdrawn = null;
        switch (status)
        {
            case 3:
                rejected = ended ?? received;
                break;
            case 7:
                withdrawn = ended;
                if (ended is null) Fail("NgayKetThucXuLy", "bị bỏ trống nhưng hồ sơ đã rút (trạng thái 7) cần ngày kết thúc.");
                break;
            case 8:
                rejected = ended;
                if (ended is null) Fail("NgayKetThucXuLy", "bị bỏ trống nhưng hồ sơ dừng xử lý (trạng thái 8) cần ngày kết thúc.");
                break;
            case 9:
                processed = ended;
                if (ended is null) Fail("NgayKetThucXuLy", "bị bỏ trống nhưng hồ sơ đã xử lý xong (trạng thái 9) cần ngày kết thúc xử lý.");
                break;
            case 10:
                processed = ended;
                returned = returnedText ?? ended;
                if (returned is null) Fail("NgayTra", "bị bỏ trống nhưng hồ sơ đã trả kết quả (trạng thái 10) cần ngày trả.");
                break;
        }

        var channelCode = Code("KenhThucHien", 1, 2, 3);
        if (channelCode is null && Str("KenhThucHien").Length == 0) Empty("KenhThucHien");
        var channel = channelCode switch { 2 => DossierChannel.Online, 3 => DossierChannel.Postal, _ => DossierChannel.Counter };
        var paidVia = Code("DuocThanhToanTrucTuyen", 0, 1, 2) is { } via and > 0 ? via : (int?)null;
        var digitised = Code("HoSoCoThanhPhanSoHoa", 0, 1) == 1;
        var vneid = Code("TaiKhoanDuocXacThucVoiVNeID", 0, 1) == 1;
        var applicantKind = Code("LoaiDoiTuong", 1, 2);
        var phone = Str("SoDienThoai");
        if (phone.Length > 20) Fail("SoDienThoai", "dài quá 20 ký tự.");
        var email = Str("Email");
        if (email.Length > 200) Fail("Email", "dài quá 200 ký tự.");

        // Lists: each must be an array of objects.
        IEnumerable<(int Index, JsonElement Item)> Items(string name)
        {
            if (!r.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null || (list.ValueKind == JsonValueKind.String && list.GetString() is "")) return [];
            if (list.ValueKind != JsonValueKind.Array)
            {
                Fail(name, "phải là một mảng.");
                return [];
            }

            var items = new List<(int, JsonElement)>();
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                i++;
                if (item.ValueKind != JsonValueKind.Object) Fail($"{name}[{i}]", "phải là một đối tượng.");
                else items.Add((i, item));
            }

            return items;
        }

        var supplements = new List<ParsedSupplement>();
        foreach (var (i, s) in Items("DanhSachHoSoBoSung"))
        {
            var label = $"DanhSachHoSoBoSung[{i}]";
            var requested = Moment(s, "NgayBoSung", label + ".NgayBoSung", required: true);
            var supplied = Moment(s, "NgayTiepNhanBoSung", label + ".NgayTiepNhanBoSung");
            var before = Moment(s, "NgayHenTraTruoc", label + ".NgayHenTraTruoc");
            var after = Moment(s, "NgayHenTraMoi", label + ".NgayHenTraMoi");
            var content = Limit(Text(s, "NoiDungBoSung", label + ".NoiDungBoSung"), 1000);
            if (requested is { } q && received is { } rc && q < rc) Fail(label + ".NgayBoSung", $"({q:dd/MM/yyyy HH:mm}) sớm hơn 'NgayTiepNhan' ({rc:dd/MM/yyyy HH:mm}).");
            if (requested is { } q2 && supplied is { } sp && sp < q2) Fail(label + ".NgayTiepNhanBoSung", $"({sp:dd/MM/yyyy HH:mm}) sớm hơn 'NgayBoSung' ({q2:dd/MM/yyyy HH:mm}).");
            if (requested is { } rq) supplements.Add(new ParsedSupplement(rq, supplied, NullIfEmpty(content), before, after));
        }

        decimal? fee = null;
        foreach (var (i, f) in Items("DanhSachLePhi"))
        {
            var text = Text(f, "Gia", $"DanhSachLePhi[{i}].Gia");
            if (text.Length == 0) continue;
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0) fee = (fee ?? 0) + amount;
            else Fail($"DanhSachLePhi[{i}].Gia", $"không phải số tiền (giá trị \"{Shorten(text)}\").");
        }

        var electronicResult = false;
        foreach (var (i, x) in Items("DanhSachGiayToKetQua"))
        {
            electronicResult |= Text(x, "DuongDanTepTinKetQua", $"DanhSachGiayToKetQua[{i}].DuongDanTepTinKetQua").Length > 0;
        }

        _ = Items("TaiLieuNop").Count();
        var lists = ListsJson(r);
        if (lists?.Length > 20000) Fail("TaiLieuNop", "— các danh sách tài liệu, lệ phí và kết quả của bản ghi dài quá 20.000 ký tự.");

        if (received is { } rcv)
        {
            void NotBefore(DateTime? t, string field)
            {
                if (t is { } v && v < rcv) Fail(field, $"({v:dd/MM/yyyy HH:mm}) sớm hơn 'NgayTiepNhan' ({rcv:dd/MM/yyyy HH:mm}).");
            }

            NotBefore(ended, "NgayKetThucXuLy");
            NotBefore(returned, "NgayTra");
            if (appointment is { } ap && DateOnly.FromDateTime(ap) < DateOnly.FromDateTime(rcv)) Fail("NgayHenTra", "sớm hơn 'NgayTiepNhan'.");
        }

        // Read before the error check: a list or an object in one of these fields is an error of the record too.
        var procedureName = Str("TenTTHC");
        var fieldName = Str("TenLinhVuc");
        var summary = Str("TrichYeuHoSo");
        var handlingUnit = Str("DonViXuLy");
        var applicant = Str("ChuHoSo");
        if (errors > 0 || received is null) return null;
        var time = appointment is { } a && a.TimeOfDay != TimeSpan.Zero ? TimeOnly.FromDateTime(a) : (TimeOnly?)null;
        var extras = new PortalExtras(status == 3, vneid, electronicResult, time, paidVia, applicantKind, NullIfEmpty(email), NullIfEmpty(Limit(summary, 1000)),
            NullIfEmpty(Limit(handlingUnit, 200)), lists, NullIfEmpty(fieldCode), supplements);
        return new ParsedDossier(number, code, procedureCode, NullIfEmpty(Limit(procedureName, 500)), NullIfEmpty(Limit(fieldName, 200)), null, fee,
            received.Value, appointment is { } ad ? DateOnly.FromDateTime(ad) : null, processed, returned, rejected, withdrawn, channel, digitised,
            FullyOnline: channel == DossierChannel.Online, PaidOnline: paidVia is not null, supplements.Count, null, null,
            Visits: channel == DossierChannel.Counter ? 1 : 0, NullIfEmpty(Limit(applicant, 200)), NullIfEmpty(phone), extras);
    }

    /// <summary>TaiLieuNop, DanhSachLePhi and DanhSachGiayToKetQua as compact JSON (null when all are empty).</summary>
    private static string? ListsJson(JsonElement r)
    {
        var kept = new Dictionary<string, JsonElement>();
        foreach (var name in ListNames)
        {
            if (r.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0) kept[name] = list;
        }

        return kept.Count == 0 ? null : JsonSerializer.Serialize(kept, Json);
    }

    public static bool TryParseMoment(string text, out DateTime value)
    {
        if (DateTime.TryParseExact(text.Trim(), [DateFormat, "yyyyMMddHHmm", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value) && value.Year is >= 1990 and <= 2100)
        {
            value = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
            return true;
        }

        return false;
    }

    public static string Moment(DateTime? value) => value?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "";

    /// <summary>The portal status of a stored dossier (the inverse of the import's mapping).</summary>
    public static int StatusOf(Dossier d, IReadOnlyList<DossierSupplement> supplements) =>
        d.RefusedAtIntake && d.RejectedAt is not null ? 3
        : d.WithdrawnAt is not null ? 7
        : d.RejectedAt is not null ? 8
        : d.ReturnedAt is not null ? 10
        : d.ProcessedAt is not null ? 9
        : supplements.Any(s => s.SuppliedAt is null) ? 5
        : 4;

    /// <summary>Writes one dossier as a portal record.</summary>
    public static void Write(Utf8JsonWriter w, Dossier d, Procedure p, IReadOnlyList<DossierSupplement> supplements)
    {
        var status = StatusOf(d, supplements);
        var end = status switch { 3 or 8 => d.RejectedAt, 7 => d.WithdrawnAt, 9 or 10 => d.ProcessedAt, _ => null };
        w.WriteStartObject();
        w.WriteString("MaHoSo", d.Code);
        w.WriteString("MaTTHC", p.Code);
        w.WriteString("TenTTHC", p.Name);
        w.WriteString("MaLinhVuc", p.FieldCode ?? "");
        w.WriteString("TenLinhVuc", p.Field ?? "");
        w.WriteString("ChuHoSo", d.ApplicantName ?? "");
        if (d.ApplicantKind is { } kind) w.WriteNumber("LoaiDoiTuong", kind);
        else w.WriteString("LoaiDoiTuong", "");
        w.WriteString("SoDienThoai", d.ApplicantPhone ?? "");
        w.WriteString("Email", d.ApplicantEmail ?? "");
        w.WriteString("TrichYeuHoSo", d.Summary ?? "");
        w.WriteString("NgayTiepNhan", Moment(d.ReceivedAt));
        w.WriteString("NgayHenTra", Moment(d.AppointmentDate?.ToDateTime(d.AppointmentTime ?? TimeOnly.MinValue)));
        w.WriteNumber("TrangThaiHoSo", status);
        w.WriteString("NgayKetThucXuLy", Moment(end));
        w.WriteString("NgayTra", Moment(status == 10 ? d.ReturnedAt : null));
        w.WriteNumber("KenhThucHien", d.Channel switch { DossierChannel.Online => 2, DossierChannel.Postal => 3, _ => 1 });
        w.WriteString("DonViXuLy", d.HandlingUnitName ?? "");
        w.WriteNumber("DuocThanhToanTrucTuyen", d.PaidOnline ? d.OnlinePaymentVia ?? 1 : 0);
        w.WriteNumber("HoSoCoThanhPhanSoHoa", d.Digitised ? 1 : 0);
        w.WriteNumber("TaiKhoanDuocXacThucVoiVNeID", d.VneidVerified ? 1 : 0);
        using var lists = d.PortalListsJson is { } json ? JsonDocument.Parse(json) : null;
        foreach (var name in ListNames)
        {
            w.WritePropertyName(name);
            if (lists is not null && lists.RootElement.TryGetProperty(name, out var list)) list.WriteTo(w);
            else
            {
                w.WriteStartArray();
                w.WriteEndArray();
            }
        }

        w.WriteStartArray("DanhSachHoSoBoSung");
        foreach (var s in supplements.OrderBy(s => s.RequestedAt))
        {
            w.WriteStartObject();
            w.WriteString("NoiDungBoSung", s.Content ?? "");
            w.WriteString("NgayBoSung", Moment(s.RequestedAt));
            w.WriteString("NgayTiepNhanBoSung", Moment(s.SuppliedAt));
            w.WriteString("NgayHenTraTruoc", Moment(s.AppointmentBefore));
            w.WriteString("NgayHenTraMoi", Moment(s.AppointmentAfter));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Clean(string? s)
    {
        s = (s ?? "").Trim();
        try
        {
            return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return s;
        }
    }

    private static string Limit(string s, int max) => s.Length <= max ? s : s[..max];

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..39] + "…";
}
