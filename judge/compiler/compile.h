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

// `driver` is the problem's driver unit when `unit_text` is a solution (see
// translation_unit.h): its object is compiled once, kept apart in the cache,
// and linked in. Empty when the unit has its own main.
CompileOutcome compile_unit(const Toolchain& toolchain, const Runtime& runtime, const std::filesystem::path& cache,
                            const std::string& unit_text, CacheCounters& counters, const std::string& driver = "");

// The driver's object (cached, or compiled now). Throws a JudgeError with
// the compiler's message when it does not compile.
std::filesystem::path compiled_driver(const Toolchain& toolchain, const Runtime& runtime,
                                      const std::filesystem::path& cache, const std::string& driver);

// The command a plain compile of the same unit would run (for the benchmark
// and for `judge init`'s editor setup).
// `objects` (a driver's) are linked in before the runtime's harness.o.
std::vector<std::string> compile_command(const Toolchain& toolchain, const Runtime& runtime,
                                         const std::string& output, const std::vector<std::string>& objects = {});

}  // namespace judge
