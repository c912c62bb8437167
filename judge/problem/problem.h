// A problem package as the judge sees it, after problem.yaml is validated
// (design §2). Plain data: loading lives in problem_loader, tests in test_set.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "problem/signature.h"

namespace judge {

enum class Difficulty { Easy, Medium, Hard };
const char* difficulty_name(Difficulty d);

enum class CheckerKind { Exact, Float, Unordered, Program };
const char* checker_name(CheckerKind k);

struct CheckerSpec {
  CheckerKind kind = CheckerKind::Exact;
  double abs_tolerance = 1e-9;  // float: |got - expected| <= abs, or
  double rel_tolerance = 1e-6;  //        <= rel * |expected|
  bool nested = false;          // unordered: inner lists are unordered too
};

// How a test drives the code under test.
enum class Driver {
  Call,       // one call of Solution::method with the test's arguments
  Design,     // ["Class","op",...] + [[args],...] -> [null, result, ...]
  Roundtrip,  // decode(encode(x)) on two objects, as LeetCode's Codec problems
};

struct Limits {
  int time_ms = 1000;    // CPU time per test
  int memory_mb = 256;   // per test
  // `time_ms: derived`: the limit is the slowest accepted program's slowest
  // test times `multiplier` (at least 100 ms), measured by judge/judging/time_limit.
  bool derived = false;
  double multiplier = 3;
};

// A secret test made by the package's generator: `generator ARGS > NAME.in`,
// its answer made by the reference.
struct GeneratedTest {
  std::string name;
  std::string args;
};

// A "find and fix the bug" round: the user starts from starter.cpp, working
// code with bugs in it, and must repair it with a small change.
struct FixRound {
  bool enabled = false;
  int bugs = 1;
  int line_budget = 3;        // at most this many lines changed from the starter
  bool samples_pass = false;  // the starter passes every sample: only hidden tests show the bug
};

struct Problem {
  std::filesystem::path dir;
  std::string slug;  // folder name = LeetCode's URL slug where one exists
  std::string pack;  // parent folder name
  std::string title;
  Difficulty difficulty = Difficulty::Easy;
  std::vector<std::string> topics;
  int leetcode_number = 0;  // 0: not a LeetCode problem
  std::string url;
  Signature signature;
  Driver driver = Driver::Call;
  std::string output_param;  // void functions: the argument printed after the call
  NodeKind node_kind = NodeKind::None;
  bool deep_copy = false;    // the result must not share nodes with the input
  // LeetCode's linked-list-cycle input: one more literal after the arguments,
  // `pos`, the index the tail of this ListNode* parameter links back to (-1: none).
  std::string cycle_list_param;
  // LeetCode's lowest-common-ancestor inputs: these node parameters are
  // written as values, and stand for the node with that value in the tree
  // (or list) parameter named beside them (p -> root).
  std::vector<std::pair<std::string, std::string>> node_args;
  // The returned node is printed as its value (LCA answers `6`), not as the
  // structure below it; null for nullptr.
  bool result_node_value = false;
  CheckerSpec checker;
  Limits limits;
  std::vector<std::string> hints;
  std::vector<GeneratedTest> generated;
  FixRound fix;
  // The tests hold every input the constraints allow (generate-parentheses:
  // n = 1..8), so the bank's "at least 20 secret tests" cannot apply.
  bool exhaustive_tests = false;

  std::filesystem::path yaml_path() const { return dir / "problem.yaml"; }
  std::filesystem::path statement_path() const { return dir / "statement.md"; }
  std::filesystem::path reference_path() const { return dir / "reference.cpp"; }
  std::filesystem::path checker_path() const { return dir / "checker.cpp"; }
  std::filesystem::path generator_path() const { return dir / "generator.cpp"; }
  std::filesystem::path validator_path() const { return dir / "validator.cpp"; }
  std::filesystem::path starter_path() const { return dir / "starter.cpp"; }
  // Number of literals one test input holds: the arguments of the call, or
  // the two lists of a design problem.
  size_t input_arity() const;
};

}  // namespace judge
