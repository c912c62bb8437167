// History, practice sessions, progress and the edit-test loop, through the
// real binary with a data folder of the test's own and a fixed clock.
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <future>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "e2e_support.h"
#include "util/files.h"
#include "util/subprocess.h"
#include "util/temp_dir.h"

namespace fs = std::filesystem;
using e2e::contains;

namespace {

constexpr long kT = 1763900000;

// A data folder of the test's own, and judge run with a clock set to `now`.
struct Learner {
  judge::TempDir data;
  e2e::Output judge(const std::vector<std::string>& args, long now = kT) {
    return e2e::run_judge(args, {}, {"XDG_DATA_HOME=" + data.path().string(), "JUDGE_NOW=" + std::to_string(now), "TZ=UTC"});
  }
  std::string ref(const std::string& pkg) { return (e2e::package(pkg) / "reference.cpp").string(); }
  std::string wrong(const std::string& pkg, const std::string& name) {
    return (e2e::package(pkg) / "submissions" / "wrong_answer" / name).string();
  }
};

}  // namespace

TEST(Practice, ASessionFromStartToSummary) {
  Learner l;
  e2e::Output start = l.judge({"practice", "--problems", "two-sum,valid-anagram", "--minutes", "30"});
  ASSERT_EQ(start.exit_code, 0) << start.err;
  EXPECT_TRUE(contains(start.out, "Practice session 1 · 2 problems · 30 min")) << start.out;
  EXPECT_EQ(l.judge({"practice"}).exit_code, 2);  // one session at a time
  l.judge({"submit", "two-sum", l.wrong("neetcode/two-sum", "adjacent-only.cpp")}, kT + 300);
  ASSERT_EQ(l.judge({"submit", "two-sum", l.ref("neetcode/two-sum")}, kT + 600).exit_code, 0);
  nlohmann::json status = l.judge({"practice", "status", "--json"}, kT + 700).json();
  EXPECT_EQ(status["seconds_left"], 30 * 60 - 700);
  EXPECT_EQ(status["problems"][0]["problem"], "two-sum");
  EXPECT_EQ(status["problems"][0]["attempts"], 2);
  EXPECT_EQ(status["problems"][0]["seconds_to_solve"], 600);
  EXPECT_FALSE(status["problems"][1]["solved"].get<bool>());
  // After the time is up a submit still counts, as overtime.
  l.judge({"submit", "valid-anagram", l.ref("neetcode/valid-anagram")}, kT + 40 * 60);
  e2e::Output over = l.judge({"practice", "status"}, kT + 40 * 60 + 5);
  EXPECT_TRUE(contains(over.out, "time is up")) << over.out;
  nlohmann::json end = l.judge({"practice", "end", "--json"}, kT + 41 * 60).json();
  EXPECT_TRUE(end["problems"][1]["overtime"].get<bool>());
  EXPECT_EQ(l.judge({"practice", "status"}).exit_code, 2);  // ended
  nlohmann::json history = l.judge({"history", "--json"}).json();
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[0]["session"], 1);
  EXPECT_FALSE(history[1]["overtime"].get<bool>());
  EXPECT_TRUE(history[2]["overtime"].get<bool>());
  EXPECT_EQ(history[1]["since_opened_s"], 600);  // practice opened the problem at the start
}

TEST(Practice, PicksByFilters) {
  Learner l;
  nlohmann::json s = l.judge({"practice", "--pack", "ml", "--count", "2", "--json"}).json();
  ASSERT_EQ(s["problems"].size(), 2u);
  nlohmann::json list = e2e::run_judge({"list", "--pack", "ml", "--json"}).json();
  std::set<std::string> ml;
  for (const auto& p : list) ml.insert(p["slug"].get<std::string>());
  for (const auto& p : s["problems"]) EXPECT_TRUE(ml.count(p["problem"].get<std::string>())) << p;
  EXPECT_EQ(l.judge({"practice", "end"}).exit_code, 0);
  EXPECT_EQ(l.judge({"practice", "--problems", "no-such-problem"}).exit_code, 2);
  EXPECT_EQ(l.judge({"practice", "--topic", "no-such-topic"}).exit_code, 2);
}

