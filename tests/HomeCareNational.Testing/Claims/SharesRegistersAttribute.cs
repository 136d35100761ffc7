namespace HomeCareNational.Testing.Claims;

/// <summary>
/// The test class writes a data set it shares with other classes (each submits the same register, so the order they
/// run in does not matter); the data set's own <see cref="WritesRegistersAttribute"/>s claim its registers once.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class SharesRegistersAttribute(Type dataSet) : Attribute
{
    public Type DataSet { get; } = dataSet;
}
