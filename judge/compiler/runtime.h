// The judge's runtime in the compile cache: the prelude (all standard
// headers + `using namespace std`, as LeetCode gives) precompiled, the
// literal library compiled once (harness.o), and the node headers. Built on
// first use per compiler and flags, in a temporary folder renamed into place.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "cache/cache_dir.h"
#include "compiler/toolchain.h"

namespace judge {

struct Runtime {
  std::filesystem::path dir;
  std::string key;
  // clang only: the linker's own command (see link_command.h); empty when
  // the compiler driver links.
  std::vector<std::string> link_command;
  std::filesystem::path harness_object() const { return dir / "harness.o"; }
  std::filesystem::path prelude() const { return dir / "prelude.h"; }
};

Runtime prepare_runtime(const Toolchain& toolchain, const std::filesystem::path& cache, CacheCounters& counters);

// Whether a failed compile's messages blame the precompiled prelude (clang
// refuses one whose headers changed since, e.g. after a libstdc++ update or
// a second GCC installed), rather than the code.
bool mentions_stale_pch(const Toolchain& toolchain, const Runtime& runtime, const std::string& diagnostics);

// Rebuilds the runtime where it is, unless another process did so after
// `stale_before` (when the failed compile started); the runtime as it now is.
Runtime rebuild_runtime(const Toolchain& toolchain, const Runtime& runtime, std::filesystem::file_time_type stale_before);

// The key alone (no build): hash of the runtime sources, compiler and flags.
std::string runtime_key(const Toolchain& toolchain);

// The prelude text (also written beside a solution by `judge init`).
std::string prelude_text();

}  // namespace judge
