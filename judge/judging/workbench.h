// Everything needed to judge programs on one problem: the compiler, the
// runtime, the cache, and the package's own programs (reference, checker,
// generator) compiled. Plain data, opened once per command.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "cache/cache_dir.h"
#include "checker/checker.h"
#include "compiler/compile.h"
#include "compiler/runtime.h"
#include "compiler/toolchain.h"
#include "problem/problem.h"
#include "util/temp_dir.h"

namespace judge {

struct Workbench {
  Problem problem;
  Toolchain toolchain;
  Runtime runtime;
  std::filesystem::path cache;
  CacheCounters counters;
  std::shared_ptr<TempDir> scratch;
  std::filesystem::path reference;  // compiled reference.cpp
  CheckerContext checker;
};

// Finds the compiler and prepares the runtime (built once per compiler).
Workbench open_workbench(Problem problem);

// Reads a solution file the way a user gives it: a UsageError for a missing,
// empty or binary file.
std::string read_solution(const std::filesystem::path& path);

struct Builds {
  CompileOutcome solution;
  double wall_ms = 0;  // the whole build step, all units together
};

// Compiles the solution, the reference and (for program checkers) the
// checker side by side. A reference or checker that does not compile is a
// JudgeError naming the package file; the solution's errors are returned.
Builds build(Workbench& bench, std::string_view source, const std::string& label);

// Compiles just the package's programs (for commands with no solution).
void build_package(Workbench& bench);

// The text of a package file; a JudgeError naming it if it cannot be read.
std::string read_package_file(const std::filesystem::path& path);

enum class UnitKind { Solution, Tool };  // with the generated main, or the author's own

// Compiles a file of the package (reference, checker, generator, validator,
// starter, a submission). In the unit the file is named pack/slug/path, the
// same from any working directory, so its binary and the check results kept
// for it are found again from anywhere; compiler messages name the path as
// the user sees it. A compile error is a JudgeError: "<file>: <failure>: ...".
std::filesystem::path compile_package_file(const Workbench& bench, UnitKind kind, const std::filesystem::path& file,
                                           std::string_view source, CacheCounters& counters,
                                           std::string_view failure = "does not compile");
std::filesystem::path compile_package_file(const Workbench& bench, UnitKind kind, const std::filesystem::path& file,
                                           CacheCounters& counters);

// Adds this command's cache counters to the cache's stats. A failure only
// warns: the judging itself went through.
void save_counters(Workbench& bench);

}  // namespace judge
