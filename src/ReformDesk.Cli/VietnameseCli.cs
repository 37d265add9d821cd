using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ReformDesk.Cli;

/// <summary>
/// System.CommandLine ships no Vietnamese resources: its help and parse errors would be English. The help is written here
/// from the command tree, and each parse error is matched against the library's English templates and said in Vietnamese.
/// </summary>
public static partial class VietnameseCli
{
    public const string HelpDescription = "Hiện hướng dẫn sử dụng";

    public static void Localise(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = HelpDescription;
                help.Action = new HelpAction();
            }
            else if (option is VersionOption version)
            {
                version.Description = "Hiện phiên bản";
            }
        }
    }

    private sealed class HelpAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            WriteHelp(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
            return 0;
        }
    }

    public static bool IsHelp(ParseResult parse) => parse.Action is HelpAction;

    public static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c; s = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c is RootCommand ? "reformdesk" : c.Name);
        }

        return string.Join(' ', names);
    }

    private static IEnumerable<Option> VisibleOptions(Command command)
    {
        var inherited = new List<Option>();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            inherited.AddRange(parent.Options.Where(o => o.Recursive));
        }

        return command.Options.Concat(inherited).Where(o => !o.Hidden).DistinctBy(o => o.Name);
    }

    public static void WriteHelp(Command command, TextWriter output)
    {
        var path = CommandPath(command);
        output.WriteLine("Mô tả:");
        output.WriteLine("  " + command.Description);
        output.WriteLine();
        output.WriteLine("Cách dùng:");
        var usage = path + string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => $" <{a.Name}>"));
        output.WriteLine("  " + usage + (command.Subcommands.Count > 0 ? " [lệnh]" : "") + " [tùy chọn]");

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.Name}>", a.Description ?? "")).ToList();
        Section(output, "Tham số:", arguments);

        var options = VisibleOptions(command).Select(o =>
        {
            var names = string.Join(", ", o.Aliases.Where(a => a != o.Name && a.StartsWith('-')).OrderBy(a => a.Length).Append(o.Name));
            var flag = o.ValueType == typeof(bool) || o.Arity.MaximumNumberOfValues == 0;
            var value = flag ? "" : $" <{o.Name.TrimStart('-')}>";
            var text = o.Description ?? "";
            if (o.Required) text += " (bắt buộc)";
            if (o.HasDefaultValue && !flag && o.GetDefaultValue() is { } d) text += $" [mặc định: {Convert.ToString(d, CultureInfo.InvariantCulture)}]";
            return (names + value, text);
        }).ToList();
        Section(output, "Tùy chọn:", options);

        Section(output, "Lệnh:", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? "")).ToList());
    }

    private static void Section(TextWriter output, string title, IReadOnlyList<(string First, string Second)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(title);
        var width = rows.Max(r => r.First.Length) + 2;
        foreach (var (first, second) in rows)
        {
            output.WriteLine("  " + first.PadRight(width) + second);
        }
    }

    /// <summary>One parse error in Vietnamese; the option's or argument's own description says what is expected.</summary>
    public static string Translate(ParseError error, ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var message = error.Message;
        Match m;
        if ((m = OptionRequired().Match(message)).Success)
        {
            var option = VisibleOptions(command).FirstOrDefault(o => o.Name == m.Groups[1].Value || o.Aliases.Contains(m.Groups[1].Value));
            var hint = m.Groups[1].Value == "--commune" ? " Xem danh sách mã bằng lệnh: reformdesk tenants" : "";
            return $"Thiếu tùy chọn bắt buộc {m.Groups[1].Value}: {option?.Description ?? ""}.{hint}";
        }

        if ((m = CommandArgumentMissing().Match(message)).Success)
        {
            var argument = command.Arguments.FirstOrDefault();
            return argument is null
                ? $"Lệnh {CommandPath(command)} thiếu tham số."
                : $"Lệnh {CommandPath(command)} thiếu tham số <{argument.Name}>: {argument.Description}.";
        }

        if ((m = OptionArgumentMissing().Match(message)).Success) return $"Tùy chọn {m.Groups[1].Value} cần một giá trị.";
        if ((m = Unrecognized().Match(message)).Success) return $"Không hiểu lệnh hoặc tham số \"{m.Groups[1].Value}\".";
        if ((m = CannotParseOption().Match(message)).Success) return $"Giá trị \"{m.Groups[1].Value}\" của tùy chọn {m.Groups[2].Value} không hợp lệ: cần {TypeText(m.Groups[3].Value)}.";
        if ((m = CannotParseCommand().Match(message)).Success) return $"Giá trị \"{m.Groups[1].Value}\" không hợp lệ: cần {TypeText(m.Groups[3].Value)}.";
        if ((m = CannotParse().Match(message)).Success) return $"Giá trị \"{m.Groups[1].Value}\" không hợp lệ: cần {TypeText(m.Groups[2].Value)}.";
        if ((m = SingleArgument().Match(message)).Success) return $"Tùy chọn {m.Groups[1].Value} chỉ nhận một giá trị (đã nhập {m.Groups[2].Value}).";
        if ((m = NotOneOf().Match(message)).Success) return $"Giá trị \"{m.Groups[1].Value}\" không hợp lệ; chọn một trong:{m.Groups[2].Value}";
        if ((m = NotMatched().Match(message)).Success) return $"Không có lệnh \"{m.Groups[1].Value}\". Có phải ý bạn là:{m.Groups[2].Value}";
        if ((m = FileMissing().Match(message)).Success) return $"Không tìm thấy tệp hoặc thư mục \"{m.Groups[1].Value}\".";
        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal)) return $"Hãy chọn một lệnh của {CommandPath(command)}.";
        return "Lệnh không hợp lệ: " + message;
    }

    private static string TypeText(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "một số nguyên",
        "System.Decimal" or "System.Double" => "một số",
        "System.DateOnly" => "một ngày dạng yyyy-MM-dd",
        "System.DateTime" => "một thời điểm dạng yyyy-MM-dd HH:mm",
        "System.Boolean" => "true hoặc false",
        _ => "giá trị đúng kiểu",
    };

    [GeneratedRegex("^Option '(.+)' is required\\.")] private static partial Regex OptionRequired();
    [GeneratedRegex("^Required argument missing for command: '(.+)'\\.")] private static partial Regex CommandArgumentMissing();
    [GeneratedRegex("^Required argument missing for option: '(.+)'\\.")] private static partial Regex OptionArgumentMissing();
    [GeneratedRegex("^Unrecognized command or argument '(.*)'\\.")] private static partial Regex Unrecognized();
    [GeneratedRegex("^Cannot parse argument '(.*)' for option '(.+)' as expected type '(.+?)'\\.")] private static partial Regex CannotParseOption();
    [GeneratedRegex("^Cannot parse argument '(.*)' for command '(.+)' as expected type '(.+?)'\\.")] private static partial Regex CannotParseCommand();
    [GeneratedRegex("^Cannot parse argument '(.*)' as expected type '(.+?)'\\.")] private static partial Regex CannotParse();
    [GeneratedRegex("^Option '(.+)' expects a single argument but (\\d+) were provided\\.")] private static partial Regex SingleArgument();
    [GeneratedRegex("^Argument '(.*)' not recognized\\. Must be one of:(.*)", RegexOptions.Singleline)] private static partial Regex NotOneOf();
    [GeneratedRegex("^'(.*)' was not matched\\. Did you mean one of the following\\?(.*)", RegexOptions.Singleline)] private static partial Regex NotMatched();
    [GeneratedRegex("^(?:File|Directory|File or directory) does not exist: '(.+)'\\.")] private static partial Regex FileMissing();
}
