using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using MimeKit;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

public class MailTests
{
    private const string Subject = "[Quá hạn] Nhiệm vụ I.3 đã quá hạn 05/03/2026";
    private const string Body = "Rà soát, đơn giản hóa thủ tục hành chính\nĐơn vị chủ trì: Văn phòng HĐND và UBND\n\nXem chi tiết: /Plans/Task/1";

    [Fact]
    public void The_message_carries_sender_recipients_subject_and_a_UTF8_Vietnamese_body()
    {
        var options = new SmtpOptions { From = "cchc@trunghung.gov.vn" };
        using var message = SmtpMailSender.Build(options, ["chutich@trunghung.gov.vn", "vanphong@trunghung.gov.vn"], Subject, Body);

        Assert.Equal("cchc@trunghung.gov.vn", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal(["chutich@trunghung.gov.vn", "vanphong@trunghung.gov.vn"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(Subject, message.Subject);
        var text = Assert.IsType<TextPart>(message.Body);
        Assert.Equal("utf-8", text.ContentType.Charset, ignoreCase: true);
        Assert.Equal(Body, text.Text);

        // What goes on the wire reads back the same: subject and body survive encoding.
        using var wire = new MemoryStream();
        message.WriteTo(wire);
        wire.Position = 0;
        using var read = MimeMessage.Load(wire);
        Assert.Equal(Subject, read.Subject);
        Assert.Equal(Body, read.TextBody?.TrimEnd('\r', '\n'));
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_is_reported_naming_it()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var sender = new SmtpMailSender(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = closedPort }));
        var ex = await Assert.ThrowsAsync<MailSendException>(() => sender.SendAsync(["chutich@trunghung.gov.vn"], Subject, Body, CancellationToken.None));
        Assert.StartsWith($"Không gửi được thư qua máy chủ 127.0.0.1:{closedPort}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_host_nothing_is_sent_and_nothing_fails()
    {
        var sender = new SmtpMailSender(Options.Create(new SmtpOptions()));
        await sender.SendAsync(["chutich@trunghung.gov.vn"], Subject, Body, CancellationToken.None);
    }

    [Theory]
    [InlineData(25, "cchc@trunghung.gov.vn", null)]
    [InlineData(65535, "reformdesk@localhost", null)]
    [InlineData(0, "cchc@trunghung.gov.vn", "Smtp:Port phải từ 1 đến 65535.")]
    [InlineData(65536, "cchc@trunghung.gov.vn", "Smtp:Port phải từ 1 đến 65535.")]
    [InlineData(587, "", "Smtp:From phải là một địa chỉ thư, ví dụ reformdesk@xa.gov.vn.")]
    [InlineData(587, "cchc.trunghung.gov.vn", "Smtp:From phải là một địa chỉ thư hợp lệ, ví dụ reformdesk@xa.gov.vn.")]
    public void The_settings_are_refused_with_a_vietnamese_message_naming_the_key(int port, string from, string? message)
    {
        var options = new SmtpOptions { Host = "mail.trunghung.gov.vn", Port = port, From = from };
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true);
        Assert.Equal(message is null ? [] : [message], errors.Select(e => e.ErrorMessage));
    }
}
