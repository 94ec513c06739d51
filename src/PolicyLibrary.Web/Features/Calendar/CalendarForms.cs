using System.ComponentModel.DataAnnotations;
using PolicyLibrary.Calendar;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Calendar;

/// <summary>A new calendar year and the notice it follows.</summary>
public sealed class CalendarYearForm
{
    [Display(Name = "年份")]
    public int? Year { get; set; }

    [Display(Name = "依据的通知")]
    public string? Notice { get; set; }
}

/// <summary>A holiday range or one make-up working day, as typed on a year's page.</summary>
public sealed class CalendarDaysForm
{
    private const string ChooseKind = "请选择法定节假日或调休上班日。";

    [Display(Name = "类型")]
    [Required(ErrorMessage = ChooseKind)]
    [InvalidValueMessage(ChooseKind)]
    public CalendarDayKind? Kind { get; set; }

    [Display(Name = "名称")]
    public string? Name { get; set; }

    [Display(Name = "日期（起）")]
    public DateOnly? From { get; set; }

    [Display(Name = "日期（止）")]
    public DateOnly? To { get; set; }
}

/// <summary>/manager/calendar: every year with its counts, and the form to start the next one.</summary>
public sealed record CalendarYearsPage(IReadOnlyList<CalendarYearRow> Years, CalendarYearForm Form, IReadOnlyDictionary<string, string> Errors)
{
    /// <summary>The year an administrator most likely enters next: the one after the latest.</summary>
    public int NextYear => Years.Count == 0 ? DateTime.UtcNow.Year : Years.Max(y => y.Year) + 1;
}

/// <summary>/manager/calendar/{year}: its days, the notice, and the form to add days.</summary>
public sealed record CalendarYearPage(
    CalendarYearDetail Detail, CalendarDaysForm Days, string Notice, IReadOnlyDictionary<string, string> Errors, string? Form);
