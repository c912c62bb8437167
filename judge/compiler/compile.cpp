#include "compiler/compile.h"

#include <unistd.h>

#include <random>
#include <system_error>

#include <fmt/format.h>

#include "util/errors.h"
#include "util/files.h"
#include "util/hash.h"
#include "util/subprocess.h"

namespace judge {

std::vector<std::string> compile_command(const Toolchain& t, const Runtime& rt, const std::string& output) {
  std::vector<std::string> args = t.compile_flags;
  // -include, not an #include in the unit: clang uses a PCH only this way.
  args.insert(args.end(), {"-I", rt.dir.string(), "-include", rt.prelude().string(), "-x", "c++", "-", "-x", "none",
                           rt.harness_object().string()});
  args.insert(args.end(), t.link_flags.begin(), t.link_flags.end());
  args.insert(args.end(), {"-o", output});
  return args;
}

CompileOutcome compile_unit(const Toolchain& t, const Runtime& rt, const fs::path& cache, const std::string& unit,
                            CacheCounters& counters) {
  CompileOutcome outcome;
  Hasher h;
  h.add("binary-v2").add(t.identity).add(rt.key).add(unit);
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
  ToolRun run = run_tool(t.cxx, compile_command(t, rt, tmp.string()), unit, 120000, rt.dir);
  if (run.exit_code != 0 && !run.timed_out && mentions_stale_pch(t, rt, run.err)) {
    rebuild_runtime(t, rt, started);
    run = run_tool(t.cxx, compile_command(t, rt, tmp.string()), unit, 120000, rt.dir);
  }
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
