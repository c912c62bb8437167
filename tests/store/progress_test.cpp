// Progress from records, with fixed dates: episodes, the SM-2 schedule,
// statistics and streaks, and the choice of the next problem.
#include <gtest/gtest.h>

#include "progress/progress.h"

using namespace judge;

namespace {

constexpr int64_t kDay = 86400;
constexpr int64_t kStart = 1700000000 / kDay * kDay;  // a midnight UTC

SubmissionRecord sub(const std::string& problem, const std::string& verdict, int64_t at) {
  SubmissionRecord r;
  r.problem = problem;
  r.pack = "neetcode";
  r.verdict = verdict;
  r.at = at;
  return r;
}

Problem problem(const std::string& slug, const std::string& topic, Difficulty d, const std::string& pack = "neetcode") {
  Problem p;
  p.slug = slug;
  p.pack = pack;
  p.topics = {topic};
  p.difficulty = d;
  return p;
}

}  // namespace

TEST(Progress, EpisodesEndAtEachAccept) {
  std::vector<SubmissionRecord> h = {sub("a", "WA", kStart + 10), sub("a", "AC", kStart + 100), sub("b", "WA", kStart + 50),
                                     sub("a", "TLE", kStart + kDay), sub("a", "AC", kStart + kDay + 60),
                                     sub("a", "WA", kStart + 2 * kDay)};
  auto p = progress_by_problem(h, {{"a", kStart}});
  ASSERT_EQ(p["a"].solves.size(), 2u);
  EXPECT_EQ(p["a"].solves[0].started, kStart);  // from the moment it was opened
  EXPECT_EQ(p["a"].solves[0].accepted, kStart + 100);
  EXPECT_EQ(p["a"].solves[0].attempts, 2);
  EXPECT_EQ(p["a"].solves[1].started, kStart + kDay);
  EXPECT_EQ(p["a"].solves[1].attempts, 2);
  EXPECT_EQ(p["a"].failures_since_solve, 1);
  EXPECT_EQ(p["a"].attempts, 5);
  EXPECT_FALSE(p["b"].solved());
  EXPECT_TRUE(p["b"].attempted());
}

TEST(Progress, TestsDoNotCountAsSubmits) {
  SubmissionRecord t = sub("a", "AC", kStart);
  t.kind = "test";
  EXPECT_TRUE(progress_by_problem({t}, {}).empty());
}

TEST(Progress, AClockThatWentBackwardsGivesNoNegativeTimes) {
  auto p = progress_by_problem({sub("a", "WA", kStart + 500), sub("a", "AC", kStart + 100)}, {});
  EXPECT_EQ(p["a"].solves[0].accepted - p["a"].solves[0].started, 0);
}

TEST(Scheduler, QualityFromAttemptsAndTime) {
  EXPECT_EQ(solve_quality({0, 600, 1}), 5);      // first try, 10 min
  EXPECT_EQ(solve_quality({0, 3600, 1}), 4);     // first try, an hour
  EXPECT_EQ(solve_quality({0, 60, 3}), 3);
  EXPECT_EQ(solve_quality({0, 60, 6}), 2);
}

TEST(Scheduler, IntervalsGrowWithGoodSolvesAndResetOnBadOnes) {
  // Three quick first-try solves: 1 day, 6 days, then 6 x easiness.
  std::vector<Episode> good = {{kStart, kStart + 60, 1}, {kStart + kDay, kStart + kDay + 60, 1},
                               {kStart + 7 * kDay, kStart + 7 * kDay + 60, 1}};
  ReviewSchedule s = review_schedule({good[0]});
  EXPECT_EQ(s.interval_days, 1);
  EXPECT_EQ(s.due, kStart + 60 + kDay);
  s = review_schedule({good[0], good[1]});
  EXPECT_EQ(s.interval_days, 6);
  s = review_schedule(good);
  EXPECT_EQ(s.interval_days, 16);  // round(6 x 2.7): the easiness before this solve's update
  EXPECT_NEAR(s.easiness, 2.8, 1e-9);
  // A struggle resets the interval to a day and lowers the easiness.
  std::vector<Episode> then_bad = good;
  then_bad.push_back({kStart + 30 * kDay, kStart + 30 * kDay + 60, 7});
  s = review_schedule(then_bad);
  EXPECT_EQ(s.interval_days, 1);
  EXPECT_EQ(s.repetitions, 0);
  EXPECT_LT(s.easiness, 2.8);
  EXPECT_GE(s.easiness, 1.3);
}

