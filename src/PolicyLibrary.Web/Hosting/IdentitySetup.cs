using Microsoft.AspNetCore.Identity;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Hosting;

public static class IdentitySetup
{
    /// <summary>ASP.NET Core Identity on the library's own database, with a real password policy and lockout.</summary>
    public static WebApplicationBuilder AddPolicyLibraryIdentity(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<StaffMember, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<PolicyLibraryDbContext>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddDefaultTokenProviders();
        builder.Services.AddScoped<IdentitySeeding>();
        builder.Services.AddScoped<StaffDirectory>();
        builder.Services.AddScoped<StaffAccounts>();
        builder.Services.AddScoped<StaffCsvImport>();
        builder.Services.AddScoped<OrgUnitDirectory>();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "PolicyLibrary.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
        });
        return builder;
    }
}
