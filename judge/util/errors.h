// The two kinds of failure that end a command early, each with its exit code
// (README "Exit codes"). Verdicts are not errors: a rejected solution is a
// normal result. Messages are one line and name the file (and line) at fault.
#pragma once

#include <stdexcept>
#include <string>

namespace judge {

enum ExitCode : int {
  kExitAccepted = 0,
  kExitNotAccepted = 1,
  kExitUsage = 2,       // the user asked for something that cannot be done
  kExitJudgeError = 3,  // a broken problem pack or judge environment
};

// Unknown problem, missing or unreadable solution, bad option, bad user test.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A broken pack (problem.yaml, test files, reference) or a broken toolchain:
// never blamed on the user's solution.
struct JudgeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace judge
