// The CPU limit a problem's tests run with: problem.yaml's own, or for
// `time_ms: derived` the slowest test of the slowest accepted program (the
// reference and submissions/accepted/) times the multiplier, at least 100 ms —
// measured once and cached under the content of everything that decides it.
#pragma once

#include "judging/workbench.h"

namespace judge {

// Sets bench.problem.limits.time_ms (a no-op for a fixed limit) and returns it.
int resolve_time_limit(Workbench& bench);

}  // namespace judge
