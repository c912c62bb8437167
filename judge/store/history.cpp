#include "store/history.h"

#include <cstdlib>
#include <ctime>
#include <map>
#include <system_error>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "util/files.h"

namespace judge {

namespace {

// Each migration takes the schema from version i to i+1, in one transaction.
const char* const kMigrations[] = {
    // 1: the first schema.
    R"SQL(
      CREATE TABLE opened (
        problem TEXT PRIMARY KEY,
        pack TEXT NOT NULL,
        first_at INTEGER NOT NULL
      );
      CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        started INTEGER NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        problems TEXT NOT NULL,
        interview INTEGER NOT NULL DEFAULT 0,
        ended INTEGER
      );
      CREATE TABLE submissions (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('submit', 'test')),
        problem TEXT NOT NULL,
        pack TEXT NOT NULL,
        verdict TEXT NOT NULL,
        passed INTEGER NOT NULL,
        total INTEGER NOT NULL,
        max_cpu_ms REAL NOT NULL,
        peak_kb INTEGER NOT NULL,
        source_hash TEXT NOT NULL,
        source TEXT NOT NULL,
        session_id INTEGER REFERENCES sessions(id),
        overtime INTEGER NOT NULL DEFAULT 0,
        since_opened INTEGER
      );
      CREATE INDEX submissions_by_problem ON submissions(problem, at);
      CREATE INDEX submissions_by_time ON submissions(at);
    )SQL",
};

constexpr size_t kSourceKept = 64 * 1024;

void migrate(Database& db) {
  int64_t current = db.query_integer("PRAGMA user_version");
  int64_t latest = history_schema_version();
  if (current > latest)
    throw StoreError(fmt::format("{}: written by a newer judge (schema {}, this judge knows {})", db.path().string(),
                                 current, latest));
  for (int64_t v = current; v < latest; ++v) {
    Transaction t(db);
    db.exec(kMigrations[v]);
    db.exec(fmt::format("PRAGMA user_version = {}", v + 1));
    t.commit();
  }
}

std::string join_json(const std::vector<std::string>& v) { return nlohmann::json(v).dump(); }

std::vector<std::string> split_json(const std::string& s) {
  try {
    return nlohmann::json::parse(s).get<std::vector<std::string>>();
  } catch (const std::exception&) {
    return {};
  }
}

// The one INSERT of a submission (inside the caller's transaction).
void insert_submission(Database& db, const SubmissionRecord& r) {
  Statement q = db.prepare(
      "INSERT INTO submissions (at, kind, problem, pack, verdict, passed, total, max_cpu_ms, peak_kb, source_hash, "
      "source, session_id, overtime, since_opened) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
  q.bind(1, r.at).bind(2, r.kind).bind(3, r.problem).bind(4, r.pack).bind(5, r.verdict);
  q.bind(6, static_cast<int64_t>(r.passed)).bind(7, static_cast<int64_t>(r.total)).bind(8, r.max_cpu_ms).bind(9, r.peak_kb);
  q.bind(10, r.source_hash).bind(11, r.source).bind(12, r.session_id).bind(13, static_cast<int64_t>(r.overtime));
  q.bind(14, r.since_opened_s);
  q.run();
}

SessionRecord session_from(Statement& q) {
  SessionRecord s;
  s.id = q.integer(0);
  s.started = q.integer(1);
  s.minutes = static_cast<int>(q.integer(2));
  s.problems = split_json(q.text(3));
  s.interview = q.integer(4) != 0;
  if (!q.is_null(5)) s.ended = q.integer(5);
  return s;
}

}  // namespace

int history_schema_version() { return static_cast<int>(sizeof kMigrations / sizeof kMigrations[0]); }

int64_t now_unix() {
  if (const char* fixed = std::getenv("JUDGE_NOW"); fixed && *fixed) return std::atoll(fixed);
  return static_cast<int64_t>(std::time(nullptr));
}

std::filesystem::path History::default_dir() {
  if (const char* d = std::getenv("JUDGE_DATA_DIR"); d && *d) return d;
  if (const char* x = std::getenv("XDG_DATA_HOME"); x && *x) return std::filesystem::path(x) / "judge";
  if (const char* h = std::getenv("HOME"); h && *h) return std::filesystem::path(h) / ".local" / "share" / "judge";
  throw StoreError("no data directory: set HOME, XDG_DATA_HOME or JUDGE_DATA_DIR");
}

static std::filesystem::path prepared_path(const std::filesystem::path& dir, bool create) {
  if (create) {
    try {
      make_dirs(dir);
    } catch (const std::runtime_error& e) {
      throw StoreError(e.what());
    }
  }
  return dir / "history.db";
}

History::History(const std::filesystem::path& dir, bool create) : db_(prepared_path(dir, create), create) { migrate(db_); }

