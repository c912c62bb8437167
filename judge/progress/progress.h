// What the history says about a learner, computed from records alone (no
// clock but the `now` passed in, so fixed dates make it testable): each
// problem's attempts and solves, an SM-2 review schedule, the statistics of
// `judge stats`, and the choice of `judge next`.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "problem/problem.h"
#include "store/history.h"

namespace judge {

// One stretch of work on a problem that ended in an accepted submit.
struct Episode {
  int64_t started = 0;   // first submit of the stretch (or first opened, for the first)
  int64_t accepted = 0;  // the accepted submit
  int attempts = 0;      // submits in the stretch, the accepted one included
};

struct ProblemProgress {
  std::string problem;
  std::vector<Episode> solves;
  int attempts = 0;               // all submits
  int failures_since_solve = 0;   // submits after the last accept, none accepted
  int64_t last_activity = 0;
  bool solved() const { return !solves.empty(); }
  bool attempted() const { return attempts > 0; }
};

// Submits (kind "submit") grouped by problem, in recorded order.
std::map<std::string, ProblemProgress> progress_by_problem(const std::vector<SubmissionRecord>& history,
                                                           const std::map<std::string, int64_t>& first_opened);

// SM-2: the quality of one solve (0..5), and the schedule after a series.
int solve_quality(const Episode& e);
struct ReviewSchedule {
  double easiness = 2.5;
  int repetitions = 0;
  double interval_days = 0;
  int64_t due = 0;  // unix seconds
};
ReviewSchedule review_schedule(const std::vector<Episode>& solves);

struct Recommendation {
  std::string problem;
  std::string reason;        // for --explain
  std::string kind;          // "review", "retry", "new"
};
// The problem to do now: a review that is due (most overdue first), then a
// problem whose last attempts failed, then a new problem from the weakest
// topic, easiest first. Empty when the bank is exhausted.
std::vector<Recommendation> recommend(const std::vector<Problem>& bank, const std::map<std::string, ProblemProgress>& progress,
                                      int64_t now, size_t how_many);

struct GroupStats {
  int problems = 0;   // in the bank
  int attempted = 0;
  int solved = 0;
  std::optional<double> median_seconds_to_accept;
  std::optional<double> attempts_per_accept;
};
struct Stats {
  std::map<std::string, GroupStats> by_topic;       // the first topic: the roadmap category
  std::map<std::string, GroupStats> by_difficulty;
  std::map<std::string, GroupStats> by_pack;        // coverage: solved / problems
  GroupStats overall;
  int streak_days = 0;  // consecutive days with an accepted submit, up to today or yesterday
};
// Days are UTC days, shifted by `utc_offset_seconds` (the local zone).
Stats compute_stats(const std::vector<Problem>& bank, const std::map<std::string, ProblemProgress>& progress, int64_t now,
                    int64_t utc_offset_seconds);

}  // namespace judge
