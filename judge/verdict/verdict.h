// Verdicts (design §5) and where each one is decided: classify_run maps what
// the sandbox saw to a verdict; a run that ended cleanly goes to a checker.
#pragma once

#include <optional>
#include <string>

#include "problem/problem.h"
#include "sandbox/sandbox.h"

namespace judge {

// FX: a fix round's submission changed more lines than the budget allows.
enum class Verdict { AC, WA, TLE, MLE, OLE, RE, CE, JE, FX };

const char* verdict_code(Verdict v);   // "AC"
const char* verdict_words(Verdict v);  // "Accepted"
std::optional<Verdict> parse_verdict(const std::string& code);  // "AC" or "accepted", "wrong_answer"...

struct RunVerdict {
  Verdict verdict;
  std::string message;
};

// A verdict the run decides by itself (limits, crashes, harness errors), or
// nullopt when the program ended normally and its output must be checked.
std::optional<RunVerdict> classify_run(const sandbox::Result& run, const Limits& limits);

// Of several tests, the one that decides: the first that is not accepted.
// A judge error anywhere wins, as it means the verdict cannot be trusted.
bool outranks(Verdict candidate, Verdict current);

}  // namespace judge
