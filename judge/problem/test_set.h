// Test cases: the package's sample and secret files, and a user's own tests.
// An input holds one literal per argument (LeetCode's "one per line"); an
// answer holds one literal.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "problem/problem.h"

namespace judge {

struct TestCase {
  std::string name;    // "1", "03-negatives", "max-random" ...
  std::string group;   // "sample", "secret", "generated", "user"
  std::string input;
  std::optional<std::string> answer;  // absent until the reference has run (user tests)
  std::filesystem::path input_path;   // where the input lives, if in a file
  std::string origin;  // for messages: "tests/secret/3.in", "two-sum.tests:5"

  std::string label() const { return group + " " + name; }
};

// Every NAME.in with its NAME.ans in tests/<group>/, in natural name order
// ("2" before "10"). A .in without .ans (or the reverse) is a JudgeError.
std::vector<TestCase> load_test_dir(const Problem& problem, const std::string& group);

// A user's tests: literals one after another, `arity` of them per test; blank
// lines between tests are customary; '#' starts a comment line. Literal and
// arity errors are UsageErrors naming `label:LINE`.
std::vector<TestCase> parse_user_tests(const Problem& problem, std::string_view text, const std::string& label);

// Why a test input does not fit the signature (empty if it does); the
// message starts with the line number within the input.
std::string check_test_input(const Problem& problem, std::string_view input);
// Why an answer literal does not fit what the code returns (empty if it does).
std::string check_test_answer(const Problem& problem, std::string_view answer);

// Natural order: digit runs compare as numbers.
bool natural_less(const std::string& a, const std::string& b);

}  // namespace judge
