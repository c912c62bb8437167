#include "compiler/compile.h"

#include <unistd.h>

#include <random>
#include <system_error>

#include <fmt/format.h>

#include "compiler/link_command.h"
#include "util/errors.h"
#include "util/files.h"
#include "util/hash.h"
#include "util/subprocess.h"

namespace judge {

namespace {

// The flags and the unit on stdin, the prelude -included (not an #include in
// the unit: clang uses a PCH only this way).
std::vector<std::string> unit_input(const Toolchain& t, const Runtime& rt) {
  std::vector<std::string> args = t.compile_flags;
  args.insert(args.end(), {"-I", rt.dir.string(), "-include", rt.prelude().string(), "-x", "c++", "-"});
  return args;
}

}  // namespace

std::vector<std::string> compile_command(const Toolchain& t, const Runtime& rt, const std::string& output) {
  std::vector<std::string> args = unit_input(t, rt);
  args.insert(args.end(), {"-x", "none", rt.harness_object().string()});
  args.insert(args.end(), t.link_flags.begin(), t.link_flags.end());
  args.insert(args.end(), {"-o", output});
  return args;
}

namespace {

// The unit to an object (clang runs cc1 in its own process when it has a
// single job), then the linker itself: two program starts instead of the
// driver's three.
ToolRun compile_then_link(const Toolchain& t, const Runtime& rt, const std::string& unit, const fs::path& output) {
  std::string object = output.string() + ".o";
  // The link flags too: the PCH was built with them (-static defines a macro).
  std::vector<std::string> args = unit_input(t, rt);
  args.insert(args.end(), t.link_flags.begin(), t.link_flags.end());
  args.insert(args.end(), {"-Wno-unused-command-line-argument", "-c", "-o", object});
  ToolRun compiled = run_tool(t.cxx, args, unit, 120000, rt.dir);
  std::error_code ec;
  if (compiled.exit_code != 0) {
    fs::remove(object, ec);
    return compiled;
  }
  std::vector<std::string> link = fill_link_command(rt.link_command, object, output.string());
  ToolRun linked = run_tool(link[0], std::vector<std::string>(link.begin() + 1, link.end()), "", 120000, rt.dir);
  fs::remove(object, ec);
  linked.wall_ms += compiled.wall_ms;
  return linked;
}

ToolRun build(const Toolchain& t, const Runtime& rt, const std::string& unit, const fs::path& output) {
  if (!rt.link_command.empty()) return compile_then_link(t, rt, unit, output);
  return run_tool(t.cxx, compile_command(t, rt, output.string()), unit, 120000, rt.dir);
}

// A runtime made for other headers or another GCC installation: clang
// refuses its PCH, or the captured linker line names files that are gone.
bool runtime_out_of_date(const Toolchain& t, const Runtime& rt, const ToolRun& run) {
  if (run.exit_code == 0 || run.timed_out) return false;
  return mentions_stale_pch(t, rt, run.err) ||
         (!rt.link_command.empty() && run.err.find("cannot open") != std::string::npos);
}

}  // namespace

CompileOutcome compile_unit(const Toolchain& t, const Runtime& rt, const fs::path& cache, const std::string& unit,
                            CacheCounters& counters) {
  CompileOutcome outcome;
  Hasher h;
  h.add("binary-v3").add(t.identity).add(rt.key).add(unit);
  for (const std::string& f : t.compile_flags) h.add(f);
  for (const std::string& f : t.link_flags) h.add(f);
  std::string key = h.hex();
  fs::path dir = binaries_dir(cache) / key.substr(0, 2);
  outcome.binary = dir / key;
  std::error_code ec;
  if (fs::exists(outcome.binary, ec)) {
    outcome.ok = true;
    outcome.cached = true;
    ++counters.compile_hits;
    return outcome;
  }
  make_dirs(dir);
  // The compiler writes a private name; the rename publishes the whole file.
  fs::path tmp = dir / fmt::format("{}.tmp-{}-{:x}", key, ::getpid(), std::random_device{}());
  fs::file_time_type started = fs::file_time_type::clock::now();
  ToolRun run = build(t, rt, unit, tmp);
  if (runtime_out_of_date(t, rt, run)) run = build(t, rebuild_runtime(t, rt, started), unit, tmp);
  outcome.compile_ms = run.wall_ms;
  if (run.exit_code != 0) {
    fs::remove(tmp, ec);
    outcome.diagnostics = run.timed_out ? "compilation took longer than 120 s and was stopped" : run.err;
    ++counters.compile_errors;
    return outcome;
  }
  fs::rename(tmp, outcome.binary, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw JudgeError(fmt::format("{}: cannot store the compiled binary: {}", outcome.binary.string(), ec.message()));
  }
  outcome.ok = true;
  ++counters.compile_misses;
  return outcome;
}

}  // namespace judge
