namespace PolicyLibrary.Organisation;

/// <summary>
/// Who runs the site, as every page footer, certificate, feed and the API description names it: configuration
/// (<c>PolicyLibrary:Office</c>), so another office deploys without editing a view. Empty optional fields are not shown.
/// </summary>
public sealed class OfficeIdentity
{
    /// <summary>The site's own name, in the header and page titles.</summary>
    public string SiteName { get; set; } = "下陆区政策文件与解读库";

    /// <summary>The office (主办 in the footer, the issuer of training certificates).</summary>
    public string Name { get; set; } = "下陆区人民政府办公室";

    /// <summary>The government whose documents these are, as descriptions say it: "下陆区人民政府政策文件…".</summary>
    public string Government { get; set; } = "下陆区人民政府";

    /// <summary>The district, in the descriptions of lists and search: "下陆区公开的政策文件".</summary>
    public string Region { get; set; } = "下陆区";

    /// <summary>承办: the unit that operates the site.</summary>
    public string Operator { get; set; } = "下陆区法制办公室";

    public string Address { get; set; } = "黄石市下陆大道45号";

    public string Postcode { get; set; } = "435005";

    public string Phone { get; set; } = "0714-5317230";

    /// <summary>ICP 备案号, e.g. 鄂ICP备12345678号.</summary>
    public string IcpNumber { get; set; } = "";

    /// <summary>公安机关备案号, e.g. 鄂公网安备 42020402000000号.</summary>
    public string PublicSecurityNumber { get; set; } = "";

    /// <summary>政府网站标识码, e.g. 4202040001.</summary>
    public string SiteCode { get; set; } = "";

    /// <summary>A logo image URL for the header; empty shows the 政 emblem.</summary>
    public string LogoUrl { get; set; } = "";
}
