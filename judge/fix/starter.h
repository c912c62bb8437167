// A fix round's starting code, run on tests: which of them the bug breaks.
// judge test shows it for the samples, as an interviewer would; judge check
// requires the starter to fail at least one hidden test.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judging/judge_tests.h"
#include "judging/workbench.h"

namespace judge {

// starter.cpp's text; unreadable is a JudgeError naming the file.
std::string read_starter(const Problem& problem);

// Lines `source` changes from starter.cpp (judge/fix/line_diff.h counts them).
int changed_from_starter(const Problem& problem, const std::string& source);

// starter.cpp compiled as a solution; a compile error is a JudgeError.
std::filesystem::path compile_starter(Workbench& bench);

// The starter judged on `tests` (each with its answer), every test run.
Judgement judge_starter(Workbench& bench, const std::vector<TestCase>& tests);

// "sample 2 (WA)" for each test the starter fails.
std::vector<std::string> failing_tests(const Judgement& j);

}  // namespace judge
