using Microsoft.Data.Sqlite;
using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Features.Accounts;

/// <summary>What a fresh production install (no demo, no account) prints at start: the exact commands that create the first administrator.</summary>
public static class FirstAccountHelp
{
    public static string Text(bool hasTenants, DatabaseOptions database)
    {
        // The CLI must open this very database, wherever it is started from.
        var target = database.Provider == DatabaseProvider.Sqlite
            ? $" --connection \"Data Source={Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource)}\""
            : " --provider Postgres --connection \"<chuỗi kết nối như Database__ConnectionString của ứng dụng web>\"";
        var cli = "dotnet run --project src/ReformDesk.Cli --";
        var lines = new List<string>
        {
            "Chưa có tài khoản nào (Demo:Enabled=false). Tạo quản trị viên hệ thống đầu tiên bằng lệnh"
                + (hasTenants ? ":" : " (thay mã HP và tên bằng tỉnh, thành phố của mình):"),
        };
        if (!hasTenants)
        {
            lines.Add($"  {cli} tenants add HP \"Thành phố Hải Phòng\" --kind Province{target}");
        }

        lines.Add($"  {cli} users add admin --role Admin --full-name \"Quản trị hệ thống\"{(hasTenants ? "" : " --tenant HP")}{target}");
        lines.Add("Lệnh in ra mật khẩu một lần; đăng nhập bằng mật khẩu đó và đặt mật khẩu mới. Muốn xem dữ liệu minh họa: Demo__Enabled=true.");
        return string.Join(Environment.NewLine, lines);
    }
}
