using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// Sites before the several-nodes change kept their Data Protection keys in <c>{DataPath}/keys</c>. Moving them into the
/// database once, when it holds none, keeps their sign-in cookies and the calendar addresses staff have subscribed to.
/// </summary>
public static class FolderKeys
{
    public static async Task<int> MoveIntoDatabaseAsync(PolicyLibraryDbContext db, string dataPath, CancellationToken ct = default)
    {
        var folder = Path.Combine(dataPath, "keys");
        if (!Directory.Exists(folder) || await db.DataProtectionKeys.AnyAsync(ct))
        {
            return 0;
        }

        var files = Directory.GetFiles(folder, "key-*.xml");
        foreach (var file in files)
        {
            // The same shape PersistKeysToDbContext writes: the file name without extension, and the XML element.
            var xml = XElement.Load(file);
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(file), Xml = xml.ToString(SaveOptions.DisableFormatting) });
        }

        await db.SaveChangesAsync(ct);
        return files.Length;
    }
}
