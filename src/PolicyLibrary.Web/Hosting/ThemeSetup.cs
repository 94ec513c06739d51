using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace PolicyLibrary.Web.Hosting;

public static class ThemeSetup
{
    private const string ThemeAssemblyPrefix = "PolicyLibrary.Themes.";

    /// <summary>
    /// MVC with the views of exactly one theme: every theme is a Razor Class Library named
    /// <c>PolicyLibrary.Themes.{Name}</c>; the parts of all but the configured one are removed.
    /// </summary>
    public static WebApplicationBuilder AddPolicyLibraryTheme(this WebApplicationBuilder builder)
    {
        var theme = builder.Configuration[$"{PolicyLibraryOptions.Section}:Theme"] is { Length: > 0 } name ? name : "Default";
        var active = ThemeAssemblyPrefix + theme;
        builder.Services.AddControllersWithViews(o =>
        {
            // Every POST, PUT and DELETE from a form must carry the anti-forgery token.
            o.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
            // An action's Actor is the signed-in staff member, or the request is challenged.
            o.ModelBinderProviders.Insert(0, new ActorModelBinderProvider());
            o.Filters.Add<ActorRequiredFilter>();
            // Enums bind by name, in the place of MVC's enum binder (after the body and header binders, as it was).
            o.ModelBinderProviders.Insert(
                o.ModelBinderProviders.TakeWhile(p => p is not Microsoft.AspNetCore.Mvc.ModelBinding.Binders.EnumTypeModelBinderProvider).Count(),
                new EnumNameModelBinderProvider());
            ChineseBindingMessages.Apply(o.ModelBindingMessageProvider);
            o.ModelMetadataDetailsProviders.Add(new ChineseBindingMessages());
        })
            .ConfigureApplicationPartManager(parts =>
        {
            var themes = parts.ApplicationParts.Where(p => p.Name.StartsWith(ThemeAssemblyPrefix, StringComparison.Ordinal)).ToList();
            if (themes.All(p => p.Name != active))
            {
                throw new InvalidOperationException(
                    $"找不到主题“{theme}”（程序集 {active}）。可用主题：{string.Join("、", themes.Select(p => p.Name[ThemeAssemblyPrefix.Length..]).Distinct())}");
            }

            foreach (var part in themes.Where(p => p.Name != active))
            {
                parts.ApplicationParts.Remove(part);
            }
        });
        // Staff pages live with their feature (Features/Account/Login.cshtml) and use the theme's layout.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.Razor.RazorViewEngineOptions>(o => o.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml"));
        // Chinese text is written as characters, not as &#x…; entities: a third of the bytes and readable source.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }
}
