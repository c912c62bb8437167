// judge history, judge export, judge import: the record of every submit and
// test, as a table, JSON or CSV, and moved between machines as JSON.
#include <memory>
#include <system_error>

#include <fmt/format.h>

#include "cli/options.h"
#include "cli/time_format.h"
#include "report/judgement_report.h"
#include "report/style.h"
#include "store/history.h"
#include "util/errors.h"
#include "util/files.h"

namespace judge {

namespace {

struct HistoryOptions {
  std::string problem;
  std::string since;
  bool json = false;
  bool csv = false;
  std::string file;  // export --output / import FILE
};

// Opens an existing history; nothing when there is none yet.
std::unique_ptr<History> existing_history() {
  fs::path dir = History::default_dir();
  std::error_code ec;
  if (!fs::exists(dir / "history.db", ec)) return nullptr;
  return std::make_unique<History>(dir, false);
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

int run_history(const HistoryOptions& o) {
  if (o.json && o.csv) throw UsageError("--json and --csv exclude each other");
  HistoryFilter filter;
  filter.problem = o.problem;
  if (!o.since.empty()) {
    filter.since = parse_local_date(o.since);
    if (!filter.since) throw UsageError(fmt::format("--since takes a date as YYYY-MM-DD, not '{}'", o.since));
  }
  std::unique_ptr<History> h = existing_history();
  std::vector<SubmissionRecord> rows = h ? h->submissions(filter) : std::vector<SubmissionRecord>{};
  if (o.json) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const SubmissionRecord& r : rows)
      out.push_back({{"id", r.id}, {"at", r.at}, {"time", local_time(r.at, "%Y-%m-%dT%H:%M:%S%z")}, {"kind", r.kind},
                     {"problem", r.problem}, {"pack", r.pack}, {"verdict", r.verdict}, {"passed", r.passed},
                     {"total", r.total}, {"max_cpu_ms", r.max_cpu_ms}, {"peak_kb", r.peak_kb},
                     {"source_hash", r.source_hash},
                     {"session", r.session_id ? nlohmann::ordered_json(*r.session_id) : nlohmann::ordered_json(nullptr)},
                     {"overtime", r.overtime},
                     {"since_opened_s", r.since_opened_s ? nlohmann::ordered_json(*r.since_opened_s) : nlohmann::ordered_json(nullptr)}});
    print_json(out);
    return kExitAccepted;
  }
  if (o.csv) {
    fmt::print("time,kind,problem,pack,verdict,passed,total,max_cpu_ms,peak_kb,session,overtime,since_opened_s\n");
    for (const SubmissionRecord& r : rows)
      fmt::print("{},{},{},{},{},{},{},{:.3f},{},{},{},{}\n", local_time(r.at, "%Y-%m-%dT%H:%M:%S"), r.kind,
                 csv_field(r.problem), csv_field(r.pack), r.verdict, r.passed, r.total, r.max_cpu_ms, r.peak_kb,
                 r.session_id ? std::to_string(*r.session_id) : "", r.overtime ? 1 : 0,
                 r.since_opened_s ? std::to_string(*r.since_opened_s) : "");
    return kExitAccepted;
  }
  Style s = style_for(stdout);
  if (rows.empty()) {
    fmt::print("{}\n", s.dim(h ? "no submissions match" : "no history yet: judge submit records every submission"));
    return kExitAccepted;
  }
  fmt::print("{}\n", s.bold(fmt::format("{:<16}  {:<28} {:<6} {:<7} {:>7}  {:>8}  {:>8}", "WHEN", "PROBLEM", "KIND",
                                        "VERDICT", "PASSED", "CPU", "MEMORY")));
  for (const SubmissionRecord& r : rows) {
    std::string verdict = r.verdict == "AC" ? s.green(r.verdict) : s.red(r.verdict);
    fmt::print("{:<16}  {:<28} {:<6} {}{} {:>7}  {:>8}  {:>8}{}\n", local_time(r.at), r.problem, r.kind, verdict,
               std::string(8 - r.verdict.size(), ' '), fmt::format("{}/{}", r.passed, r.total), format_ms(r.max_cpu_ms),
               format_kb(static_cast<long>(r.peak_kb)), r.overtime ? s.yellow(" overtime") : "");
  }
  return kExitAccepted;
}

int run_export(const HistoryOptions& o) {
  std::unique_ptr<History> h = existing_history();
  if (!h) h = std::make_unique<History>(History::default_dir(), true);
  std::string json = h->export_json();
  if (o.file.empty() || o.file == "-") {
    fmt::print("{}", json);
  } else {
    try {
      write_file_atomic(o.file, json);
    } catch (const std::runtime_error& e) {
      throw UsageError(e.what());
    }
    fmt::print(stderr, "judge: exported the history to {}\n", o.file);
  }
  return kExitAccepted;
}

int run_import(const HistoryOptions& o) {
  std::string text;
  try {
    text = read_file(o.file);
  } catch (const std::runtime_error& e) {
    throw UsageError(e.what());
  }
  History h(History::default_dir(), true);
  History::ImportCounts c;
  try {
    c = h.import_json(text);
  } catch (const StoreError& e) {
    throw UsageError(fmt::format("{}: {}", o.file, e.what()));
  }
  fmt::print("imported {} submissions, {} sessions, {} opened problems; {} already there\n", c.submissions, c.sessions,
             c.opened, c.skipped);
  return kExitAccepted;
}

}  // namespace

Command make_history_command(CLI::App& root, const GlobalOptions&) {
  auto o = std::make_shared<HistoryOptions>();
  CLI::App* app = root.add_subcommand("history", "Every submit and test you made");
  app->add_option("--problem", o->problem, "Only this problem");
  app->add_option("--since", o->since, "Only from this date on (YYYY-MM-DD)");
  app->add_flag("--json", o->json, "Print JSON");
  app->add_flag("--csv", o->csv, "Print CSV");
  return {app, [o] { return run_history(*o); }};
}

Command make_export_command(CLI::App& root, const GlobalOptions&) {
  auto o = std::make_shared<HistoryOptions>();
  CLI::App* app = root.add_subcommand("export", "Write your whole history as JSON (to move it to another machine)");
  app->add_option("--output,-o", o->file, "Write to FILE instead of stdout");
  return {app, [o] { return run_export(*o); }};
}

Command make_import_command(CLI::App& root, const GlobalOptions&) {
  auto o = std::make_shared<HistoryOptions>();
  CLI::App* app = root.add_subcommand("import", "Add a history exported with judge export (what is already there is skipped)");
  app->add_option("file", o->file, "The JSON file")->required();
  return {app, [o] { return run_import(*o); }};
}

}  // namespace judge
