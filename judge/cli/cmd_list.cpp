// judge list: the problems in the bank, filtered by pack, topic, difficulty.
#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>
#include <system_error>

#include <fmt/format.h>

#include "bank/bank.h"
#include "bank/roadmap.h"
#include "cli/options.h"
#include "progress/progress.h"
#include "store/history.h"
#include "problem/problem_loader.h"
#include "report/style.h"
#include "util/errors.h"

namespace judge {

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

struct ListOptions {
  std::string pack, topic, difficulty;
  bool json = false;
  bool solved = false, unsolved = false, attempted = false;
};

// Each problem's progress from the history; none when there is no history.
std::map<std::string, ProblemProgress> read_progress() {
  try {
    History h(History::default_dir(), false);
    return progress_by_problem(h.submissions(), {});
  } catch (const StoreError& e) {
    std::error_code ec;
    if (std::filesystem::exists(History::default_dir() / "history.db", ec))
      fmt::print(stderr, "judge: progress not shown: {}\n", e.what());
    return {};
  }
}

int run_list(const GlobalOptions& global, const ListOptions& o) {
  if (!o.difficulty.empty() && o.difficulty != "easy" && o.difficulty != "medium" && o.difficulty != "hard")
    throw UsageError(fmt::format("--difficulty must be easy, medium or hard, not '{}'", o.difficulty));
  if (o.solved + o.unsolved + o.attempted > 1) throw UsageError("--solved, --unsolved and --attempted exclude each other");
  std::filesystem::path root = problems_root(global.problems_dir);
  std::map<std::string, ProblemProgress> progress = read_progress();
  auto status = [&](const Problem& p) -> std::string {
    auto it = progress.find(p.slug);
    if (it == progress.end() || !it->second.attempted()) return "";
    return it->second.solved() ? "solved" : "attempted";
  };
  std::vector<Problem> shown;
  std::vector<std::string> broken;
  std::vector<std::string> packs, topics;
  for (const std::filesystem::path& dir : find_packages(root)) {
    Problem p;
    try {
      p = load_problem(dir);
    } catch (const JudgeError& e) {
      broken.push_back(e.what());
      continue;
    }
    packs.push_back(p.pack);
    topics.insert(topics.end(), p.topics.begin(), p.topics.end());
    if (!o.pack.empty() && p.pack != o.pack) continue;
    if (!o.difficulty.empty() && difficulty_name(p.difficulty) != o.difficulty) continue;
    if (!o.topic.empty() &&
        std::none_of(p.topics.begin(), p.topics.end(), [&](const std::string& t) { return lower(t) == lower(o.topic); }))
      continue;
    std::string st = status(p);
    if ((o.solved && st != "solved") || (o.unsolved && st == "solved") || (o.attempted && st != "attempted")) continue;
    shown.push_back(std::move(p));
  }
  auto unknown = [](const std::string& what, const std::string& value, std::vector<std::string> known) {
    std::sort(known.begin(), known.end());
    known.erase(std::unique(known.begin(), known.end()), known.end());
    if (value.empty() || std::find(known.begin(), known.end(), value) != known.end()) return;
    std::vector<std::string> close = suggest(value, known);
    throw UsageError(fmt::format("no {} '{}'{}", what, value,
                                 close.empty() ? fmt::format(" (known: {})", fmt::join(known, ", "))
                                               : fmt::format(" (did you mean {}?)", fmt::join(close, ", "))));
  };
  unknown("pack", o.pack, packs);
  unknown("topic", lower(o.topic), topics);
  // Roadmap order: pack, category (the first topic), easy before hard.
  auto category = [](const Problem& p) { return p.topics.empty() ? std::string() : p.topics[0]; };
  std::stable_sort(shown.begin(), shown.end(), [&](const Problem& a, const Problem& b) {
    return std::make_tuple(a.pack, roadmap_rank(category(a)), category(a), static_cast<int>(a.difficulty), a.slug) <
           std::make_tuple(b.pack, roadmap_rank(category(b)), category(b), static_cast<int>(b.difficulty), b.slug);
  });

  if (o.json) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const Problem& p : shown)
      out.push_back({{"slug", p.slug},
                     {"pack", p.pack},
                     {"title", p.title},
                     {"difficulty", difficulty_name(p.difficulty)},
                     {"category", category(p)},
                     {"topics", p.topics},
                     {"leetcode", p.leetcode_number ? nlohmann::ordered_json(p.leetcode_number) : nlohmann::ordered_json(nullptr)},
                     {"url", p.url},
                     {"status", status(p).empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(status(p))}});
    print_json(out);
  } else {
    Style s = style_for(stdout);
    size_t slug_w = 7, title_w = 5;
    for (const Problem& p : shown) {
      slug_w = std::max(slug_w, p.slug.size());
      title_w = std::max(title_w, p.title.size());
    }
    fmt::print("{}\n", s.bold(fmt::format("  {:<9} {:<{}}  {:<{}}  {:<10} {}", "PACK", "PROBLEM", slug_w, "TITLE", title_w,
                                          "DIFFICULTY", "TOPICS")));
    std::map<std::pair<std::string, std::string>, int> group_size;
    for (const Problem& p : shown) ++group_size[{p.pack, category(p)}];
    std::pair<std::string, std::string> group;
    for (const Problem& p : shown) {
      if (std::make_pair(p.pack, category(p)) != group) {
        group = {p.pack, category(p)};
        fmt::print("{}\n", s.dim(fmt::format("  {} · {} · {}", p.pack, category_title(category(p)), group_size[group])));
      }
      std::string diff = difficulty_name(p.difficulty);
      std::string painted = p.difficulty == Difficulty::Easy     ? s.green(diff)
                            : p.difficulty == Difficulty::Medium ? s.yellow(diff)
                                                                 : s.red(diff);
      std::string st = status(p);
      std::string mark = st == "solved" ? s.green("✔") : st == "attempted" ? s.red("✘") : " ";
      fmt::print("{} {:<9} {:<{}}  {:<{}}  {}{} {}\n", mark, p.pack, p.slug, slug_w, p.title, title_w, painted,
                 std::string(10 - diff.size(), ' '), fmt::join(p.topics, ", "));
    }
    fmt::print("{}\n", s.dim(fmt::format("{} problem{}", shown.size(), shown.size() == 1 ? "" : "s")));
  }
  for (const std::string& b : broken) fmt::print(stderr, "judge: judge error: {}\n", b);
  return broken.empty() ? kExitAccepted : kExitJudgeError;
}

}  // namespace

Command make_list_command(CLI::App& root, const GlobalOptions& global) {
  auto options = std::make_shared<ListOptions>();
  CLI::App* app = root.add_subcommand("list", "List the problems (filter by pack, topic, difficulty)");
  app->add_option("--pack", options->pack, "Only this pack (neetcode, ml, ...)");
  app->add_option("--topic", options->topic, "Only problems with this topic");
  app->add_option("--difficulty", options->difficulty, "easy, medium or hard");
  app->add_flag("--solved", options->solved, "Only problems you have solved (✔)");
  app->add_flag("--unsolved", options->unsolved, "Only problems you have not solved yet");
  app->add_flag("--attempted", options->attempted, "Only problems tried but not solved (✘)");
  app->add_flag("--json", options->json, "Print JSON");
  return {app, [&global, options] { return run_list(global, *options); }};
}

}  // namespace judge
