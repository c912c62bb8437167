#include "judging/workbench.h"

#include <chrono>
#include <future>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "compiler/diagnostics.h"
#include "harness/translation_unit.h"
#include "util/errors.h"
#include "util/files.h"

namespace judge {

namespace {

// pack/slug/path-in-package: what the unit calls a package file.
std::string stable_label(const Problem& p, const std::filesystem::path& file) {
  std::filesystem::path dir = p.dir.lexically_normal();
  if (!dir.has_filename()) dir = dir.parent_path();  // "two-sum/" as given on the command line
  std::filesystem::path inside = file.lexically_normal().lexically_relative(dir);
  if (inside.empty() || *inside.begin() == "..") return display_path(file);
  return (std::filesystem::path(p.pack) / p.slug / inside).string();
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  if (from.empty() || from == to) return text;
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

}  // namespace

Workbench open_workbench(Problem problem) {
  Workbench bench;
  bench.problem = std::move(problem);
  bench.toolchain = find_toolchain();
  try {
    bench.cache = cache_root();
    bench.scratch = std::make_shared<TempDir>();
  } catch (const std::runtime_error& e) {
    throw JudgeError(e.what());
  }
  bench.checker.scratch = bench.scratch->path();
  bench.runtime = prepare_runtime(bench.toolchain, bench.cache, bench.counters);
  return bench;
}

std::string read_package_file(const std::filesystem::path& path) {
  try {
    return read_file(path);
  } catch (const std::runtime_error& e) {
    throw JudgeError(e.what());
  }
}

std::filesystem::path compile_package_file(const Workbench& bench, UnitKind kind, const std::filesystem::path& file,
                                           std::string_view source, CacheCounters& counters, std::string_view failure) {
  const Problem& p = bench.problem;
  std::string label = stable_label(p, file);
  CompileOutcome out = kind == UnitKind::Solution
                           ? compile_unit(bench.toolchain, bench.runtime, bench.cache, solution_unit(p, source, label),
                                          counters, driver_unit(p))
                           : compile_unit(bench.toolchain, bench.runtime, bench.cache, tool_unit(p, source, label), counters);
  if (!out.ok) {
    std::string shown = display_path(file);
    throw JudgeError(fmt::format("{}: {}: {}", shown, failure, first_error(replace_all(out.diagnostics, label, shown), shown)));
  }
  return out.binary;
}

std::filesystem::path compile_package_file(const Workbench& bench, UnitKind kind, const std::filesystem::path& file,
                                           CacheCounters& counters) {
  return compile_package_file(bench, kind, file, read_package_file(file), counters);
}

std::string read_solution(const std::filesystem::path& path) {
  std::string source;
  try {
    source = read_file(path);
  } catch (const std::runtime_error& e) {
    throw UsageError(e.what());
  }
  if (source.find_first_not_of(" \t\r\n") == std::string::npos)
    throw UsageError(fmt::format("{}: the file is empty", display_path(path)));
  size_t nul = source.find('\0');
  if (nul != std::string::npos)
    throw UsageError(fmt::format("{}: not a C++ source text (binary data at byte {})", display_path(path), nul));
  return source;
}

Builds build(Workbench& bench, std::string_view source, const std::string& label) {
  auto start = std::chrono::steady_clock::now();
  const Problem& p = bench.problem;
  std::string solution_unit_text = solution_unit(p, source, label);
  CacheCounters solution_counters;
  // The package's programs compile on another thread while this one does the
  // solution: on a cold cache the wait is one compile, not three.
  auto package = std::async(std::launch::async, [&bench] { build_package(bench); });
  Builds builds;
  builds.solution =
      compile_unit(bench.toolchain, bench.runtime, bench.cache, solution_unit_text, solution_counters, driver_unit(p));
  package.get();
  bench.counters += solution_counters;
  builds.wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return builds;
}

void save_counters(Workbench& bench) {
  try {
    add_counters(bench.cache, bench.counters);
    bench.counters = CacheCounters{};
  } catch (const std::exception& e) {
    spdlog::warn("cache statistics not saved: {}", e.what());
  }
}

void build_package(Workbench& bench) {
  if (!bench.reference.empty()) return;
  const Problem& p = bench.problem;
  CacheCounters reference_counters, checker_counters;
  std::future<std::filesystem::path> checker;
  if (p.checker.kind == CheckerKind::Program)
    checker = std::async(std::launch::async,
                         [&] { return compile_package_file(bench, UnitKind::Tool, p.checker_path(), checker_counters); });
  bench.reference = compile_package_file(bench, UnitKind::Solution, p.reference_path(), reference_counters);
  if (checker.valid()) bench.checker.program = checker.get();
  bench.counters += reference_counters;
  bench.counters += checker_counters;
}

}  // namespace judge
