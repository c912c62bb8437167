// The history store: migrations, records, sessions, export and import, and
// the files it must refuse to touch.
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "store/history.h"
#include "util/files.h"
#include "util/temp_dir.h"

using namespace judge;

namespace {

SubmissionRecord submission(const std::string& problem, const std::string& verdict, int64_t at) {
  SubmissionRecord r;
  r.at = at;
  r.problem = problem;
  r.pack = "neetcode";
  r.verdict = verdict;
  r.passed = verdict == "AC" ? 5 : 2;
  r.total = 5;
  r.max_cpu_ms = 1.5;
  r.peak_kb = 2048;
  r.source_hash = problem + std::to_string(at);
  r.source = "class Solution {};";
  return r;
}

}  // namespace

TEST(History, CreatesTheSchemaAndRecords) {
  TempDir tmp;
  History h(tmp.path() / "data", true);
  EXPECT_EQ(h.database().query_integer("PRAGMA user_version"), history_schema_version());
  EXPECT_EQ(h.database().query_text("PRAGMA journal_mode"), "wal");
  h.record(submission("two-sum", "WA", 100));
  h.record(submission("two-sum", "AC", 200));
  h.record(submission("lru-cache", "AC", 300));
  EXPECT_EQ(h.submissions().size(), 3u);
  EXPECT_EQ(h.submissions({"two-sum", std::nullopt, ""}).size(), 2u);
  EXPECT_EQ(h.submissions({"", int64_t{250}, ""}).size(), 1u);
  EXPECT_EQ(h.submissions()[1].verdict, "AC");
  EXPECT_EQ(h.submissions()[1].source, "class Solution {};");
}

TEST(History, ReopensWithoutMigratingAgain) {
  TempDir tmp;
  { History h(tmp.path(), true); h.record(submission("a", "AC", 1)); }
  History again(tmp.path(), false);
  EXPECT_EQ(again.submissions().size(), 1u);
}

TEST(History, BigSourcesAreNotKept) {
  TempDir tmp;
  History h(tmp.path(), true);
  SubmissionRecord r = submission("a", "AC", 1);
  r.source = std::string(100000, 'x');
  h.record(r);
  EXPECT_EQ(h.submissions()[0].source, "");
  EXPECT_EQ(h.submissions()[0].source_hash, r.source_hash);
}

TEST(History, FirstOpenedKeepsTheEarliest) {
  TempDir tmp;
  History h(tmp.path(), true);
  EXPECT_FALSE(h.first_opened("two-sum"));
  h.record_opened("two-sum", "neetcode", 500);
  h.record_opened("two-sum", "neetcode", 900);
  h.record_opened("two-sum", "neetcode", 300);
  EXPECT_EQ(h.first_opened("two-sum"), 300);
}

TEST(History, Sessions) {
  TempDir tmp;
  History h(tmp.path(), true);
  EXPECT_FALSE(h.open_session());
  SessionRecord s;
  s.started = 1000;
  s.minutes = 45;
  s.problems = {"two-sum", "lru-cache"};
  s.interview = true;
  int64_t id = h.start_session(s);
  auto open = h.open_session();
  ASSERT_TRUE(open);
  EXPECT_EQ(open->id, id);
  EXPECT_EQ(open->problems, s.problems);
  EXPECT_TRUE(open->interview);
  EXPECT_EQ(open->deadline(), 1000 + 45 * 60);
  h.end_session(id, 2000);
  EXPECT_FALSE(h.open_session());
  EXPECT_EQ(h.sessions()[0].ended, 2000);
}

TEST(History, ExportImportRoundTripSkipsDuplicates) {
  TempDir a, b;
  History from(a.path(), true);
  SessionRecord s;
  s.started = 50;
  s.problems = {"two-sum"};
  int64_t sid = from.start_session(s);
  SubmissionRecord r = submission("two-sum", "AC", 60);
  r.session_id = sid;
  from.record(r);
  from.record(submission("lru-cache", "WA", 70));
  from.record_opened("two-sum", "neetcode", 40);
  std::string json = from.export_json();

  History to(b.path(), true);
  to.start_session(SessionRecord{0, 1, 10, {"other"}, false, std::nullopt});  // ids will differ
  History::ImportCounts c = to.import_json(json);
  EXPECT_EQ(c.submissions, 2);
  EXPECT_EQ(c.sessions, 1);
  EXPECT_EQ(c.opened, 1);
  auto subs = to.submissions({"two-sum", std::nullopt, ""});
  ASSERT_EQ(subs.size(), 1u);
  ASSERT_TRUE(subs[0].session_id);
  EXPECT_EQ(to.sessions()[static_cast<size_t>(*subs[0].session_id - 1)].problems, std::vector<std::string>{"two-sum"});
  History::ImportCounts again = to.import_json(json);
  EXPECT_EQ(again.submissions, 0);
  EXPECT_EQ(again.skipped, 3);  // 2 submissions + 1 session
  EXPECT_EQ(to.submissions().size(), 2u);
  EXPECT_THROW(to.import_json("{\"x\": 1}"), StoreError);
  EXPECT_THROW(to.import_json("not json"), StoreError);
}

TEST(History, AFileThatIsNotAHistoryIsLeftAlone) {
  TempDir tmp;
  std::string garbage(4096, '\x5a');
  write_file_atomic(tmp.path() / "history.db", garbage);
  try {
    History h(tmp.path(), true);
    FAIL() << "opened a file that is not a database";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("history.db"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("not a database"), std::string::npos) << e.what();
  }
  EXPECT_EQ(read_file(tmp.path() / "history.db"), garbage);
}

TEST(History, ANewerSchemaIsRefused) {
  TempDir tmp;
  { History h(tmp.path(), true); h.database().exec("PRAGMA user_version = 99"); }
  try {
    History h(tmp.path(), false);
    FAIL();
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("written by a newer judge"), std::string::npos) << e.what();
  }
}

TEST(History, NowCanBeFixed) {
  ::setenv("JUDGE_NOW", "123456", 1);
  EXPECT_EQ(now_unix(), 123456);
  ::unsetenv("JUDGE_NOW");
  EXPECT_GT(now_unix(), 1700000000);
}
