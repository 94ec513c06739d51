using System.Globalization;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;

namespace PolicyLibrary.Themes.Default;

/// <summary>How the theme writes dates and labels: Beijing time, the forms Chinese government sites use.</summary>
public static class Display
{
    public static string Date(DateTime utc) => ChinaTime.FromUtc(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string LongDate(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string IsoDate(DateTime utc) => ChinaTime.FromUtc(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

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
        $"本文件{(changedOn is { } d ? $"已于{LongDate(d)}" : "已")}{Label(validity).TrimStart('已')}。";

    public static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
