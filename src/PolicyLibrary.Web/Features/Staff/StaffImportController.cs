using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Features.Shared;

namespace PolicyLibrary.Web.Features.Staff;

/// <summary>/manager/users/import: upload a user CSV file and read what became of each row; the template to start from.</summary>
[Route("manager/users/import")]
public sealed class StaffImportController(StaffCsvImport import) : AdministratorController
{
    private const string Views = "~/Features/Staff/";

    private const string ImportView = Views + "Import.cshtml";

    /// <summary>Room for the multipart envelope around a file of the largest size the import reads.</summary>
    private const int RequestLimit = StaffCsvImport.MaxBytes * 2;

    [HttpGet("")]
    public IActionResult Index(Actor actor) =>
        Permissions.Administer(actor) is { } refusal ? Refused(refusal) : View(ImportView, new StaffImportPage(null, null, null));

    [HttpGet("template.csv")]
    public IActionResult Template(Actor actor) =>
        Permissions.Administer(actor) is { } refusal ? Refused(refusal)
        : File(StaffCsvImport.Template, "text/csv; charset=utf-8", "用户导入模板.csv");

    [HttpPost("")]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Upload(Actor actor, IFormFile? file)
    {
        if (Permissions.Administer(actor) is { } refusal)
        {
            return Refused(refusal);
        }

        if (file is null || file.Length == 0)
        {
            return View(ImportView, new StaffImportPage(file is null ? "请选择要上传的 CSV 文件。" : "文件是空的，请按模板填写后再上传。", null, file?.FileName));
        }

        if (!file.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return View(ImportView, new StaffImportPage("只能上传 .csv 文件（可在 Excel 中“另存为 CSV”）。", null, file.FileName));
        }

        if (file.Length > StaffCsvImport.MaxBytes)
        {
            return View(ImportView, new StaffImportPage($"文件超过 {StaffCsvImport.MaxBytes / 1024 / 1024} MB，请分批导入。", null, file.FileName));
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        var result = await import.ImportAsync(actor, file.FileName, buffer.ToArray(), HttpContext.RequestAborted);
        return result.Refusal is { } refused ? Refused(refused) : View(ImportView, new StaffImportPage(result.Problem, result.Problem is null ? result.Rows : null, file.FileName));
    }
}
