namespace HomeCareNational.Application.Errors;

/// <summary>A prefecture, region or other thing a request names does not exist (<see cref="ErrorCodes.NotFound"/>); the message says which and what exists.</summary>
public sealed class NotFoundException(string message) : Exception(message);
