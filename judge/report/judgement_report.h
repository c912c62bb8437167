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

// `show_failing` reveals the first failing hidden test.
void print_submission(std::FILE* out, const Style& style, const Problem& problem, const SolutionVerdict& verdict,
                      bool show_failing);
nlohmann::ordered_json submission_json(const Problem& problem, const SolutionVerdict& verdict, bool show_failing);

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
