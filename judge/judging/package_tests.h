// The tests a submission is judged on: the package's samples, its secret
// files, and its generated tests (generator + reference, cached by content).
#pragma once

#include <string>
#include <vector>

#include "judging/workbench.h"
#include "problem/test_set.h"

namespace judge {

// Samples, then secret files, then generated tests. Every input is checked
// against the signature and every answer against the return type: a bad
// literal is a JudgeError naming the file and line.
std::vector<TestCase> submission_tests(Workbench& bench);

// The same, with the generated tests already made (judge check makes them
// while it checks the generator, and does not read them twice).
std::vector<TestCase> submission_tests_with(Workbench& bench, std::vector<TestCase> generated);

// Checks every input against the signature and every answer against the
// return type; a bad literal is a JudgeError naming the file and line.
void validate_tests(const Problem& problem, const std::vector<TestCase>& tests);

// Samples only, checked the same way.
std::vector<TestCase> sample_tests(const Workbench& bench);

// The generated tests alone (builds the reference and generator if needed).
std::vector<TestCase> generated_tests(Workbench& bench);

// The generator's command-line arguments for one generated test.
std::vector<std::string> generator_args(const GeneratedTest& test);

}  // namespace judge