TEST(Recommend, DueReviewsThenRetriesThenNewFromTheWeakestTopic) {
  std::vector<Problem> bank = {problem("a", "arrays", Difficulty::Easy), problem("b", "arrays", Difficulty::Medium),
                               problem("c", "graphs", Difficulty::Hard), problem("d", "graphs", Difficulty::Easy),
                               problem("e", "trees", Difficulty::Medium)};
  std::vector<SubmissionRecord> h = {sub("a", "AC", kStart), sub("b", "WA", kStart + 100), sub("e", "AC", kStart + 200)};
  auto progress = progress_by_problem(h, {});
  // Half a day later nothing is due: the retry first, then new problems.
  auto early = recommend(bank, progress, kStart + kDay / 2, 5);
  ASSERT_EQ(early.size(), 3u);
  EXPECT_EQ(early[0].problem, "b");
  EXPECT_EQ(early[0].kind, "retry");
  // graphs (0/2 solved) is weaker than arrays and trees; its easy problem first.
  EXPECT_EQ(early[1].problem, "d");
  EXPECT_EQ(early[2].problem, "c");
  // Three days later both solves are due for review, the most overdue first.
  auto later = recommend(bank, progress, kStart + 3 * kDay, 2);
  ASSERT_EQ(later.size(), 2u);
  EXPECT_EQ(later[0].kind, "review");
  EXPECT_EQ(later[0].problem, "a");
  EXPECT_NE(later[0].reason.find("due"), std::string::npos) << later[0].reason;
}

TEST(Recommend, ProblemsGoneFromTheBankAreIgnored) {
  std::vector<Problem> bank = {problem("a", "arrays", Difficulty::Easy)};
  auto progress = progress_by_problem({sub("deleted", "WA", kStart)}, {});
  auto picks = recommend(bank, progress, kStart, 5);
  ASSERT_EQ(picks.size(), 1u);
  EXPECT_EQ(picks[0].problem, "a");
}

TEST(Stats, GroupsCoverageAndStreak) {
  std::vector<Problem> bank = {problem("a", "arrays", Difficulty::Easy), problem("b", "arrays", Difficulty::Medium),
                               problem("c", "graphs", Difficulty::Hard, "ml")};
  std::vector<SubmissionRecord> h = {sub("a", "WA", kStart + 100), sub("a", "AC", kStart + 400),
                                     sub("b", "AC", kStart + kDay + 100), sub("c", "WA", kStart + 2 * kDay)};
  auto progress = progress_by_problem(h, {{"b", kStart + kDay}});
  Stats st = compute_stats(bank, progress, kStart + 2 * kDay + 10, 0);
  EXPECT_EQ(st.overall.problems, 3);
  EXPECT_EQ(st.overall.attempted, 3);
  EXPECT_EQ(st.overall.solved, 2);
  EXPECT_EQ(st.by_topic["arrays"].solved, 2);
  EXPECT_EQ(*st.by_topic["arrays"].median_seconds_to_accept, 200);  // (300 + 100) / 2
  EXPECT_EQ(*st.by_topic["arrays"].attempts_per_accept, 1.5);
  EXPECT_EQ(st.by_pack["ml"].solved, 0);
  EXPECT_EQ(st.by_pack["neetcode"].solved, 2);
  EXPECT_EQ(st.by_difficulty["hard"].attempted, 1);
  // Accepts on day 0 and day 1, none yet on day 2: the streak is 2 and alive.
  EXPECT_EQ(st.streak_days, 2);
  EXPECT_EQ(compute_stats(bank, progress, kStart + 3 * kDay + 10, 0).streak_days, 0);
  // A time zone 6 hours ahead moves the day boundaries.
  EXPECT_EQ(compute_stats(bank, progress, kStart + 2 * kDay + 10, 6 * 3600).streak_days, 2);
}
