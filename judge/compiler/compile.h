// Compiling a translation unit against the runtime, through the cache: the
// key is the hash of the unit text, runtime, compiler and flags, so an
// unchanged resubmission reuses its binary without running the compiler.
#pragma once

#include <filesystem>
#include <string>

#include "cache/cache_dir.h"
#include "compiler/runtime.h"
#include "compiler/toolchain.h"

namespace judge {

struct CompileOutcome {
  bool ok = false;
  std::filesystem::path binary;
  bool cached = false;
  double compile_ms = 0;     // 0 for a cache hit
  std::string diagnostics;   // the compiler's messages when !ok
};

CompileOutcome compile_unit(const Toolchain& toolchain, const Runtime& runtime, const std::filesystem::path& cache,
                            const std::string& unit_text, CacheCounters& counters);

// The command a plain compile of the same unit would run (for the benchmark
// and for `judge init`'s editor setup).
std::vector<std::string> compile_command(const Toolchain& toolchain, const Runtime& runtime,
                                         const std::string& output);

}  // namespace judge
