using HomeCareNational.Abstractions.Rounds;

namespace HomeCareNational.Application.Reads.Views;

/// <summary>How many prefectures of a round are in one state.</summary>
public sealed record StateCount(SubmissionState State, int Count);