TEST(Practice, InterviewModeShowsOnlyVerdicts) {
  Learner l;
  ASSERT_EQ(l.judge({"practice", "--problems", "two-sum", "--interview"}).exit_code, 0);
  std::string wrong = l.wrong("neetcode/two-sum", "reuses-same-index.cpp");
  e2e::Output test = l.judge({"test", "two-sum", wrong});
  EXPECT_EQ(test.exit_code, 1);
  EXPECT_TRUE(contains(test.out, "✘ sample 2 WA")) << test.out;
  EXPECT_FALSE(contains(test.out, "nums = [")) << test.out;
  EXPECT_FALSE(contains(test.out, "expected")) << test.out;
  e2e::Output submit = l.judge({"submit", "two-sum", wrong, "--show-failing"});
  EXPECT_TRUE(contains(submit.err, "interview mode")) << submit.err;
  EXPECT_TRUE(contains(submit.out, "Wrong Answer")) << submit.out;
  EXPECT_TRUE(contains(submit.out, "interview mode: failing inputs and outputs stay hidden")) << submit.out;
  EXPECT_FALSE(contains(submit.out, "nums = [")) << submit.out;
  EXPECT_FALSE(contains(submit.out, "expected")) << submit.out;
  nlohmann::json j = l.judge({"submit", "two-sum", wrong, "--json", "--show-failing"}).json();
  EXPECT_FALSE(j.contains("failing_case"));
  EXPECT_EQ(j["message"], "");
}

TEST(History, FormatsAndFilters) {
  Learner l;
  l.judge({"submit", "two-sum", l.ref("neetcode/two-sum")}, kT);
  l.judge({"test", "valid-anagram", l.ref("neetcode/valid-anagram")}, kT + 2 * 86400);
  e2e::Output text = l.judge({"history"});
  EXPECT_TRUE(contains(text.out, "two-sum")) << text.out;
  EXPECT_TRUE(contains(text.out, "valid-anagram"));
  e2e::Output csv = l.judge({"history", "--csv"});
  EXPECT_EQ(csv.out.rfind("time,kind,problem,pack,verdict", 0), 0u) << csv.out;
  EXPECT_TRUE(contains(csv.out, ",test,valid-anagram,neetcode,AC,"));
  EXPECT_EQ(l.judge({"history", "--json", "--problem", "two-sum"}).json().size(), 1u);
  EXPECT_EQ(l.judge({"history", "--json", "--since", "2025-11-24"}).json().size(), 1u);
  EXPECT_EQ(l.judge({"history", "--since", "yesterday"}).exit_code, 2);
}

TEST(History, ExportAndImportMoveItBetweenMachines) {
  Learner a, b;
  a.judge({"submit", "two-sum", a.ref("neetcode/two-sum")});
  a.judge({"submit", "lru-cache", a.ref("neetcode/lru-cache")}, kT + 10);
  judge::TempDir tmp;
  fs::path file = tmp.path() / "history.json";
  ASSERT_EQ(a.judge({"export", "-o", file.string()}).exit_code, 0);
  e2e::Output imported = b.judge({"import", file.string()});
  EXPECT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_TRUE(contains(imported.out, "imported 2 submissions"));
  EXPECT_TRUE(contains(b.judge({"import", file.string()}).out, "imported 0 submissions"));
  EXPECT_EQ(b.judge({"history", "--json"}).json().size(), 2u);
  judge::write_file_atomic(tmp.path() / "bad.json", "{\"not\": \"ours\"}");
  EXPECT_EQ(b.judge({"import", (tmp.path() / "bad.json").string()}).exit_code, 2);
}

TEST(Progress, ListStatusStatsAndNext) {
  Learner l;
  l.judge({"submit", "two-sum", l.ref("neetcode/two-sum")});
  l.judge({"submit", "lru-cache", l.wrong("neetcode/lru-cache", "fifo.cpp")});
  nlohmann::json solved = l.judge({"list", "--solved", "--json"}).json();
  ASSERT_EQ(solved.size(), 1u);
  EXPECT_EQ(solved[0]["slug"], "two-sum");
  nlohmann::json attempted = l.judge({"list", "--attempted", "--json"}).json();
  ASSERT_EQ(attempted.size(), 1u);
  EXPECT_EQ(attempted[0]["slug"], "lru-cache");
  EXPECT_TRUE(contains(l.judge({"list"}).out, "✔ neetcode  two-sum"));
  nlohmann::json stats = l.judge({"stats", "--json"}).json();
  EXPECT_EQ(stats["overall"]["solved"], 1);
  EXPECT_EQ(stats["overall"]["attempted"], 2);
  EXPECT_EQ(stats["streak_days"], 1);
  EXPECT_EQ(stats["packs"]["neetcode"]["solved"], 1);
  EXPECT_GT(stats["packs"]["neetcode"]["problems"].get<int>(), 10);
  EXPECT_TRUE(contains(l.judge({"stats"}).out, "Progress: 1 of"));
  // Right away the failed one comes first; two days later two-sum is due for review.
  nlohmann::json now = l.judge({"next", "--json", "--count", "2"}).json();
  EXPECT_EQ(now[0]["problem"], "lru-cache");
  EXPECT_EQ(now[0]["kind"], "retry");
  nlohmann::json later = l.judge({"next", "--json"}, kT + 2 * 86400).json();
  EXPECT_EQ(later[0]["problem"], "two-sum");
  EXPECT_EQ(later[0]["kind"], "review");
  e2e::Output explained = l.judge({"next", "--explain"}, kT + 2 * 86400);
  EXPECT_TRUE(contains(explained.out, "review: solved 1 time")) << explained.out;
}

