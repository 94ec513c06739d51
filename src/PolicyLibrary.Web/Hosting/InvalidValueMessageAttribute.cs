namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// What a form field says when its value does not bind (a choice that is none of the options …), in the place of
/// model binding's generic "类型的格式不正确。": a radio group is chosen, not typed (<see cref="ChineseBindingMessages"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class InvalidValueMessageAttribute(string message) : Attribute
{
    public string Message { get; } = message;
}
