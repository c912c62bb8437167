#include "compiler/runtime.h"

#include <unistd.h>

#include <future>
#include <sstream>
#include <system_error>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "compiler/link_command.h"
#include "harness/embedded_runtime.h"
#include "util/errors.h"
#include "util/file_lock.h"
#include "util/files.h"
#include "util/hash.h"
#include "util/subprocess.h"

namespace judge {

namespace {

// Builds in the runtime's own folder: clang's PCH records the absolute path
// of prelude.h, so it cannot be built elsewhere and renamed into place. Every
// file is published atomically and harness.o last: its presence is what says
// the runtime is complete, to readers that take no lock.
void build_in_place(const Toolchain& t, const fs::path& dir) {
  make_dirs(dir);
  for (const EmbeddedFile& f : embedded_runtime_files()) write_file_atomic(dir / f.name, f.text);
  write_file_atomic(dir / "prelude.h", prelude_text());
  std::string suffix = temp_suffix();
  auto compile = [&](std::vector<std::string> args, const std::string& output) {
    std::vector<std::string> all = t.compile_flags;
    all.insert(all.end(), args.begin(), args.end());
    all.insert(all.end(), {"-o", output + suffix});
    ToolRun run = run_tool(t.cxx, all, "", 300000, dir);
    std::error_code ec;
    if (run.exit_code != 0) {
      fs::remove(dir / (output + suffix), ec);
      throw JudgeError(fmt::format("building the judge runtime in {} failed ({}): {}", dir.string(),
                                   run.timed_out ? "timed out" : fmt::format("exit {}", run.exit_code),
                                   run.err.substr(0, 2000)));
    }
  };
  auto publish = [&](const std::string& output) {
    std::error_code ec;
    fs::rename(dir / (output + suffix), dir / output, ec);
    if (ec) throw JudgeError(fmt::format("{}: cannot install: {}", (dir / output).string(), ec.message()));
  };
  // Both at once: the PCH is the long one (seconds), harness.o runs beside it.
  // The PCH is checked against the flags of each unit that uses it (clang
  // refuses one built without -static), so it is built with the link flags too.
  std::vector<std::string> pch_args = t.link_flags;
  pch_args.insert(pch_args.end(), t.pch_flags.begin(), t.pch_flags.end());
  pch_args.insert(pch_args.end(), {"-x", "c++-header", (dir / "prelude.h").string()});
  auto pch = std::async(std::launch::async, [&] { compile(pch_args, t.pch_name); });
  std::exception_ptr harness_failure;
  try {
    compile({"-c", "judge_rt.cpp"}, "harness.o");
  } catch (...) {
    harness_failure = std::current_exception();
  }
  pch.get();
  if (harness_failure) std::rethrow_exception(harness_failure);
  if (t.family == CompilerFamily::Clang) {
    std::string lines;
    for (const std::string& a : derive_link_command(t, dir)) lines += a + "\n";
    write_file_atomic(dir / "link-command", lines);
  }
  publish(t.pch_name);
  publish("harness.o");
}

std::vector<std::string> read_link_command(const fs::path& dir) {
  std::error_code ec;
  if (!fs::exists(dir / "link-command", ec)) return {};
  std::vector<std::string> args;
  std::istringstream lines(read_file(dir / "link-command"));
  for (std::string arg; std::getline(lines, arg);) args.push_back(arg);
  return args;
}

}  // namespace

std::string prelude_text() {
  return "// The judge's prelude: what LeetCode's C++ environment gives every solution.\n"
         "#include <bits/stdc++.h>\n"
         "using namespace std;\n"
         "#include \"judge_rt.h\"\n";
}

std::string runtime_key(const Toolchain& t) {
  Hasher h;
  h.add("runtime-v3").add(t.identity).add(prelude_text()).add(t.pch_name);
  for (const std::string& f : t.compile_flags) h.add(f);
  for (const std::string& f : t.link_flags) h.add(f);
  for (const std::string& f : t.pch_flags) h.add(f);
  for (const EmbeddedFile& f : embedded_runtime_files()) h.add(f.name).add(f.text);
  return h.hex();
}

Runtime prepare_runtime(const Toolchain& t, const fs::path& cache, CacheCounters& counters) {
  Runtime rt;
  rt.key = runtime_key(t);
  fs::path parent = runtimes_dir(cache);
  rt.dir = parent / rt.key;
  std::error_code ec;
  auto ready = [&] {
    if (!fs::exists(rt.dir / "harness.o", ec)) return false;
    rt.link_command = read_link_command(rt.dir);
    return true;
  };
  if (ready()) return rt;
  make_dirs(parent);
  // One builder at a time; the others wait and then find it done.
  FileLock lock(parent / (rt.key + ".lock"));
  if (ready()) return rt;
  // A person at a terminal should know why this first run waits; scripts
  // and CI logs keep their stderr to the one line of a possible error.
  if (::isatty(2)) fmt::print(stderr, "judge: first run with this compiler: precompiling the prelude (once, a few seconds)\n");
  spdlog::info("building the judge runtime (precompiled headers) in {}", rt.dir.string());
  build_in_place(t, rt.dir);
  rt.link_command = read_link_command(rt.dir);
  ++counters.runtime_builds;
  return rt;
}

bool mentions_stale_pch(const Toolchain& t, const Runtime& rt, const std::string& diagnostics) {
  // clang names the PCH in every complaint about it ("has been modified
  // since the precompiled header ... was built", "malformed or corrupted AST
  // file"); a compile error in the user's code never does.
  return diagnostics.find((rt.dir / t.pch_name).string()) != std::string::npos ||
         diagnostics.find("precompiled header") != std::string::npos;
}

Runtime rebuild_runtime(const Toolchain& t, const Runtime& rt, std::filesystem::file_time_type stale_before) {
  FileLock lock(rt.dir.parent_path() / (rt.key + ".lock"));
  Runtime fresh = rt;
  // Another process may have rebuilt it while this one waited for the lock.
  std::error_code ec;
  fs::file_time_type built = fs::last_write_time(rt.dir / t.pch_name, ec);
  if (ec || built <= stale_before) {
    spdlog::info("rebuilding the judge runtime in {}: it is out of date", rt.dir.string());
    build_in_place(t, rt.dir);
  }
  fresh.link_command = read_link_command(rt.dir);
  return fresh;
}

}  // namespace judge