TEST(Watch, RerunsTheTestsWhenTheFileIsSaved) {
  judge::TempDir tmp;
  fs::path sol = tmp.path() / "two-sum.cpp";
  judge::write_file_atomic(sol, judge::read_file(e2e::package("neetcode/two-sum") / "submissions" / "wrong_answer" / "reuses-same-index.cpp"));
  auto watching = std::async(std::launch::async, [&] { return e2e::run_judge({"watch", "two-sum", sol.string(), "--runs", "2"}); });
  // Save a fixed version, as an editor does: write elsewhere, rename over it.
  std::this_thread::sleep_for(std::chrono::seconds(3));
  judge::write_file_atomic(sol, judge::read_file(e2e::package("neetcode/two-sum") / "reference.cpp"));
  ASSERT_EQ(watching.wait_for(std::chrono::seconds(120)), std::future_status::ready);
  e2e::Output o = watching.get();
  EXPECT_EQ(o.exit_code, 0) << o.out << o.err;
  EXPECT_TRUE(contains(o.out, "1/3 passed")) << o.out;  // the first run, on the wrong version
  EXPECT_TRUE(contains(o.out, "run 2")) << o.out;
  EXPECT_TRUE(contains(o.out, "3/3 passed")) << o.out;
}

TEST(HistoryBadInput, ACorruptStoreIsReportedAndNeverOverwritten) {
  Learner l;
  fs::create_directories(l.data.path() / "judge");
  std::string garbage = "this is not a database, it is a note I keep here\n";
  judge::write_file_atomic(l.data.path() / "judge" / "history.db", garbage);
  e2e::Output history = l.judge({"history"});
  EXPECT_EQ(history.exit_code, 3);
  EXPECT_TRUE(contains(history.err, "history.db")) << history.err;
  EXPECT_TRUE(contains(history.err, "not a database")) << history.err;
  // Judging still works; the history is not written, and says so.
  e2e::Output submit = l.judge({"submit", "two-sum", l.ref("neetcode/two-sum")});
  EXPECT_EQ(submit.exit_code, 0) << submit.err;
  EXPECT_TRUE(contains(submit.err, "history not saved")) << submit.err;
  EXPECT_EQ(judge::read_file(l.data.path() / "judge" / "history.db"), garbage);
}

TEST(HistoryBadInput, AnUnwritableDataFolderOnlyWarns) {
  // /proc takes no new folders, even from root.
  e2e::Output o = e2e::run_judge({"submit", "two-sum", (e2e::package("neetcode/two-sum") / "reference.cpp").string()}, {},
                                 {"XDG_DATA_HOME=/proc/1"});
  EXPECT_EQ(o.exit_code, 0) << o.err;
  EXPECT_TRUE(contains(o.err, "history not saved")) << o.err;
  EXPECT_TRUE(contains(o.out, "Accepted"));
}

TEST(HistoryBadInput, AClockGoingBackwards) {
  Learner l;
  l.judge({"practice", "--problems", "two-sum", "--minutes", "10"}, kT + 1000);
  l.judge({"submit", "two-sum", l.wrong("neetcode/two-sum", "adjacent-only.cpp")}, kT + 2000);
  l.judge({"submit", "two-sum", l.ref("neetcode/two-sum")}, kT + 500);  // the clock went back
  nlohmann::json status = l.judge({"practice", "status", "--json"}, kT).json();
  EXPECT_EQ(status["seconds_left"], 600);  // never more than the session itself
  EXPECT_EQ(status["problems"][0]["seconds_to_solve"], 0);
  nlohmann::json history = l.judge({"history", "--json"}).json();
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0]["verdict"], "WA");  // recorded order, not clock order
  nlohmann::json stats = l.judge({"stats", "--json"}, kT + 500).json();
  EXPECT_EQ(stats["overall"]["solved"], 1);
  EXPECT_GE(stats["overall"]["median_seconds_to_accept"].get<double>(), 0);
}

