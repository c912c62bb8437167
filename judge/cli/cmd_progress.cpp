// judge stats and judge next: progress per topic, difficulty and pack, and
// the problem to do now (spaced repetition over what was solved, the weakest
// topics for new problems).
#include <system_error>

#include <fmt/format.h>

#include "bank/bank.h"
#include "bank/roadmap.h"
#include "cli/options.h"
#include "cli/time_format.h"
#include "progress/progress.h"
#include "report/style.h"
#include "store/history.h"
#include "util/errors.h"
#include "util/files.h"

namespace judge {

namespace {

struct ProgressOptions {
  bool json = false;
  bool explain = false;
  int count = 1;
};

// The history's progress; empty when there is no history yet.
std::map<std::string, ProblemProgress> load_progress() {
  std::error_code ec;
  fs::path dir = History::default_dir();
  if (!fs::exists(dir / "history.db", ec)) return {};
  History h(dir, false);
  return progress_by_problem(h.submissions(), h.opened());
}

nlohmann::ordered_json group_json(const GroupStats& g) {
  return {{"problems", g.problems},
          {"attempted", g.attempted},
          {"solved", g.solved},
          {"solve_rate", g.attempted ? nlohmann::ordered_json(static_cast<double>(g.solved) / g.attempted) : nlohmann::ordered_json(nullptr)},
          {"median_seconds_to_accept", g.median_seconds_to_accept ? nlohmann::ordered_json(*g.median_seconds_to_accept) : nlohmann::ordered_json(nullptr)},
          {"attempts_per_accept", g.attempts_per_accept ? nlohmann::ordered_json(*g.attempts_per_accept) : nlohmann::ordered_json(nullptr)}};
}

void print_groups(const Style& s, const std::string& title, const std::map<std::string, GroupStats>& groups) {
  fmt::print("{}\n", s.bold(fmt::format("  {:<24} {:>9} {:>7} {:>6} {:>14} {:>12}", title, "attempted", "solved", "rate",
                                        "median to AC", "attempts/AC")));
  // Difficulties easy to hard, topics in roadmap order (others alphabetically).
  auto rank = [](const std::string& name) {
    if (name == "easy") return -3;
    if (name == "medium") return -2;
    if (name == "hard") return -1;
    return roadmap_rank(name);
  };
  std::vector<std::pair<std::string, GroupStats>> ordered(groups.begin(), groups.end());
  std::stable_sort(ordered.begin(), ordered.end(),
                   [&](const auto& a, const auto& b) { return rank(a.first) < rank(b.first); });
  for (const auto& [name, g] : ordered) {
    if (g.attempted == 0 && g.solved == 0) {
      fmt::print("  {:<24} {:>9} {:>7} {:>6} {:>14} {:>12}\n", name, 0, fmt::format("0/{}", g.problems), "-", "-", "-");
      continue;
    }
    fmt::print("  {:<24} {:>9} {:>7} {:>5.0f}% {:>14} {:>12}\n", name, g.attempted, fmt::format("{}/{}", g.solved, g.problems),
               100.0 * g.solved / std::max(1, g.attempted),
               g.median_seconds_to_accept ? human_duration(*g.median_seconds_to_accept) : "-",
               g.attempts_per_accept ? fmt::format("{:.1f}", *g.attempts_per_accept) : "-");
  }
}

int run_stats(const GlobalOptions& global, const ProgressOptions& o) {
  std::vector<Problem> bank = load_bank(problems_root(global.problems_dir));
  int64_t now = now_unix();
  Stats st = compute_stats(bank, load_progress(), now, utc_offset(now));
  if (o.json) {
    nlohmann::ordered_json j;
    j["overall"] = group_json(st.overall);
    j["streak_days"] = st.streak_days;
    for (auto& [k, g] : st.by_pack) j["packs"][k] = group_json(g);
    for (auto& [k, g] : st.by_difficulty) j["difficulties"][k] = group_json(g);
    for (auto& [k, g] : st.by_topic) j["topics"][k] = group_json(g);
    print_json(j);
    return kExitAccepted;
  }
  Style s = style_for(stdout);
  fmt::print("{}\n", s.bold(fmt::format("Progress: {} of {} problems solved · streak {} day{}", st.overall.solved,
                                        st.overall.problems, st.streak_days, st.streak_days == 1 ? "" : "s")));
  for (const auto& [pack, g] : st.by_pack)
    fmt::print("  {:<24} {}/{} ({:.0f}%)\n", pack, g.solved, g.problems, 100.0 * g.solved / std::max(1, g.problems));
  print_groups(s, "difficulty", st.by_difficulty);
  print_groups(s, "topic", st.by_topic);
  return kExitAccepted;
}

int run_next(const GlobalOptions& global, const ProgressOptions& o) {
  std::vector<Problem> bank = load_bank(problems_root(global.problems_dir));
  std::vector<Recommendation> picks = recommend(bank, load_progress(), now_unix(), static_cast<size_t>(std::max(1, o.count)));
  if (o.json) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const Recommendation& r : picks) out.push_back({{"problem", r.problem}, {"kind", r.kind}, {"reason", r.reason}});
    print_json(out);
    return kExitAccepted;
  }
  if (picks.empty()) {
    fmt::print("nothing to do: every problem is solved and no review is due\n");
    return kExitAccepted;
  }
  Style s = style_for(stdout);
  for (const Recommendation& r : picks) {
    fmt::print("{}  {}\n", s.bold(r.problem), s.dim("(" + r.kind + ")"));
    if (o.explain) fmt::print("    {}\n", r.reason);
  }
  if (picks.size() == 1) fmt::print("{}\n", s.dim("start with: judge init " + picks[0].problem));
  return kExitAccepted;
}

}  // namespace

Command make_stats_command(CLI::App& root, const GlobalOptions& global) {
  auto o = std::make_shared<ProgressOptions>();
  CLI::App* app = root.add_subcommand("stats", "Your progress per topic, difficulty and pack");
  app->add_flag("--json", o->json, "Print JSON");
  return {app, [&global, o] { return run_stats(global, *o); }};
}

Command make_next_command(CLI::App& root, const GlobalOptions& global) {
  auto o = std::make_shared<ProgressOptions>();
  CLI::App* app = root.add_subcommand("next", "Which problem to do now (spaced repetition, weakest topics)");
  app->add_flag("--explain", o->explain, "Say why");
  app->add_option("--count", o->count, "Show this many candidates (default 1)");
  app->add_flag("--json", o->json, "Print JSON");
  return {app, [&global, o] { return run_next(global, *o); }};
}

}  // namespace judge
