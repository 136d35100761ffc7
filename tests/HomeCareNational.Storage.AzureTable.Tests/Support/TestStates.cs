namespace HomeCareNational.Storage.AzureTable.Tests.Support;

/// <summary>A small state: the common case of one row with one data property.</summary>
public sealed class NoteState
{
    public string Text { get; set; } = string.Empty;

    public int Revision { get; set; }
}

/// <summary>Random text compresses poorly, so this state's size on the table is close to its JSON size.</summary>
public sealed class BlobState
{
    public List<string> Blobs { get; set; } = [];
}

/// <summary>Shaped like a prefecture's register of designated home-care institutions.</summary>
public sealed class RegisterState
{
    public string Prefecture { get; set; } = string.Empty;

    public List<InstitutionRecord> Institutions { get; set; } = [];
}

public sealed record InstitutionRecord(
    string Code,
    string Name,
    string Municipality,
    string Address,
    string Kind,
    bool AroundTheClock,
    int Beds,
    DateOnly DesignatedOn,
    string Notes);
