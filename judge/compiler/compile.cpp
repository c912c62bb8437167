#include "compiler/compile.h"

#include <future>
#include <system_error>

#include <fmt/format.h>

#include "compiler/link_command.h"
#include "util/errors.h"
#include "util/file_lock.h"
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

std::vector<std::string> compile_command(const Toolchain& t, const Runtime& rt, const std::string& output,
                                         const std::vector<std::string>& objects) {
  std::vector<std::string> args = unit_input(t, rt);
  args.insert(args.end(), {"-x", "none"});
  args.insert(args.end(), objects.begin(), objects.end());
  args.push_back(rt.harness_object().string());
  args.insert(args.end(), t.link_flags.begin(), t.link_flags.end());
  args.insert(args.end(), {"-o", output});
  return args;
}

namespace {

// The unit to an object. The link flags too: the PCH was built with them
// (-static defines a macro), and clang checks them against each unit.
ToolRun compile_object(const Toolchain& t, const Runtime& rt, const std::string& unit, const std::string& object) {
  std::vector<std::string> args = unit_input(t, rt);
  args.insert(args.end(), t.link_flags.begin(), t.link_flags.end());
  if (t.family == CompilerFamily::Clang) args.push_back("-Wno-unused-command-line-argument");
  args.insert(args.end(), {"-c", "-o", object});
  return run_tool(t.cxx, args, unit, 120000, rt.dir);
}

std::string driver_key(const Toolchain& t, const Runtime& rt, const std::string& driver) {
  Hasher h;
  h.add("driver-v1").add(t.identity).add(rt.key).add(driver);
  for (const std::string& f : t.compile_flags) h.add(f);
  for (const std::string& f : t.link_flags) h.add(f);
  return h.hex();
}

// The driver's object from the cache, else compiled now; judges that want
// the same one at once wait for the first rather than compile it twice.
ToolRun build_driver(const Toolchain& t, const Runtime& rt, const fs::path& cache, const std::string& driver,
                     fs::path& object) {
  std::string key = driver_key(t, rt, driver);
  fs::path dir = drivers_dir(cache);
  object = dir / (key + ".o");
  const ToolRun cached{0, false, "", "", 0};
  std::error_code ec;
  if (fs::exists(object, ec)) return cached;
  make_dirs(dir);
  FileLock lock(dir / (key + ".lock"));
  if (fs::exists(object, ec)) return cached;
  fs::path tmp = dir / (key + temp_suffix());
  ToolRun run = compile_object(t, rt, driver, tmp.string());
  if (run.exit_code == 0) fs::rename(tmp, object, ec);
  if (run.exit_code != 0 || ec) fs::remove(tmp, ec);
  if (run.exit_code == 0 && !fs::exists(object, ec))
    throw JudgeError(fmt::format("{}: cannot store the compiled driver", object.string()));
  return run;
}

// The unit to an object (clang runs cc1 in its own process when it has a
// single job), then the linker itself: two program starts instead of the
// driver's three. The problem's driver compiles beside it when not cached.
ToolRun build(const Toolchain& t, const Runtime& rt, const fs::path& cache, const std::string& unit,
              const std::string& driver, const fs::path& output) {
  fs::path driver_object;
  std::future<ToolRun> driver_build;
  if (!driver.empty())
    driver_build = std::async(std::launch::async, [&] { return build_driver(t, rt, cache, driver, driver_object); });
  // The driver's outcome (a success when there is none); the objects to
  // link besides the unit's own.
  std::vector<std::string> objects;
  auto wait_for_driver = [&] {
    if (!driver_build.valid()) return ToolRun{0, false, "", "", 0};
    ToolRun d = driver_build.get();  // driver_object is set once this returns
    objects.push_back(driver_object.string());
    return d;
  };
  if (rt.link_command.empty()) {
    ToolRun d = wait_for_driver();
    if (d.exit_code != 0) return d;
    return run_tool(t.cxx, compile_command(t, rt, output.string(), objects), unit, 120000, rt.dir);
  }
  std::string object = output.string() + ".o";
  ToolRun compiled = compile_object(t, rt, unit, object);
  ToolRun d = wait_for_driver();
  std::error_code ec;
  if (compiled.exit_code != 0 || d.exit_code != 0) {
    fs::remove(object, ec);
    return compiled.exit_code != 0 ? compiled : d;
  }
  objects.insert(objects.begin(), object);
  std::vector<std::string> link = fill_link_command(rt.link_command, objects, output.string());
  ToolRun linked = run_tool(link[0], std::vector<std::string>(link.begin() + 1, link.end()), "", 120000, rt.dir);
  fs::remove(object, ec);
  linked.wall_ms += compiled.wall_ms;
  return linked;
}

// A runtime made for other headers or another GCC installation: clang
// refuses its PCH, or the captured linker line names files that are gone.
bool runtime_out_of_date(const Toolchain& t, const Runtime& rt, const ToolRun& run) {
  if (run.exit_code == 0 || run.timed_out) return false;
  return mentions_stale_pch(t, rt, run.err) ||
         (!rt.link_command.empty() && run.err.find("cannot open") != std::string::npos);
}

}  // namespace

fs::path compiled_driver(const Toolchain& t, const Runtime& rt, const fs::path& cache, const std::string& driver) {
  fs::path object;
  ToolRun run = build_driver(t, rt, cache, driver, object);
  if (run.exit_code != 0)
    throw JudgeError(fmt::format("the problem's driver does not compile ({}): {}",
                                 run.timed_out ? "timed out" : fmt::format("exit {}", run.exit_code), run.err.substr(0, 2000)));
  return object;
}

CompileOutcome compile_unit(const Toolchain& t, const Runtime& rt, const fs::path& cache, const std::string& unit,
                            CacheCounters& counters, const std::string& driver) {
  CompileOutcome outcome;
  Hasher h;
  h.add("binary-v4").add(t.identity).add(rt.key).add(unit).add(driver);
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
  fs::path tmp = dir / (key + temp_suffix());
  fs::file_time_type started = fs::file_time_type::clock::now();
  ToolRun run = build(t, rt, cache, unit, driver, tmp);
  if (runtime_out_of_date(t, rt, run)) run = build(t, rebuild_runtime(t, rt, started), cache, unit, driver, tmp);
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
