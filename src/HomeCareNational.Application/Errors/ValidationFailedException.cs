using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Application.Errors;

/// <summary>A request's value broke a rule (<see cref="ErrorCodes.ValidationFailed"/>); <see cref="Error"/> names the field.</summary>
public sealed class ValidationFailedException(ValidationError error) : Exception(error.Message)
{
    public ValidationError Error { get; } = error;
}
