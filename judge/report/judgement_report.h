// What `judge submit` and `judge test` print: a short report for people
// (coloured on a terminal) and its JSON twin. Hidden tests never show their
// data unless the user asked for the first failing one.
#pragma once

#include <cstdio>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "judging/judge_solution.h"
#include "report/style.h"

namespace judge {

// How much of the first failing test a report may show.
enum class Reveal {
  Public,         // samples and the user's own tests, not hidden ones (the default)
  FirstFailing,   // the first failing test even when hidden (--show-failing)
  Nothing,        // only verdicts and counts (a practice session in interview mode)
};
void print_submission(std::FILE* out, const Style& style, const Problem& problem, const SolutionVerdict& verdict,
                      Reveal reveal);
nlohmann::ordered_json submission_json(const Problem& problem, const SolutionVerdict& verdict, Reveal reveal);

// One test in full: input by argument name, expected, got, a word diff,
// float errors, and what the program printed.
void print_test_details(std::FILE* out, const Style& style, const Problem& problem, const TestResult& result);

// "sample 1" for people, for JSON and for the per-test lines.
std::string test_name(const TestResult& result);
// A test whose data may be printed without --show-failing.
bool is_public(const TestCase& test);

std::string format_ms(double ms);
std::string format_kb(long kb);

}  // namespace judge