TEST(HistoryBadInput, ProblemsGoneFromTheBank) {
  Learner l;
  judge::TempDir tmp;
  fs::path file = tmp.path() / "old.json";
  judge::write_file_atomic(file, R"({"format": "judge-history", "schema": 1, "opened": [], "sessions": [],
    "submissions": [{"at": 1763900000, "kind": "submit", "problem": "retired-problem", "pack": "old", "verdict": "AC",
    "passed": 3, "total": 3, "max_cpu_ms": 1, "peak_kb": 100, "source_hash": "x", "source": "", "session": null,
    "overtime": false, "since_opened": null}]})");
  ASSERT_EQ(l.judge({"import", file.string()}).exit_code, 0);
  EXPECT_TRUE(contains(l.judge({"history"}).out, "retired-problem"));
  EXPECT_EQ(l.judge({"stats"}).exit_code, 0);
  EXPECT_EQ(l.judge({"list", "--solved", "--json"}).json().size(), 0u);
  nlohmann::json next = l.judge({"next", "--json"}).json();
  ASSERT_FALSE(next.empty());
  EXPECT_NE(next[0]["problem"], "retired-problem");
}

// The live countdown in a real terminal (tmux): it redraws in place.
TEST(PracticeWatch, CountsDownInATerminal) {
  if (judge::find_program("tmux").empty()) GTEST_SKIP() << "tmux is not installed (scripts/setup installs it)";
  Learner l;
  ASSERT_EQ(e2e::run_judge({"practice", "--problems", "two-sum", "--minutes", "5"}, {},
                           {"XDG_DATA_HOME=" + l.data.path().string()}).exit_code, 0);
  // A server of its own (-L), never the user's tmux.
  std::string socket = "judge-test-" + std::to_string(::getpid());
  auto tmux = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"-L", socket});
    return judge::run_tool(judge::find_program("tmux"), args, "", 10000);
  };
  std::string data = "XDG_DATA_HOME=" + l.data.path().string();
  judge::ToolRun started = tmux({"-f", "/dev/null", "new-session", "-d", "-s", "watch", "-x", "100", "-y", "5", "-e", data,
                                 "-e", "NO_COLOR=1", std::string(JUDGE_BINARY) + " practice watch"});
  ASSERT_EQ(started.exit_code, 0) << started.err;
  // Keep the pane after the watch exits, to read its last words.
  tmux({"set-option", "-t", "watch", "remain-on-exit", "on"});
  auto capture = [&] { return tmux({"capture-pane", "-p", "-t", "watch"}).out; };
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  std::string first = capture();
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  std::string second = capture();
  EXPECT_TRUE(contains(first, "left · 0/1 solved · session 1")) << first;
  EXPECT_NE(first, second) << "the countdown did not move";
  // One line, redrawn in place: no second countdown line below it.
  size_t lines = 0;
  for (size_t at = second.find("left ·"); at != std::string::npos; at = second.find("left ·", at + 1)) ++lines;
  EXPECT_EQ(lines, 1u) << second;
  // Ending the session stops the watch: its pane dies, with status 0.
  pid_t server = std::atoi(tmux({"display-message", "-p", "-t", "watch", "#{pid}"}).out.c_str());
  e2e::run_judge({"practice", "end"}, {}, {data});
  std::string dead;
  for (int i = 0; i < 50 && dead != "1 0\n"; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    dead = tmux({"list-panes", "-t", "watch", "-F", "#{pane_dead} #{pane_dead_status}"}).out;
    // tmux misses the SIGCHLD of a pane that exits while libutempter has
    // swapped out its handler (tmux/tmux#311): the pane is dead, the process
    // a zombie no one reaps. Its maintainer's remedy: send tmux a SIGCHLD.
    if (dead == "1 \n" && server > 0) ::kill(server, SIGCHLD);
  }
  EXPECT_EQ(dead, "1 0\n") << "the watch did not stop when the session ended";
  tmux({"kill-server"});
}
