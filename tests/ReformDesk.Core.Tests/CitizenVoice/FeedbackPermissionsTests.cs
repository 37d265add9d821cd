using ReformDesk.Core.Accounts;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Platform;
using Xunit;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>Every role × every action, and who reads the citizen's personal data, written out by hand.</summary>
public sealed class FeedbackPermissionsTests
{
    private static readonly Guid Unit = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid OtherUnit = Guid.Parse("00000000-0000-0000-0000-0000000000b2");

    private static readonly string[] AllRoles =
    [
        Roles.SystemAdmin, Roles.ProvinceOfficer, Roles.Chairman, Roles.ReformSecretariat, Roles.DepartmentHead, Roles.Officer,
        Roles.OneStopShopStaff, Roles.CouncilMember, Roles.Supervisor, Roles.CommuneAdmin, Roles.ProvinceAdmin,
    ];

    private static readonly FeedbackAction[] Leaders =
    [
        FeedbackAction.Accept, FeedbackAction.Refuse, FeedbackAction.AskInfo, FeedbackAction.Assign, FeedbackAction.TransferOut,
        FeedbackAction.SaveDraft, FeedbackAction.ReturnDraft, FeedbackAction.Approve, FeedbackAction.Publish,
    ];

    /// <summary>What each role may do on a matter held by its own unit (department heads and officers sit in <see cref="Unit"/>).</summary>
    private static readonly Dictionary<string, FeedbackAction[]> MayDo = new()
    {
        [Roles.SystemAdmin] = Leaders,
        [Roles.Chairman] = Leaders,
        [Roles.ReformSecretariat] = Leaders,
        [Roles.DepartmentHead] = [FeedbackAction.AskInfo, FeedbackAction.SaveDraft],
        [Roles.Officer] = [FeedbackAction.AskInfo, FeedbackAction.SaveDraft],
    };

    public static IEnumerable<object[]> EveryRoleAndAction() =>
        from r in AllRoles from a in Enum.GetValues<FeedbackAction>() select new object[] { r, a };

    private static Actor As(string role, Guid? unit = null, bool readOnly = false) =>
        new(Guid.NewGuid(), "Người dùng thử", [role], unit ?? (role is Roles.DepartmentHead or Roles.Officer ? Unit : null), readOnly);

    private static Feedback HeldBy(Guid unit)
    {
        var f = FeedbackLifecycleTests.InStatus(FeedbackStatus.Received);
        Assert.True(f.Assign(unit, "Phòng Kinh tế", null, new FeedbackActor("tester", f.SubmittedAtUtc.AddHours(3))).Succeeded);
        return f;
    }

    [Theory]
    [MemberData(nameof(EveryRoleAndAction))]
    public void Each_role_may_do_exactly_the_listed_actions(string role, FeedbackAction action)
    {
        var expected = MayDo.TryGetValue(role, out var actions) && actions.Contains(action);
        Assert.Equal(expected, FeedbackPermissions.CanAct(As(role), HeldBy(Unit), action));
    }

    [Theory]
    [MemberData(nameof(EveryRoleAndAction))]
    public void A_read_only_commune_may_do_nothing(string role, FeedbackAction action) =>
        Assert.False(FeedbackPermissions.CanAct(As(role, readOnly: true), HeldBy(Unit), action));

    [Theory]
    [InlineData(FeedbackAction.AskInfo)]
    [InlineData(FeedbackAction.SaveDraft)]
    public void Unit_staff_act_only_on_their_own_units_matters(FeedbackAction action)
    {
        Assert.False(FeedbackPermissions.CanAct(As(Roles.DepartmentHead, OtherUnit), HeldBy(Unit), action));
        Assert.False(FeedbackPermissions.CanAct(As(Roles.Officer, OtherUnit), HeldBy(Unit), action));
        Assert.False(FeedbackPermissions.CanAct(As(Roles.Officer, Guid.Empty), FeedbackLifecycleTests.InStatus(FeedbackStatus.Waiting), action));
    }

    [Theory]
    //            role                     reads  all    matter personal data
    [InlineData(Roles.SystemAdmin,         true,  true,  true,  true)]
    [InlineData(Roles.ProvinceOfficer,     true,  true,  true,  false)]
    [InlineData(Roles.Chairman,            true,  true,  true,  true)]
    [InlineData(Roles.ReformSecretariat,   true,  true,  true,  true)]
    [InlineData(Roles.DepartmentHead,      true,  false, true,  true)]
    [InlineData(Roles.Officer,             true,  false, true,  true)]
    [InlineData(Roles.OneStopShopStaff,    true,  false, true,  false)]
    [InlineData(Roles.CouncilMember,       false, false, false, false)]
    [InlineData(Roles.Supervisor,          true,  true,  true,  false)]
    [InlineData(Roles.CommuneAdmin,        false, false, false, false)]
    [InlineData(Roles.ProvinceAdmin,       false, false, false, false)]
    public void Who_reads_what(string role, bool reads, bool seesAll, bool seesMatter, bool seesPersonalData)
    {
        var actor = As(role);
        var f = HeldBy(Unit);
        Assert.Equal(reads, FeedbackPermissions.CanRead(actor));
        Assert.Equal(seesAll, FeedbackPermissions.SeesAll(actor));
        Assert.Equal(seesMatter, FeedbackPermissions.SeesMatter(actor, f));
        Assert.Equal(seesPersonalData, FeedbackPermissions.SeesPersonalData(actor, f));
    }

    [Fact]
    public void Another_units_head_and_a_read_only_chairman_see_no_personal_data()
    {
        var f = HeldBy(Unit);
        var otherHead = As(Roles.DepartmentHead, OtherUnit);
        Assert.True(FeedbackPermissions.CanRead(otherHead));
        Assert.False(FeedbackPermissions.SeesMatter(otherHead, f));
        Assert.False(FeedbackPermissions.SeesPersonalData(otherHead, f));
        Assert.False(FeedbackPermissions.IsHandlingUnit(otherHead, f));

        var readOnlyChairman = As(Roles.Chairman, readOnly: true);
        Assert.True(FeedbackPermissions.SeesMatter(readOnlyChairman, f));
        Assert.False(FeedbackPermissions.SeesPersonalData(readOnlyChairman, f));

        // A unit's one-stop-shop clerk is not its handling staff.
        Assert.False(FeedbackPermissions.IsHandlingUnit(As(Roles.OneStopShopStaff, Unit), f));
    }
}
