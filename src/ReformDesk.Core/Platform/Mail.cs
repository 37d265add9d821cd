using System.ComponentModel.DataAnnotations;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace ReformDesk.Core.Platform;

/// <summary>Bound from the "Smtp" section.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>Empty: reminders become in-app notices only.</summary>
    public string? Host { get; set; }

    [Range(1, 65535, ErrorMessage = "Smtp:Port phải từ 1 đến 65535.")]
    public int Port { get; set; } = 25;

    [Required(AllowEmptyStrings = false, ErrorMessage = "Smtp:From phải là một địa chỉ thư, ví dụ reformdesk@xa.gov.vn.")]
    [EmailAddress(ErrorMessage = "Smtp:From phải là một địa chỉ thư hợp lệ, ví dụ reformdesk@xa.gov.vn.")]
    public string From { get; set; } = "reformdesk@localhost";

    /// <summary>TLS: implicit on port 465, STARTTLS otherwise.</summary>
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

public interface IMailSender
{
    /// <summary>Sends one plain-text message; throws <see cref="MailSendException"/> when the server cannot take it.</summary>
    Task SendAsync(IReadOnlyList<string> to, string subject, string body, CancellationToken ct);
}

/// <summary>The mail server refused or could not be reached; the message says which server.</summary>
public sealed class MailSendException(string message, Exception inner) : Exception(message, inner);

/// <summary>Sends mail through MailKit; with no Smtp:Host set, sending does nothing (in-app notices only).</summary>
public sealed class SmtpMailSender(IOptions<SmtpOptions> smtpOptions) : IMailSender
{
    private readonly SmtpOptions options = smtpOptions.Value;

    public static MimeMessage Build(SmtpOptions options, IReadOnlyList<string> to, string subject, string body)
    {
        var message = new MimeMessage { Subject = subject };
        message.From.Add(new MailboxAddress("ReformDesk", options.From));
        message.To.AddRange(to.Select(MailboxAddress.Parse));
        var text = new TextPart(TextFormat.Plain);
        text.SetText(System.Text.Encoding.UTF8, body);
        message.Body = text;
        return message;
    }

    public async Task SendAsync(IReadOnlyList<string> to, string subject, string body, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(options.Host) || to.Count == 0)
        {
            return;
        }

        using var client = new SmtpClient();
        try
        {
            var message = Build(options, to, subject, body);
            var security = !options.EnableSsl ? SecureSocketOptions.None : options.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(options.Host, options.Port, security, ct);
            if (options.UserName is { Length: > 0 })
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", ct);
            }

            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception e) when (e is ParseException or IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.CommandException or AuthenticationException or SslHandshakeException)
        {
            throw new MailSendException($"Không gửi được thư qua máy chủ {options.Host}:{options.Port}: {e.Message}", e);
        }
    }
}
