// judge doctor: is this machine ready to judge? The sandbox layers (each on
// or off, and why), the compiler and its precompiled prelude, the cache, the
// history store's SQLite, the problem bank — and one real solution compiled
// and run end to end.
#include <sqlite3.h>

#include <algorithm>

#include <fmt/format.h>

#include "bank/bank.h"
#include "cli/options.h"
#include "compiler/compile.h"
#include "compiler/runtime.h"
#include "compiler/toolchain.h"
#include "report/style.h"
#include "sandbox/sandbox.h"
#include "util/errors.h"
#include "util/files.h"
#include "util/subprocess.h"

namespace judge {

namespace {

struct DoctorOptions {
  bool json = false;
};

struct Check {
  std::string name;
  bool ok = false;
  std::string detail;
};

// The whole path a submission takes, on a program that must print 42.
Check smoke_test(const Toolchain& t, const fs::path& cache) {
  Check c{"end to end", false, ""};
  CacheCounters counters;
  Runtime rt = prepare_runtime(t, cache, counters);
  std::string unit = "int main() { vector<int> v{40, 2}; printf(\"%d\\n\", v[0] + v[1]); }\n";
  CompileOutcome out = compile_unit(t, rt, cache, unit, counters);
  if (!out.ok) {
    c.detail = "compiling a test program failed: " + out.diagnostics.substr(0, 300);
    return c;
  }
  sandbox::Spec spec;
  spec.argv = {out.binary.string()};
  sandbox::Result r = sandbox::run(spec);
  c.ok = r.status == sandbox::Status::Exited && r.exit_code == 0 && r.stdout_data == "42\n";
  c.detail = c.ok ? fmt::format("compiled {} and ran it in the sandbox in {:.1f} ms",
                                out.cached ? "(cached)" : fmt::format("in {:.0f} ms", out.compile_ms), r.wall_ms)
                  : "the test program did not run cleanly: " + (r.error.empty() ? r.stderr_data.substr(0, 200) : r.error);
  add_counters(cache, counters);
  return c;
}

int run_doctor(const GlobalOptions& global, const DoctorOptions& o) {
  std::vector<sandbox::Layer> layers = sandbox::layers();
  std::vector<Check> checks;
  Toolchain toolchain;
  bool have_compiler = false;
  try {
    toolchain = find_toolchain();
    ToolRun v = run_tool(toolchain.cxx, {"--version"}, "", 10000);
    checks.push_back({"compiler", v.exit_code == 0, toolchain.cxx.string() + " (" + v.out.substr(0, v.out.find('\n')) + ")"});
    have_compiler = v.exit_code == 0;
  } catch (const std::exception& e) {
    checks.push_back({"compiler", false, e.what()});
  }
  fs::path cache;
  bool cache_ok = false;
  try {
    cache = cache_root();
    make_dirs(cache);
    write_file_atomic(cache / "doctor-probe", "ok");
    fs::remove(cache / "doctor-probe");
    CacheUsage u = measure_usage(cache);
    cache_ok = true;
    checks.push_back({"cache", true, fmt::format("{} (writable, {} binaries, {:.1f} MB)", cache.string(), u.binaries,
                                                 static_cast<double>(u.bytes) / (1 << 20))});
  } catch (const std::exception& e) {
    checks.push_back({"cache", false, e.what()});
  }
  if (have_compiler && cache_ok) {
    std::error_code ec;
    fs::path rt = runtimes_dir(cache) / runtime_key(toolchain);
    bool built = fs::exists(rt / toolchain.pch_name, ec);
    checks.push_back({"precompiled prelude", true, built ? rt.string() : "not built yet: building it now (once, a few seconds)"});
    try {
      checks.push_back(smoke_test(toolchain, cache));
    } catch (const std::exception& e) {
      checks.push_back({"end to end", false, e.what()});
    }
  }
  checks.push_back({"sqlite", true, fmt::format("SQLite {} (history store)", sqlite3_libversion())});
  try {
    fs::path root = problems_root(global.problems_dir);
    checks.push_back({"problems", true, fmt::format("{} ({} problems)", root.string(), find_packages(root).size())});
  } catch (const std::exception& e) {
    checks.push_back({"problems", false, e.what()});
  }

  bool all_ok = true;
  for (const Check& c : checks) all_ok = all_ok && c.ok;
  if (o.json) {
    nlohmann::ordered_json j;
    nlohmann::ordered_json ls = nlohmann::ordered_json::array(), cs = nlohmann::ordered_json::array();
    for (const sandbox::Layer& l : layers) ls.push_back({{"name", l.name}, {"active", l.active}, {"detail", l.detail}});
    for (const Check& c : checks) cs.push_back({{"name", c.name}, {"ok", c.ok}, {"detail", c.detail}});
    j["layers"] = std::move(ls);
    j["checks"] = std::move(cs);
    j["ok"] = all_ok;
    print_json(j);
    return all_ok ? kExitAccepted : kExitJudgeError;
  }
  Style s = style_for(stdout);
  fmt::print("{}\n", s.bold("Sandbox layers"));
  for (const sandbox::Layer& l : layers)
    fmt::print("  {} {:<20}{}\n", l.active ? s.green("✔") : s.yellow("!"), l.name, l.active ? l.detail : s.yellow(l.detail));
  fmt::print("{}\n", s.bold("Judge"));
  for (const Check& c : checks)
    fmt::print("  {} {:<20}{}\n", c.ok ? s.green("✔") : s.red("✘"), c.name, c.ok ? c.detail : s.red(c.detail));
  size_t off = static_cast<size_t>(std::count_if(layers.begin(), layers.end(), [](const sandbox::Layer& l) { return !l.active; }));
  if (off) fmt::print("{}\n", s.yellow(fmt::format("{} sandbox layer{} off on this machine: runs are less isolated.", off, off == 1 ? " is" : "s are")));
  return all_ok ? kExitAccepted : kExitJudgeError;
}

}  // namespace

Command make_doctor_command(CLI::App& root, const GlobalOptions& global) {
  auto options = std::make_shared<DoctorOptions>();
  CLI::App* app = root.add_subcommand("doctor", "Check the sandbox layers, compiler, cache and bank on this machine");
  app->add_flag("--json", options->json, "Print JSON");
  return {app, [&global, options] { return run_doctor(global, *options); }};
}

}  // namespace judge
