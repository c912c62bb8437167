// Where judging meets the history: submits and tests are recorded, opening a
// problem is noted, and a running practice session is found. None of it may
// fail a judgement: a history that cannot be written only warns.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "judging/judge_solution.h"
#include "problem/problem.h"
#include "store/history.h"

namespace judge {

// The history for writing, or nothing (with one warning) when it cannot be
// opened: a read-only data folder, a file that is not a judge history.
std::unique_ptr<History> open_history_or_warn();

// The practice session running now, if any (and whether `problem` is in it).
std::optional<SessionRecord> running_session();

void record_opened(const Problem& problem);
void record_judgement(const Problem& problem, const std::string& kind, const SolutionVerdict& verdict,
                      const std::string& source);

// Interview mode: a running session in interview mode that includes the problem.
bool interview_mode_for(const Problem& problem);

}  // namespace judge
