// judge practice: a timed set of problems, like a screening round. Starting
// one picks the problems and starts the clock; judge submit counts toward it
// while it runs (later submits are overtime); status, watch (a live
// countdown) and end (the summary) follow it.
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "bank/bank.h"
#include "cli/options.h"
#include "cli/time_format.h"
#include "problem/problem_loader.h"
#include "progress/progress.h"
#include "report/style.h"
#include "store/history.h"
#include "util/errors.h"
#include "util/files.h"

namespace judge {

namespace {

struct PracticeOptions {
  std::string pack, topic, difficulty, problems;
  int count = 2;
  int minutes = 45;
  bool interview = false;
  bool json = false;
  bool once = false;  // watch: one frame, then exit
};

// How a session's problems went, from the history.
struct ProblemResult {
  std::string problem;
  int attempts = 0;
  std::optional<int64_t> solved_at;
  bool overtime = false;
};

std::vector<ProblemResult> session_results(History& h, const SessionRecord& s) {
  std::vector<ProblemResult> out;
  std::vector<SubmissionRecord> rows = h.submissions({"", std::nullopt, "submit"});
  for (const std::string& slug : s.problems) {
    ProblemResult r;
    r.problem = slug;
    for (const SubmissionRecord& row : rows) {
      if (row.problem != slug || row.session_id != s.id) continue;
      ++r.attempts;
      if (row.verdict == "AC" && !r.solved_at) {
        r.solved_at = row.at;
        r.overtime = row.overtime;
      }
    }
    out.push_back(r);
  }
  return out;
}

std::vector<std::string> pick_problems(const GlobalOptions& global, const PracticeOptions& o, History& h) {
  std::vector<Problem> bank = load_bank(problems_root(global.problems_dir));
  if (!o.problems.empty()) {
    std::vector<std::string> chosen;
    std::stringstream list(o.problems);
    for (std::string slug; std::getline(list, slug, ',');) {
      if (slug.empty()) continue;
      fs::path dir = find_package(problems_root(global.problems_dir), slug);  // unknown: a usage error
      chosen.push_back(dir.filename().string());
    }
    if (chosen.empty()) throw UsageError("--problems names no problem");
    return chosen;
  }
  if (o.count < 1) throw UsageError("--count must be at least 1");
  std::vector<Problem> candidates;
  for (Problem& p : bank) {
    if (!o.pack.empty() && p.pack != o.pack) continue;
    if (!o.difficulty.empty() && difficulty_name(p.difficulty) != o.difficulty) continue;
    if (!o.topic.empty() && std::find(p.topics.begin(), p.topics.end(), o.topic) == p.topics.end()) continue;
    candidates.push_back(std::move(p));
  }
  if (candidates.empty()) throw UsageError("no problem matches --pack, --topic and --difficulty");
  // The same order judge next gives: due reviews, retries, the weakest topics.
  auto progress = progress_by_problem(h.submissions(), {});
  std::vector<std::string> chosen;
  for (const Recommendation& r : recommend(candidates, progress, now_unix(), static_cast<size_t>(o.count)))
    chosen.push_back(r.problem);
  // Everything solved and nothing due: take the least recently practised.
  for (const Problem& p : candidates) {
    if (chosen.size() >= static_cast<size_t>(o.count)) break;
    if (std::find(chosen.begin(), chosen.end(), p.slug) == chosen.end()) chosen.push_back(p.slug);
  }
  return chosen;
}

void print_status(const SessionRecord& s, const std::vector<ProblemResult>& results, int64_t now) {
  Style st = style_for(stdout);
  int64_t left = std::min<int64_t>(s.deadline() - now, static_cast<int64_t>(s.minutes) * 60);
  size_t solved = static_cast<size_t>(std::count_if(results.begin(), results.end(), [](auto& r) { return r.solved_at.has_value(); }));
  std::string clock = left > 0 ? fmt::format("{} left of {} min", clock_duration(left), s.minutes)
                               : st.yellow(fmt::format("time is up ({} ago): submits now count as overtime", clock_duration(-left)));
  fmt::print("Session {}{} · {} · {}/{} solved\n", s.id, s.interview ? " (interview)" : "", clock, solved, results.size());
  for (const ProblemResult& r : results) {
    if (r.solved_at)
      fmt::print("  {} {:<40} solved after {}{} · {} attempt{}\n", st.green("✔"), r.problem,
                 clock_duration(std::max<int64_t>(0, *r.solved_at - s.started)), r.overtime ? " (overtime)" : "", r.attempts,
                 r.attempts == 1 ? "" : "s");
    else if (r.attempts)
      fmt::print("  {} {:<40} {} attempt{}, not solved yet\n", st.red("✘"), r.problem, r.attempts, r.attempts == 1 ? "" : "s");
    else
      fmt::print("  · {:<40} not tried yet\n", r.problem);
  }
}

nlohmann::ordered_json status_json(const SessionRecord& s, const std::vector<ProblemResult>& results, int64_t now) {
  nlohmann::ordered_json problems = nlohmann::ordered_json::array();
  for (const ProblemResult& r : results)
    problems.push_back({{"problem", r.problem},
                        {"attempts", r.attempts},
                        {"solved", r.solved_at.has_value()},
                        {"seconds_to_solve", r.solved_at ? nlohmann::ordered_json(std::max<int64_t>(0, *r.solved_at - s.started))
                                                         : nlohmann::ordered_json(nullptr)},
                        {"overtime", r.overtime}});
  return {{"session", s.id},
          {"started", s.started},
          {"minutes", s.minutes},
          {"interview", s.interview},
          {"seconds_left", std::clamp<int64_t>(s.deadline() - now, 0, static_cast<int64_t>(s.minutes) * 60)},
          {"ended", s.ended ? nlohmann::ordered_json(*s.ended) : nlohmann::ordered_json(nullptr)},
          {"problems", std::move(problems)}};
}

SessionRecord running_or_fail(History& h) {
  std::optional<SessionRecord> s = h.open_session();
  if (!s) throw UsageError("no practice session is running (start one with: judge practice)");
  return *s;
}

int run_start(const GlobalOptions& global, const PracticeOptions& o) {
  if (o.minutes < 1 || o.minutes > 24 * 60) throw UsageError("--minutes must be between 1 and 1440");
  if (!o.difficulty.empty() && o.difficulty != "easy" && o.difficulty != "medium" && o.difficulty != "hard")
    throw UsageError(fmt::format("--difficulty must be easy, medium or hard, not '{}'", o.difficulty));
  History h(History::default_dir(), true);
  if (std::optional<SessionRecord> running = h.open_session())
    throw UsageError(fmt::format("session {} is still running: judge practice status, or judge practice end", running->id));
  SessionRecord s;
  s.started = now_unix();
  s.minutes = o.minutes;
  s.interview = o.interview;
  s.problems = pick_problems(global, o, h);
  s.id = h.start_session(s);
  for (const std::string& slug : s.problems) h.record_opened(slug, "", s.started);
  if (o.json) {
    print_json(status_json(s, session_results(h, s), s.started));
    return kExitAccepted;
  }
  Style st = style_for(stdout);
  fmt::print("{}\n", st.bold(fmt::format("Practice session {} · {} problem{} · {} min · until {}{}", s.id, s.problems.size(),
                                         s.problems.size() == 1 ? "" : "s", s.minutes, local_time(s.deadline(), "%H:%M"),
                                         s.interview ? " · interview mode" : "")));
  for (size_t i = 0; i < s.problems.size(); ++i) fmt::print("  {}. {}   (judge show {})\n", i + 1, s.problems[i], s.problems[i]);
  fmt::print("{}\n", st.dim("judge submit counts toward it · judge practice status · judge practice watch · judge practice end"));
  return kExitAccepted;
}

int run_status(const PracticeOptions& o) {
  History h(History::default_dir(), true);
  SessionRecord s = running_or_fail(h);
  if (o.json) print_json(status_json(s, session_results(h, s), now_unix()));
  else print_status(s, session_results(h, s), now_unix());
  return kExitAccepted;
}

int run_end(const PracticeOptions& o) {
  History h(History::default_dir(), true);
  SessionRecord s = running_or_fail(h);
  int64_t now = now_unix();
  h.end_session(s.id, now);
  s.ended = now;
  std::vector<ProblemResult> results = session_results(h, s);
  if (o.json) {
    print_json(status_json(s, results, now));
    return kExitAccepted;
  }
  size_t solved = static_cast<size_t>(std::count_if(results.begin(), results.end(), [](auto& r) { return r.solved_at.has_value(); }));
  fmt::print("Session {} ended after {} (of {} min): {}/{} solved\n", s.id, clock_duration(std::max<int64_t>(0, now - s.started)),
             s.minutes, solved, results.size());
  for (const ProblemResult& r : results)
    fmt::print("  {:<40} {}, {} attempt{}\n", r.problem,
               r.solved_at ? fmt::format("solved after {}{}", clock_duration(std::max<int64_t>(0, *r.solved_at - s.started)),
                                         r.overtime ? " (overtime)" : "")
                           : std::string("not solved"),
               r.attempts, r.attempts == 1 ? "" : "s");
  return kExitAccepted;
}

// A countdown that redraws itself in place on a terminal, and prints a line
// a minute (and the last one) anywhere else. It stops when time is up or the
// session ends.
int run_watch(const PracticeOptions& o) {
  bool tty = ::isatty(1);
  Style st = style_for(stdout);
  int64_t last_printed_minute = -1;
  for (;;) {
    History h(History::default_dir(), true);
    std::optional<SessionRecord> s = h.open_session();
    if (!s) {
      fmt::print("{}no practice session is running\n", tty ? "\r\033[K" : "");
      return kExitAccepted;
    }
    std::vector<ProblemResult> results = session_results(h, *s);
    // A clock set back before the start shows the whole session, no more.
    int64_t now = now_unix(), left = std::min<int64_t>(s->deadline() - now, static_cast<int64_t>(s->minutes) * 60);
    size_t solved = static_cast<size_t>(std::count_if(results.begin(), results.end(), [](auto& r) { return r.solved_at.has_value(); }));
    std::string line = left > 0 ? fmt::format("⏱  {} left · {}/{} solved · session {}", clock_duration(left), solved,
                                              results.size(), s->id)
                                : fmt::format("⏱  time is up · {}/{} solved · session {}", solved, results.size(), s->id);
    std::string painted = left <= 0 ? st.red(line) : left < 300 ? st.yellow(line) : line;
    if (tty) {
      fmt::print("\r\033[K{}", painted);
    } else if (left / 60 != last_printed_minute || left <= 0 || o.once) {
      fmt::print("{}\n", line);
      last_printed_minute = left / 60;
    }
    std::fflush(stdout);
    if (left <= 0 || o.once) {
      if (tty) fmt::print("\n");
      return kExitAccepted;
    }
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
}

}  // namespace

Command make_practice_command(CLI::App& root, const GlobalOptions& global) {
  auto o = std::make_shared<PracticeOptions>();
  CLI::App* app = root.add_subcommand("practice", "A timed practice session: start one, or status / watch / end");
  app->add_option("--pack", o->pack, "Pick from this pack");
  app->add_option("--topic", o->topic, "Pick from this topic");
  app->add_option("--difficulty", o->difficulty, "easy, medium or hard");
  app->add_option("--count", o->count, "How many problems (default 2)");
  app->add_option("--minutes", o->minutes, "How long (default 45)");
  app->add_option("--problems", o->problems, "Exactly these problems, comma-separated");
  app->add_flag("--interview", o->interview, "Interview mode: failing inputs are never shown, only verdict counts");
  app->add_flag("--json", o->json, "Print JSON");
  app->require_subcommand(0, 1);
  CLI::App* status = app->add_subcommand("status", "Time left and how each problem went");
  status->add_flag("--json", o->json, "Print JSON");
  CLI::App* end = app->add_subcommand("end", "End the session and print its summary");
  end->add_flag("--json", o->json, "Print JSON");
  CLI::App* watch = app->add_subcommand("watch", "A live countdown for a terminal");
  watch->add_flag("--once", o->once, "Print one frame and exit");
  return {app, [&global, o, status, end, watch] {
            if (status->parsed()) return run_status(*o);
            if (end->parsed()) return run_end(*o);
            if (watch->parsed()) return run_watch(*o);
            return run_start(global, *o);
          }};
}

}  // namespace judge