void History::record_opened(const std::string& problem, const std::string& pack, int64_t at) {
  Transaction t(db_);
  db_.prepare("INSERT INTO opened (problem, pack, first_at) VALUES (?1, ?2, ?3) "
              "ON CONFLICT(problem) DO UPDATE SET first_at = MIN(first_at, excluded.first_at)")
      .bind(1, problem)
      .bind(2, pack)
      .bind(3, at)
      .run();
  t.commit();
}

std::optional<int64_t> History::first_opened(const std::string& problem) {
  Statement q = db_.prepare("SELECT first_at FROM opened WHERE problem = ?1");
  q.bind(1, problem);
  if (!q.step()) return std::nullopt;
  return q.integer(0);
}

std::map<std::string, int64_t> History::opened() {
  Statement q = db_.prepare("SELECT problem, first_at FROM opened");
  std::map<std::string, int64_t> out;
  while (q.step()) out[q.text(0)] = q.integer(1);
  return out;
}

int64_t History::record(SubmissionRecord r) {
  if (r.source.size() > kSourceKept) r.source.clear();
  Transaction t(db_);
  insert_submission(db_, r);
  int64_t id = db_.last_insert_id();
  t.commit();
  return id;
}

std::vector<SubmissionRecord> History::submissions(const HistoryFilter& f) {
  // Ordered by id, the order they were recorded: a clock that went
  // backwards cannot shuffle the history.
  Statement q = db_.prepare(
      "SELECT id, at, kind, problem, pack, verdict, passed, total, max_cpu_ms, peak_kb, source_hash, source, "
      "session_id, overtime, since_opened FROM submissions "
      "WHERE (?1 = '' OR problem = ?1) AND (?2 IS NULL OR at >= ?2) AND (?3 = '' OR kind = ?3) ORDER BY id");
  q.bind(1, f.problem).bind(2, f.since).bind(3, f.kind);
  std::vector<SubmissionRecord> out;
  while (q.step()) {
    SubmissionRecord r;
    r.id = q.integer(0);
    r.at = q.integer(1);
    r.kind = q.text(2);
    r.problem = q.text(3);
    r.pack = q.text(4);
    r.verdict = q.text(5);
    r.passed = static_cast<int>(q.integer(6));
    r.total = static_cast<int>(q.integer(7));
    r.max_cpu_ms = q.real(8);
    r.peak_kb = q.integer(9);
    r.source_hash = q.text(10);
    r.source = q.text(11);
    if (!q.is_null(12)) r.session_id = q.integer(12);
    r.overtime = q.integer(13) != 0;
    if (!q.is_null(14)) r.since_opened_s = q.integer(14);
    out.push_back(std::move(r));
  }
  return out;
}

int64_t History::start_session(const SessionRecord& s) {
  Transaction t(db_);
  db_.prepare("INSERT INTO sessions (started, minutes, problems, interview) VALUES (?1, ?2, ?3, ?4)")
      .bind(1, s.started)
      .bind(2, static_cast<int64_t>(s.minutes))
      .bind(3, join_json(s.problems))
      .bind(4, static_cast<int64_t>(s.interview))
      .run();
  int64_t id = db_.last_insert_id();
  t.commit();
  return id;
}

std::optional<SessionRecord> History::open_session() {
  Statement q = db_.prepare(
      "SELECT id, started, minutes, problems, interview, ended FROM sessions WHERE ended IS NULL ORDER BY id DESC LIMIT 1");
  if (!q.step()) return std::nullopt;
  return session_from(q);
}

void History::end_session(int64_t id, int64_t at) {
  Transaction t(db_);
  db_.prepare("UPDATE sessions SET ended = ?2 WHERE id = ?1 AND ended IS NULL").bind(1, id).bind(2, at).run();
  t.commit();
}

std::vector<SessionRecord> History::sessions() {
  Statement q = db_.prepare("SELECT id, started, minutes, problems, interview, ended FROM sessions ORDER BY id");
  std::vector<SessionRecord> out;
  while (q.step()) out.push_back(session_from(q));
  return out;
}

