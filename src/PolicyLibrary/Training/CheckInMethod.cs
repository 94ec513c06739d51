using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Training;

public enum CheckInMethod
{
    [Display(Name = "扫码")] QrCode = 0,
    [Display(Name = "签到码")] TypedCode = 1,
    [Display(Name = "手工登记")] Manual = 2,
}
