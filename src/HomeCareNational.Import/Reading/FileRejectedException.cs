namespace HomeCareNational.Import.Reading;

/// <summary>
/// Raised inside the importer when the file cannot be read any further (wrong encoding, broken package, missing
/// headers, a limit passed); the importer turns it into a failed result, so it never leaves the library.
/// </summary>
internal sealed class FileRejectedException(IReadOnlyList<ImportError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public FileRejectedException(ImportError error)
        : this([error])
    {
    }

    public IReadOnlyList<ImportError> Errors { get; } = errors;
}
