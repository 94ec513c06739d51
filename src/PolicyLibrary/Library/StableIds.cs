using System.Security.Cryptography;
using System.Text;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Library;

/// <summary>
/// Ids that feed readers and calendar apps keep (Atom <c>id</c>, iCalendar <c>UID</c>): made from the office and the
/// item, never from the request's host, so the same item has the same id whichever address it was fetched by.
/// </summary>
public static class StableIds
{
    /// <summary>A name-based UUID (the RFC 9562 version 8 layout over SHA-256) as an Atom id.</summary>
    public static string Urn(OfficeIdentity office, string path)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"PolicyLibrary\n{office.Name}\n{path}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    /// <summary>The iCalendar UID of a training session, stable across edits, hosts and restarts.</summary>
    public static string CalendarUid(OfficeIdentity office, string sessionSlug) =>
        $"training-session-{sessionSlug}@{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(office.Name)))[..12]}.policylibrary";
}
