using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Themes.Default;

/// <summary>How the theme writes labels and notices (dates and times: <see cref="ChinaTime"/>).</summary>
public static class Display
{
    public static string Label(DocumentKind kind) => EnumLabels<DocumentKind>.Of(kind);

    public static string Label(Validity validity) => EnumLabels<Validity>.Of(validity);

    public static string Label(InterpretationForm form) => EnumLabels<InterpretationForm>.Of(form);

    public static string FormClass(InterpretationForm form) => form switch
    {
        InterpretationForm.Graphic => "form-graphic",
        InterpretationForm.QuestionsAndAnswers => "form-qa",
        InterpretationForm.AudioVideo => "form-av",
        _ => "form-text",
    };

    /// <summary>"已废止" etc. as a sentence, e.g. 本文件已于2017年5月1日废止。</summary>
    public static string ValidityNotice(Validity validity, DateOnly? changedOn) =>
        $"本文件{(changedOn is { } d ? $"已于{ChinaTime.LongDate(d)}" : "已")}{Label(validity).TrimStart('已')}。";

    public static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