std::string History::export_json() {
  nlohmann::ordered_json j;
  j["format"] = "judge-history";
  j["schema"] = history_schema_version();
  nlohmann::ordered_json opened = nlohmann::ordered_json::array();
  Statement q = db_.prepare("SELECT problem, pack, first_at FROM opened ORDER BY problem");
  while (q.step()) opened.push_back({{"problem", q.text(0)}, {"pack", q.text(1)}, {"first_at", q.integer(2)}});
  j["opened"] = std::move(opened);
  nlohmann::ordered_json sessions = nlohmann::ordered_json::array();
  for (const SessionRecord& s : this->sessions())
    sessions.push_back({{"id", s.id},
                        {"started", s.started},
                        {"minutes", s.minutes},
                        {"problems", s.problems},
                        {"interview", s.interview},
                        {"ended", s.ended ? nlohmann::ordered_json(*s.ended) : nlohmann::ordered_json(nullptr)}});
  j["sessions"] = std::move(sessions);
  nlohmann::ordered_json subs = nlohmann::ordered_json::array();
  for (const SubmissionRecord& r : submissions())
    subs.push_back({{"at", r.at},
                    {"kind", r.kind},
                    {"problem", r.problem},
                    {"pack", r.pack},
                    {"verdict", r.verdict},
                    {"passed", r.passed},
                    {"total", r.total},
                    {"max_cpu_ms", r.max_cpu_ms},
                    {"peak_kb", r.peak_kb},
                    {"source_hash", r.source_hash},
                    {"source", r.source},
                    {"session", r.session_id ? nlohmann::ordered_json(*r.session_id) : nlohmann::ordered_json(nullptr)},
                    {"overtime", r.overtime},
                    {"since_opened", r.since_opened_s ? nlohmann::ordered_json(*r.since_opened_s) : nlohmann::ordered_json(nullptr)}});
  j["submissions"] = std::move(subs);
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

History::ImportCounts History::import_json(const std::string& text) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const std::exception& e) {
    throw StoreError(fmt::format("not a judge history export: {}", e.what()));
  }
  if (!j.is_object() || j.value("format", "") != "judge-history")
    throw StoreError("not a judge history export (no \"format\": \"judge-history\")");
  ImportCounts counts;
  try {
    Transaction t(db_);
    for (const auto& o : j.at("opened")) {
      db_.prepare("INSERT INTO opened (problem, pack, first_at) VALUES (?1, ?2, ?3) "
                  "ON CONFLICT(problem) DO UPDATE SET first_at = MIN(first_at, excluded.first_at)")
          .bind(1, o.at("problem").get<std::string>())
          .bind(2, o.at("pack").get<std::string>())
          .bind(3, o.at("first_at").get<int64_t>())
          .run();
      ++counts.opened;
    }
    // Sessions get new ids here; the submissions that point at them follow.
    std::map<int64_t, int64_t> session_ids;
    for (const auto& s : j.at("sessions")) {
      std::string problems = join_json(s.at("problems").get<std::vector<std::string>>());
      Statement same = db_.prepare("SELECT id FROM sessions WHERE started = ?1 AND problems = ?2");
      same.bind(1, s.at("started").get<int64_t>()).bind(2, problems);
      if (same.step()) {
        session_ids[s.at("id").get<int64_t>()] = same.integer(0);
        ++counts.skipped;
        continue;
      }
      Statement ins = db_.prepare("INSERT INTO sessions (started, minutes, problems, interview, ended) VALUES (?1, ?2, ?3, ?4, ?5)");
      ins.bind(1, s.at("started").get<int64_t>()).bind(2, s.at("minutes").get<int64_t>()).bind(3, problems);
      ins.bind(4, static_cast<int64_t>(s.at("interview").get<bool>()));
      if (s.at("ended").is_null()) ins.bind_null(5); else ins.bind(5, s.at("ended").get<int64_t>());
      ins.run();
      session_ids[s.at("id").get<int64_t>()] = db_.last_insert_id();
      ++counts.sessions;
    }
    for (const auto& s : j.at("submissions")) {
      Statement same = db_.prepare(
          "SELECT 1 FROM submissions WHERE at = ?1 AND kind = ?2 AND problem = ?3 AND source_hash = ?4 AND verdict = ?5");
      same.bind(1, s.at("at").get<int64_t>()).bind(2, s.at("kind").get<std::string>()).bind(3, s.at("problem").get<std::string>());
      same.bind(4, s.at("source_hash").get<std::string>()).bind(5, s.at("verdict").get<std::string>());
      if (same.step()) {
        ++counts.skipped;
        continue;
      }
      SubmissionRecord r;
      r.at = s.at("at").get<int64_t>();
      r.kind = s.at("kind").get<std::string>();
      if (r.kind != "submit" && r.kind != "test") throw StoreError("a submission's kind is neither submit nor test");
      r.problem = s.at("problem").get<std::string>();
      r.pack = s.at("pack").get<std::string>();
      r.verdict = s.at("verdict").get<std::string>();
      r.passed = s.at("passed").get<int>();
      r.total = s.at("total").get<int>();
      r.max_cpu_ms = s.at("max_cpu_ms").get<double>();
      r.peak_kb = s.at("peak_kb").get<int64_t>();
      r.source_hash = s.at("source_hash").get<std::string>();
      r.source = s.at("source").get<std::string>();
      if (!s.at("session").is_null()) {
        auto it = session_ids.find(s.at("session").get<int64_t>());
        if (it != session_ids.end()) r.session_id = it->second;
      }
      r.overtime = s.at("overtime").get<bool>();
      if (!s.at("since_opened").is_null()) r.since_opened_s = s.at("since_opened").get<int64_t>();
      insert_submission(db_, r);
      ++counts.submissions;
    }
    t.commit();
  } catch (const nlohmann::json::exception& e) {
    throw StoreError(fmt::format("not a judge history export: {}", e.what()));
  }
  return counts;
}

}  // namespace judge
