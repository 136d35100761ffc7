using BenchmarkDotNet.Attributes;
using HomeCareNational.Bench.Load;
using HomeCareNational.Domain.Register;
using HomeCareNational.Domain.Validation;

namespace HomeCareNational.Bench.Micro;

/// <summary>
/// Validating a full replacement of one prefecture's designations, 15,000 of them (Tokyo's demo register with
/// synthetic copies), as <c>submitDesignations</c> does before anything is stored.
/// </summary>
[MemoryDiagnoser]
public class RegisterValidatorBenchmarks
{
    private const int Institutions = 15_000;
    private const string Prefecture = "13";

    private PrefectureRegister current = PrefectureRegister.Empty;
    private DesignatedInstitution[] institutions = [];

    [GlobalSetup]
    public void Setup()
    {
        current = SyntheticRegister.Generate(1)[Prefecture];
        var originals = current.Institutions;
        institutions = [.. Enumerable.Range(0, Institutions).Select(i => i < originals.Length
            ? originals[i]
            : SyntheticRegister.Copy(originals[i % originals.Length], $"M-{i:D5}"))];
        if (RegisterValidator.ValidateInstitutions(Prefecture, SyntheticRegister.FiscalYear, institutions, current).Count > 0)
        {
            throw new InvalidOperationException("The benchmark's register is not valid, so it would not measure the accepted path.");
        }
    }

    [Benchmark]
    public int ValidateFifteenThousandDesignations() =>
        RegisterValidator.ValidateInstitutions(Prefecture, SyntheticRegister.FiscalYear, institutions, current).Count;
}
