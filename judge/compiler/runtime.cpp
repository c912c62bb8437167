#include "compiler/runtime.h"

#include <unistd.h>

#include <future>
#include <random>
#include <system_error>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "harness/embedded_runtime.h"
#include "util/errors.h"
#include "util/file_lock.h"
#include "util/files.h"
#include "util/hash.h"
#include "util/subprocess.h"

namespace judge {

namespace {

void build_into(const Toolchain& t, const fs::path& dir) {
  for (const EmbeddedFile& f : embedded_runtime_files()) write_file_atomic(dir / f.name, f.text);
  write_file_atomic(dir / "prelude.h", prelude_text());
  auto compile = [&](std::vector<std::string> args) {
    std::vector<std::string> all = t.compile_flags;
    all.insert(all.end(), args.begin(), args.end());
    ToolRun run = run_tool(t.cxx, all, "", 300000, dir);
    if (run.exit_code != 0)
      throw JudgeError(fmt::format("building the judge runtime in {} failed ({}): {}", dir.string(),
                                   run.timed_out ? "timed out" : fmt::format("exit {}", run.exit_code),
                                   run.err.substr(0, 2000)));
  };
  // Both at once: the PCH is the long one (seconds), harness.o runs beside it.
  auto pch = std::async(std::launch::async, [&] { compile({"-x", "c++-header", "prelude.h", "-o", "prelude.h.gch"}); });
  compile({"-c", "judge_rt.cpp", "-o", "harness.o"});
  pch.get();
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
  h.add("runtime-v1").add(t.identity).add(prelude_text());
  for (const std::string& f : t.compile_flags) h.add(f);
  for (const EmbeddedFile& f : embedded_runtime_files()) h.add(f.name).add(f.text);
  return h.hex();
}

Runtime prepare_runtime(const Toolchain& t, const fs::path& cache, CacheCounters& counters) {
  Runtime rt;
  rt.key = runtime_key(t);
  fs::path parent = runtimes_dir(cache);
  rt.dir = parent / rt.key;
  std::error_code ec;
  if (fs::exists(rt.dir / "harness.o", ec)) return rt;
  make_dirs(parent);
  // One builder at a time; the others wait and then find it done.
  FileLock lock(parent / (rt.key + ".lock"));
  if (fs::exists(rt.dir / "harness.o", ec)) return rt;
  // A person at a terminal should know why this first run waits; scripts
  // and CI logs keep their stderr to the one line of a possible error.
  if (::isatty(2)) fmt::print(stderr, "judge: first run with this compiler: precompiling the prelude (once, a few seconds)\n");
  spdlog::info("building the judge runtime (precompiled headers) in {}", rt.dir.string());
  fs::path tmp = parent / fmt::format(".tmp-{}-{:x}", ::getpid(), std::random_device{}());
  make_dirs(tmp);
  try {
    build_into(t, tmp);
  } catch (...) {
    fs::remove_all(tmp, ec);
    throw;
  }
  fs::rename(tmp, rt.dir, ec);
  if (ec) {
    fs::remove_all(tmp, ec);
    if (!fs::exists(rt.dir / "harness.o", ec))
      throw JudgeError(fmt::format("{}: cannot install the judge runtime", rt.dir.string()));
  }
  ++counters.runtime_builds;
  return rt;
}

}  // namespace judge
