// A thin, careful SQLite connection: WAL, a busy timeout, every write in a
// transaction, every error a StoreError naming the database file. The
// history store (history.h) and practice sessions are built on it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace judge {

struct StoreError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Statement {
 public:
  Statement(sqlite3* db, const std::string& sql, const std::string& path);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, int64_t v);
  Statement& bind(int index, double v);
  Statement& bind(int index, const std::string& v);
  Statement& bind_null(int index);
  Statement& bind(int index, const std::optional<int64_t>& v) { return v ? bind(index, *v) : bind_null(index); }

  bool step();  // true while a row is available
  void run() {
    while (step()) {}
  }
  int64_t integer(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  bool is_null(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  std::string path_;
};

class Database {
 public:
  // Opens (creating when `create`) the database file; a file that is not a
  // judge database is a StoreError and is never touched.
  Database(const std::filesystem::path& path, bool create);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(const std::string& sql);
  // The first column of the first row (a count, a pragma), the statement
  // finished before it returns: nothing stays in progress across a commit.
  int64_t query_integer(const std::string& sql);
  std::string query_text(const std::string& sql);
  Statement prepare(const std::string& sql) { return Statement(db_, sql, path_.string()); }
  int64_t last_insert_id() const;
  const std::filesystem::path& path() const { return path_; }
  sqlite3* handle() { return db_; }

 private:
  sqlite3* db_ = nullptr;
  std::filesystem::path path_;
};

// BEGIN IMMEDIATE ... COMMIT; rolled back if the scope is left otherwise.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

}  // namespace judge
