using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

public sealed class OperationResultTests
{
    [Fact]
    public void Ok_carries_the_value_and_no_failure()
    {
        var ok = OperationResult<int>.Ok(7);
        Assert.True(ok.Succeeded);
        Assert.Equal(FailureKind.None, ok.Failure);
        Assert.Equal(7, ok.Value);
        Assert.Empty(ok.Errors);
        Assert.Equal("", ok.Message);
    }

    [Fact]
    public void Each_factory_gives_its_kind_and_keeps_the_Vietnamese_message()
    {
        var cases = new (OperationResult<int> Result, FailureKind Kind)[]
        {
            (OperationResult<int>.NotFound("Không tìm thấy báo cáo."), FailureKind.NotFound),
            (OperationResult<int>.Forbidden("Tài khoản không có quyền duyệt báo cáo."), FailureKind.Forbidden),
            (OperationResult<int>.Conflict("Báo cáo đã được duyệt."), FailureKind.Conflict),
        };

        foreach (var (result, kind) in cases)
        {
            Assert.False(result.Succeeded);
            Assert.Equal(kind, result.Failure);
            Assert.Equal(default, result.Value);
            // A failure of no field is page-level: its one message sits under the general key.
            var (key, message) = Assert.Single(result.Errors);
            Assert.Equal(OperationResult<int>.General, key);
            Assert.Equal(result.Message, message);
        }

        Assert.Equal("Không tìm thấy báo cáo.", cases[0].Result.Message);
    }

    [Fact]
    public void Invalid_names_its_fields()
    {
        var one = OperationResult<string>.Invalid("Year", "Năm phải từ 2000 đến 2100.");
        Assert.Equal(FailureKind.Invalid, one.Failure);
        Assert.Equal("Năm phải từ 2000 đến 2100.", one.Errors["Year"]);

        var many = OperationResult<string>.Invalid(new Dictionary<string, string>
        {
            ["Title"] = "Hãy nhập tên phong trào.",
            ["EndYear"] = "Năm kết thúc trước năm bắt đầu.",
        });
        Assert.Equal(FailureKind.Invalid, many.Failure);
        Assert.Equal(["EndYear", "Title"], many.Errors.Keys.Order());
        Assert.Equal("Hãy nhập tên phong trào. Năm kết thúc trước năm bắt đầu.", many.Message);
    }

    [Fact]
    public void Invalid_copies_the_dictionary_so_later_changes_to_it_do_not_leak_in()
    {
        var errors = new Dictionary<string, string> { ["Title"] = "Hãy nhập tên." };
        var result = OperationResult<int>.Invalid(errors);
        errors["Other"] = "thêm sau";
        Assert.Single(result.Errors);
    }

    [Fact]
    public void Invalid_without_a_message_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => OperationResult<int>.Invalid(new Dictionary<string, string>()));
    }

    [Theory]
    [InlineData(FailureKind.NotFound)]
    [InlineData(FailureKind.Forbidden)]
    [InlineData(FailureKind.Invalid)]
    [InlineData(FailureKind.Conflict)]
    public void As_carries_kind_and_messages_to_another_result_type(FailureKind kind)
    {
        OperationResult<int> failed = kind switch
        {
            FailureKind.NotFound => OperationResult<int>.NotFound("Không tìm thấy."),
            FailureKind.Forbidden => OperationResult<int>.Forbidden("Không được phép."),
            FailureKind.Invalid => OperationResult<int>.Invalid("Reason", "Hãy ghi lý do."),
            _ => OperationResult<int>.Conflict("Đã xử lý."),
        };

        var carried = failed.As<string>();
        Assert.Equal(kind, carried.Failure);
        Assert.Null(carried.Value);
        Assert.Equal(failed.Errors, carried.Errors);
    }

    [Fact]
    public void A_success_cannot_be_carried_as_a_failure()
    {
        Assert.Throws<InvalidOperationException>(() => OperationResult<int>.Ok(1).As<string>());
    }
}
