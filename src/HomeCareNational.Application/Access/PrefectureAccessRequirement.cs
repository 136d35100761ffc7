using System.Collections.Immutable;
using Microsoft.AspNetCore.Authorization;

namespace HomeCareNational.Application.Access;

/// <summary>Roles that may act on any prefecture, and roles that may act only on the caller's own prefecture.</summary>
internal sealed record PrefectureAccessRequirement(ImmutableArray<string> AnyPrefecture, ImmutableArray<string> OwnPrefecture) : IAuthorizationRequirement;
