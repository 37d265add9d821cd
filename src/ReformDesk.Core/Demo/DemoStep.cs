using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Demo;

/// <summary>The demo data moves entities through their own guarded methods; a refused step is a bug in the demo, not data to keep.</summary>
public static class DemoStep
{
    public static T Must<T>(OperationResult<T> step) =>
        step.Succeeded ? step.Value! : throw new InvalidOperationException("Dữ liệu minh họa không hợp lệ: " + string.Join(" ", step.Errors.Values));
}
