namespace HomeCareNational.Import;

/// <summary>
/// What an import produced: either every institution of the file, or every error found in it, never both.
/// An import is all or nothing, so a caller applies <see cref="Institutions"/> only when <see cref="Succeeded"/>.
/// </summary>
public sealed class RegisterImportResult
{
    private RegisterImportResult(ImmutableArray<DesignatedInstitution> institutions, ImmutableArray<ImportError> errors)
    {
        Institutions = institutions;
        Errors = errors;
    }

    /// <summary>The institutions in file order; empty when the import failed.</summary>
    public ImmutableArray<DesignatedInstitution> Institutions { get; }

    /// <summary>Every problem found, in file order; empty when the import succeeded.</summary>
    public ImmutableArray<ImportError> Errors { get; }

    public bool Succeeded => Errors.IsEmpty;

    internal static RegisterImportResult Success(IEnumerable<DesignatedInstitution> institutions) => new([.. institutions], []);

    internal static RegisterImportResult Failure(IEnumerable<ImportError> errors) => new([], [.. errors]);
}
