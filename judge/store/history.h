// The history store (design §8): every submit and test, the first time each
// problem was opened, practice sessions. SQLite in $XDG_DATA_HOME/judge
// (default ~/.local/share/judge), WAL, one transaction per write, the schema
// versioned and migrated in place.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace judge {

// Seconds since the epoch, or $JUDGE_NOW when set (tests and fixed dates).
int64_t now_unix();

struct SubmissionRecord {
  int64_t id = 0;
  int64_t at = 0;  // unix seconds
  std::string kind = "submit";  // "submit" or "test"
  std::string problem;
  std::string pack;
  std::string verdict;
  int passed = 0;
  int total = 0;
  double max_cpu_ms = 0;
  int64_t peak_kb = 0;
  std::string source_hash;
  std::string source;  // kept when small (64 KB), else empty
  std::optional<int64_t> session_id;
  bool overtime = false;
  std::optional<int64_t> since_opened_s;  // seconds since the problem was first opened
};

struct SessionRecord {
  int64_t id = 0;
  int64_t started = 0;
  int minutes = 45;
  std::vector<std::string> problems;
  bool interview = false;
  std::optional<int64_t> ended;
  int64_t deadline() const { return started + static_cast<int64_t>(minutes) * 60; }
};

struct HistoryFilter {
  std::string problem;
  std::optional<int64_t> since;  // unix seconds
  std::string kind;              // "" for both
};

class History {
 public:
  // $JUDGE_DATA_DIR, else $XDG_DATA_HOME/judge, else ~/.local/share/judge.
  static std::filesystem::path default_dir();

  // Opens the store in `dir` (creating it for writers). A file that is not a
  // judge history is an error and is left untouched.
  History(const std::filesystem::path& dir, bool create);

  void record_opened(const std::string& problem, const std::string& pack, int64_t at);
  std::optional<int64_t> first_opened(const std::string& problem);
  std::map<std::string, int64_t> opened();  // every problem's first opening
  int64_t record(SubmissionRecord r);
  std::vector<SubmissionRecord> submissions(const HistoryFilter& filter = {});

  int64_t start_session(const SessionRecord& s);
  // The session that has not been ended (at most one).
  std::optional<SessionRecord> open_session();
  void end_session(int64_t id, int64_t at);
  std::vector<SessionRecord> sessions();

  // Everything as JSON, and back: import skips what is already there.
  std::string export_json();
  struct ImportCounts {
    int submissions = 0, sessions = 0, opened = 0, skipped = 0;
  };
  ImportCounts import_json(const std::string& text);

  const std::filesystem::path& path() const { return db_.path(); }
  Database& database() { return db_; }

 private:
  Database db_;
};

// The schema's version after all migrations.
int history_schema_version();

}  // namespace judge
