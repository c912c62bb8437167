#include "judging/time_limit.h"

#include <cmath>
#include <system_error>

#include <fmt/format.h>

#include "judging/judge_tests.h"
#include "judging/package_tests.h"
#include "util/errors.h"
#include "util/files.h"
#include "util/hash.h"

namespace judge {

namespace {

constexpr int kMeasureLimitMs = 10000;  // generous: this run measures, it does not judge

std::vector<fs::path> accepted_programs(const Problem& p) {
  std::vector<fs::path> files{p.reference_path()};
  std::error_code ec;
  std::vector<fs::path> accepted;
  for (fs::directory_iterator it(p.dir / "submissions" / "accepted", ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".cpp") accepted.push_back(it->path());
  std::sort(accepted.begin(), accepted.end());
  files.insert(files.end(), accepted.begin(), accepted.end());
  return files;
}

}  // namespace

int resolve_time_limit(Workbench& bench) {
  Problem& p = bench.problem;
  if (!p.limits.derived) return p.limits.time_ms;
  build_package(bench);
  std::vector<TestCase> tests = submission_tests(bench);
  std::vector<fs::path> binaries;
  Hasher key;
  key.add("time-limit-v1").add(std::to_string(p.limits.multiplier)).add(std::to_string(p.limits.memory_mb));
  for (const fs::path& file : accepted_programs(p)) {
    fs::path binary = compile_package_file(bench, UnitKind::Solution, file, bench.counters);
    binaries.push_back(binary);
    key.add(binary.filename().string());
  }
  for (const TestCase& t : tests) key.add(t.input);
  fs::path stored = bench.cache / "limits" / key.hex();
  std::error_code ec;
  if (fs::exists(stored, ec)) {
    p.limits.time_ms = std::atoi(read_file(stored).c_str());
    if (p.limits.time_ms >= 100) return p.limits.time_ms;
  }
  double slowest = 0;
  JudgeOptions measure;
  measure.alongside_reference = false;
  measure.stop_at_first_failure = true;
  measure.time_limit_ms = kMeasureLimitMs;
  std::vector<fs::path> files = accepted_programs(p);
  for (size_t i = 0; i < binaries.size(); ++i) {
    Judgement j = judge_tests(bench, binaries[i], tests, measure);
    if (j.verdict != Verdict::AC)
      throw JudgeError(fmt::format("{}: an accepted program gets {} ({}), so no time limit can be derived",
                                   display_path(files[i]), verdict_code(j.verdict), j.message));
    slowest = std::max(slowest, j.max_cpu_ms);
  }
  p.limits.time_ms = std::max(100, static_cast<int>(std::ceil(slowest * p.limits.multiplier)));
  make_dirs(stored.parent_path());
  write_file_atomic(stored, std::to_string(p.limits.time_ms) + "\n");
  return p.limits.time_ms;
}

}  // namespace judge
