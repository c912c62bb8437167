#include "cli/history_hooks.h"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "util/hash.h"

namespace judge {

std::unique_ptr<History> open_history_or_warn() {
  try {
    return std::make_unique<History>(History::default_dir(), true);
  } catch (const StoreError& e) {
    spdlog::warn("history not saved: {}", e.what());
    return nullptr;
  }
}

std::optional<SessionRecord> running_session() {
  try {
    History h(History::default_dir(), false);
    return h.open_session();
  } catch (const StoreError&) {
    return std::nullopt;  // no history yet, or none readable: no session
  }
}

void record_opened(const Problem& problem) {
  if (auto h = open_history_or_warn()) {
    try {
      h->record_opened(problem.slug, problem.pack, now_unix());
    } catch (const StoreError& e) {
      spdlog::warn("history not saved: {}", e.what());
    }
  }
}

bool interview_mode_for(const Problem& problem) {
  std::optional<SessionRecord> s = running_session();
  return s && s->interview && std::find(s->problems.begin(), s->problems.end(), problem.slug) != s->problems.end();
}

void record_judgement(const Problem& problem, const std::string& kind, const SolutionVerdict& v, const std::string& source) {
  std::unique_ptr<History> h = open_history_or_warn();
  if (!h) return;
  try {
    SubmissionRecord r;
    r.at = now_unix();
    r.kind = kind;
    r.problem = problem.slug;
    r.pack = problem.pack;
    r.verdict = verdict_code(v.verdict);
    if (v.judgement) {
      r.passed = static_cast<int>(v.judgement->passed);
      r.total = static_cast<int>(v.judgement->results.size());
      r.max_cpu_ms = v.judgement->max_cpu_ms;
      r.peak_kb = v.judgement->peak_kb;
    }
    r.source_hash = hash_hex(source);
    r.source = source;
    if (std::optional<int64_t> opened = h->first_opened(problem.slug)) r.since_opened_s = std::max<int64_t>(0, r.at - *opened);
    if (std::optional<SessionRecord> s = h->open_session();
        s && std::find(s->problems.begin(), s->problems.end(), problem.slug) != s->problems.end()) {
      r.session_id = s->id;
      r.overtime = r.at > s->deadline();
    }
    h->record(r);
  } catch (const StoreError& e) {
    spdlog::warn("history not saved: {}", e.what());
  }
}

}  // namespace judge
