#include "progress/progress.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

namespace judge {

namespace {

constexpr int64_t kDay = 24 * 3600;

int difficulty_rank(Difficulty d) {
  switch (d) {
    case Difficulty::Easy: return 0;
    case Difficulty::Medium: return 1;
    case Difficulty::Hard: return 2;
  }
  return 3;
}

std::optional<double> median(std::vector<double> v) {
  if (v.empty()) return std::nullopt;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

}  // namespace

std::map<std::string, ProblemProgress> progress_by_problem(const std::vector<SubmissionRecord>& history,
                                                           const std::map<std::string, int64_t>& first_opened) {
  std::map<std::string, ProblemProgress> out;
  std::map<std::string, Episode> open;  // the stretch in progress per problem
  for (const SubmissionRecord& r : history) {
    if (r.kind != "submit") continue;
    ProblemProgress& p = out[r.problem];
    p.problem = r.problem;
    ++p.attempts;
    p.last_activity = std::max(p.last_activity, r.at);
    auto [it, fresh] = open.try_emplace(r.problem);
    Episode& e = it->second;
    if (e.attempts == 0) {
      e.started = r.at;
      // The first solve counts from the moment the problem was opened.
      auto opened = first_opened.find(r.problem);
      if (p.solves.empty() && opened != first_opened.end() && opened->second <= r.at) e.started = opened->second;
    }
    ++e.attempts;
    if (r.verdict == "AC") {
      e.accepted = std::max(r.at, e.started);  // a clock that went backwards gives 0 s, never less
      p.solves.push_back(e);
      e = Episode{};
      p.failures_since_solve = 0;
    } else {
      ++p.failures_since_solve;
    }
  }
  return out;
}

int solve_quality(const Episode& e) {
  int64_t seconds = e.accepted - e.started;
  if (e.attempts == 1) return seconds <= 20 * 60 ? 5 : 4;
  if (e.attempts <= 3) return 3;
  return 2;
}

ReviewSchedule review_schedule(const std::vector<Episode>& solves) {
  ReviewSchedule s;
  for (const Episode& e : solves) {
    int q = solve_quality(e);
    if (q >= 3) {
      s.interval_days = s.repetitions == 0 ? 1 : s.repetitions == 1 ? 6 : std::round(s.interval_days * s.easiness);
      ++s.repetitions;
    } else {
      s.repetitions = 0;
      s.interval_days = 1;
    }
    s.easiness = std::max(1.3, s.easiness + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)));
    s.due = e.accepted + static_cast<int64_t>(s.interval_days * kDay);
  }
  return s;
}

Stats compute_stats(const std::vector<Problem>& bank, const std::map<std::string, ProblemProgress>& progress, int64_t now,
                    int64_t utc_offset_seconds) {
  Stats st;
  std::map<std::string, std::vector<double>> times;
  std::map<std::string, std::vector<double>> tries;
  auto add = [&](GroupStats& g, const std::string& key, const ProblemProgress* p) {
    ++g.problems;
    if (!p) return;
    g.attempted += p->attempted();
    if (p->solved()) {
      ++g.solved;
      times[key].push_back(static_cast<double>(p->solves[0].accepted - p->solves[0].started));
      tries[key].push_back(static_cast<double>(p->solves[0].attempts));
    }
  };
  for (const Problem& pr : bank) {
    auto it = progress.find(pr.slug);
    const ProblemProgress* p = it == progress.end() ? nullptr : &it->second;
    add(st.by_topic[pr.topics.at(0)], "topic:" + pr.topics[0], p);
    add(st.by_difficulty[difficulty_name(pr.difficulty)], std::string("difficulty:") + difficulty_name(pr.difficulty), p);
    add(st.by_pack[pr.pack], "pack:" + pr.pack, p);
    add(st.overall, "overall", p);
  }
  auto finish = [&](GroupStats& g, const std::string& key) {
    g.median_seconds_to_accept = median(times[key]);
    if (!tries[key].empty()) {
      double sum = 0;
      for (double t : tries[key]) sum += t;
      g.attempts_per_accept = sum / static_cast<double>(tries[key].size());
    }
  };
  for (auto& [k, g] : st.by_topic) finish(g, "topic:" + k);
  for (auto& [k, g] : st.by_difficulty) finish(g, "difficulty:" + k);
  for (auto& [k, g] : st.by_pack) finish(g, "pack:" + k);
  finish(st.overall, "overall");

  // Days with an accept; the streak runs back from today (or from yesterday,
  // as today is not over yet).
  std::set<int64_t> days;
  for (const auto& [slug, p] : progress)
    for (const Episode& e : p.solves) days.insert((e.accepted + utc_offset_seconds) / kDay);
  int64_t today = (now + utc_offset_seconds) / kDay;
  int64_t day = days.count(today) ? today : today - 1;
  while (days.count(day)) {
    ++st.streak_days;
    --day;
  }
  return st;
}

