using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Hosting;

public static class OfficeSetup
{
    /// <summary>
    /// The office's identity, read once from <c>PolicyLibrary:Office</c> (and the site's name from <c>PolicyLibrary:SiteName</c>),
    /// for the theme, the staff pages, the feeds and the API description alike.
    /// </summary>
    public static WebApplicationBuilder AddPolicyLibraryOffice(this WebApplicationBuilder builder)
    {
        var office = builder.Configuration.GetSection($"{PolicyLibraryOptions.Section}:Office").Get<OfficeIdentity>() ?? new OfficeIdentity();
        if (builder.Configuration[$"{PolicyLibraryOptions.Section}:SiteName"] is { Length: > 0 } siteName)
        {
            office.SiteName = siteName;
        }

        builder.Services.AddSingleton(office);
        return builder;
    }
}
