using Microsoft.AspNetCore.Identity;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Hosting;

public static class IdentitySetup
{
    /// <summary>The API's write side: a signed-in staff member, by cookie or by personal access token.</summary>
    public const string ApiWriters = nameof(ApiWriters);

    /// <summary>The sign-in cookie; its presence alone keeps a request out of the output cache (<see cref="LibraryCachePolicy"/>).</summary>
    public const string CookieName = "PolicyLibrary.Auth";

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
        builder.Services.AddScoped<AccessTokens>();
        builder.Services.AddScoped<PasswordChanges>();

        // Every signed-in request checks the account's security stamp, so a password change (or an administrator's
        // change of roles) ends the account's other sessions at once, not up to 30 minutes later.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        builder.Services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, AccessTokenAuthentication>(AccessTokenAuthentication.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(ApiWriters, policy => policy
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, AccessTokenAuthentication.SchemeName)
            .RequireAuthenticatedUser());
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";

            // API clients get status codes, not the sign-in page.
            o.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
        });
        return builder;
    }

    private static Task ApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