std::vector<Recommendation> recommend(const std::vector<Problem>& bank, const std::map<std::string, ProblemProgress>& progress,
                                      int64_t now, size_t how_many) {
  std::vector<Recommendation> out;
  std::set<std::string> in_bank;
  for (const Problem& p : bank) in_bank.insert(p.slug);

  // 1. Reviews that are due, the most overdue (relative to the interval) first.
  std::vector<std::pair<double, Recommendation>> due;
  for (const auto& [slug, p] : progress) {
    if (!in_bank.count(slug) || !p.solved() || p.failures_since_solve > 0) continue;
    ReviewSchedule s = review_schedule(p.solves);
    if (s.due > now) continue;
    double overdue = static_cast<double>(now - s.due) / (s.interval_days * kDay);
    int q = solve_quality(p.solves.back());
    due.push_back({overdue, {slug,
                             fmt::format("review: solved {} time{}, last solve quality {}/5, next interval {:g} day{}, "
                                         "due {:.1f} day{} ago",
                                         p.solves.size(), p.solves.size() == 1 ? "" : "s", q, s.interval_days,
                                         s.interval_days == 1 ? "" : "s", static_cast<double>(now - s.due) / kDay,
                                         now - s.due == kDay ? "" : "s"),
                             "review"}});
  }
  std::sort(due.begin(), due.end(), [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second.problem < b.second.problem); });
  for (auto& [score, r] : due) out.push_back(r);

  // 2. Problems whose latest attempts failed, the most recent first.
  std::vector<const ProblemProgress*> retry;
  for (const auto& [slug, p] : progress)
    if (in_bank.count(slug) && p.failures_since_solve > 0) retry.push_back(&p);
  std::sort(retry.begin(), retry.end(), [](auto* a, auto* b) { return a->last_activity > b->last_activity; });
  for (const ProblemProgress* p : retry)
    out.push_back({p->problem,
                   fmt::format("retry: {} failed attempt{} since {}", p->failures_since_solve,
                               p->failures_since_solve == 1 ? "" : "s", p->solved() ? "the last solve" : "you started"),
                   "retry"});

  // 3. New problems: the weakest topics first — the lowest share of their
  // problems solved — and among equally weak ones the easiest first.
  std::map<std::string, std::pair<int, int>> topic;  // solved, total
  for (const Problem& pr : bank) {
    auto it = progress.find(pr.slug);
    auto& [solved, total] = topic[pr.topics.at(0)];
    ++total;
    solved += it != progress.end() && it->second.solved();
  }
  std::vector<const Problem*> fresh;
  for (const Problem& pr : bank)
    if (!progress.count(pr.slug)) fresh.push_back(&pr);
  auto share = [&](const Problem* p) {
    auto [solved, total] = topic[p->topics[0]];
    return static_cast<double>(solved) / total;
  };
  std::sort(fresh.begin(), fresh.end(), [&](const Problem* a, const Problem* b) {
    if (share(a) != share(b)) return share(a) < share(b);
    if (difficulty_rank(a->difficulty) != difficulty_rank(b->difficulty))
      return difficulty_rank(a->difficulty) < difficulty_rank(b->difficulty);
    if (a->topics[0] != b->topics[0]) return a->topics[0] < b->topics[0];
    return a->slug < b->slug;
  });
  for (const Problem* p : fresh) {
    auto [solved, total] = topic[p->topics[0]];
    out.push_back({p->slug,
                   fmt::format("new: {} is your weakest topic ({}/{} solved); {} is {}", p->topics[0], solved, total,
                               p->slug, difficulty_name(p->difficulty)),
                   "new"});
  }
  if (out.size() > how_many) out.resize(how_many);
  return out;
}

}  // namespace judge
