using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Calendar;

public enum CalendarDayKind
{
    /// <summary>An official holiday: a rest day even on a weekday.</summary>
    [Display(Name = "法定节假日")] Holiday = 0,

    /// <summary>An official make-up working day (调休上班): a working day even on a weekend.</summary>
    [Display(Name = "调休上班")] MakeUpWorkday = 1,
}
