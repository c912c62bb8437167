#include "bank/bank.h"

#include <algorithm>
#include <cstdlib>
#include <system_error>

#include <fmt/format.h>

#include "problem/problem_loader.h"
#include "util/errors.h"
#include "util/files.h"

#ifndef JUDGE_SOURCE_PROBLEMS
#define JUDGE_SOURCE_PROBLEMS ""
#endif

namespace judge {

namespace {

size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

fs::path problems_root(const std::string& override_dir) {
  std::error_code ec;
  if (!override_dir.empty()) {
    if (!fs::is_directory(override_dir, ec)) throw UsageError(fmt::format("{}: no such problems directory", override_dir));
    return override_dir;
  }
  if (const char* env = std::getenv("JUDGE_PROBLEMS"); env && *env) {
    if (!fs::is_directory(env, ec)) throw UsageError(fmt::format("{}: JUDGE_PROBLEMS is not a directory", env));
    return env;
  }
  for (fs::path candidate : {fs::path(JUDGE_SOURCE_PROBLEMS), fs::path("problems")})
    if (!candidate.empty() && fs::is_directory(candidate, ec)) return candidate;
  throw UsageError("no problems directory: pass --problems DIR or set JUDGE_PROBLEMS");
}

std::vector<fs::path> find_packages(const fs::path& root) {
  std::vector<fs::path> found;
  std::error_code ec;
  for (fs::directory_iterator packs(root, ec), end; !ec && packs != end; packs.increment(ec)) {
    if (!packs->is_directory(ec)) continue;
    std::error_code inner;
    for (fs::directory_iterator it(packs->path(), inner); !inner && it != end; it.increment(inner))
      if (it->is_directory(inner) && fs::exists(it->path() / "problem.yaml", inner)) found.push_back(it->path());
  }
  if (ec) throw JudgeError(fmt::format("{}: {}", root.string(), ec.message()));
  std::sort(found.begin(), found.end());
  return found;
}

std::vector<std::string> suggest(const std::string& wrong, const std::vector<std::string>& known, size_t max) {
  std::vector<std::pair<size_t, std::string>> scored;
  for (const std::string& k : known) {
    size_t d = edit_distance(wrong, k);
    // A prefix or substring match ("two" -> "two-sum") is as good as a typo.
    if (k.find(wrong) != std::string::npos && wrong.size() >= 3) d = std::min<size_t>(d, 2);
    if (d <= std::max<size_t>(2, k.size() / 3)) scored.emplace_back(d, k);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (size_t i = 0; i < scored.size() && i < max; ++i) out.push_back(scored[i].second);
  return out;
}

fs::path find_package(const fs::path& root, const std::string& slug) {
  std::vector<fs::path> packages = find_packages(root);
  std::vector<std::string> known;
  for (const fs::path& p : packages) {
    std::string pack_slug = p.parent_path().filename().string() + "/" + p.filename().string();
    if (p.filename() == slug || pack_slug == slug) return p;
    known.push_back(p.filename().string());
  }
  std::vector<std::string> close = suggest(slug, known);
  std::string hint = close.empty() ? " (see: judge list)" : fmt::format(" (did you mean {}?)", fmt::join(close, ", "));
  throw UsageError(fmt::format("unknown problem '{}'{}", slug, hint));
}

std::vector<Problem> load_bank(const fs::path& root) {
  std::vector<Problem> bank;
  for (const fs::path& dir : find_packages(root)) bank.push_back(load_problem(dir));
  return bank;
}

}  // namespace judge
