// judge check on broken packages: a small good package, broken in more than
// fifty ways (yaml keys and types, missing files, corrupt literals, programs
// that do not compile, crash, loop or lie, a non-deterministic generator, a
// crashing validator, a wrong_answer submission that passes). Each must be
// reported — exit 1, a failed check whose message names the file — and never
// crash the judge, hang, or pass.
#include <filesystem>
#include <functional>

#include <gtest/gtest.h>

#include "e2e_support.h"
#include "util/files.h"
#include "util/temp_dir.h"

namespace fs = std::filesystem;
using e2e::contains;
using e2e::run_judge;

namespace {

const char* kYaml = R"Y(title: Add Two
difficulty: easy
topics: [math]
signature: "int add(int a, int b)"
limits: {time_ms: 1000, memory_mb: 256}
generated:
  - {name: big, args: "7"}
)Y";

const char* kReference = "class Solution {\npublic:\n    int add(int a, int b) { return a + b; }\n};\n";
const char* kWrong = "class Solution {\npublic:\n    int add(int a, int b) { return a - b; }\n};\n";
const char* kSpin = "class Solution {\npublic:\n    int add(int a, int b) { volatile long x = 0; while (true) x++; return 0; }\n};\n";
const char* kSlowOnBigInput =
    "class Solution {\npublic:\n    int add(int a, int b) {\n"
    "        if (a == 100000) { auto start = clock(); while (clock() - start < CLOCKS_PER_SEC * 8 / 10) {} }\n"
    "        return a + b;\n    }\n};\n";
const char* kCrash = "class Solution {\npublic:\n    int add(int a, int b) { int* p = nullptr; return *(volatile int*)p + a + b; }\n};\n";
const char* kGenerator =
    "int main(int argc, char** argv) { int s = atoi(argv[1]); printf(\"%d\\n%d\\n\", s * 1000, -s); }\n";
const char* kValidator = R"V(int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& in) -> string {
    if (in.size() != 2) return "two numbers";
    for (auto& v : in) if (v.integer < -100000 || v.integer > 100000) return "out of range";
    return "";
  });
}
)V";

void write(const fs::path& f, const std::string& text) {
  fs::create_directories(f.parent_path());
  judge::write_file_atomic(f, text);
}

void make_good_package(const fs::path& d) {
  write(d / "problem.yaml", kYaml);
  write(d / "statement.md", "# Add Two\n\nReturn a + b.\n\nSample: `a = 1`, `b = 2` gives `3`.\n");
  write(d / "reference.cpp", kReference);
  write(d / "generator.cpp", kGenerator);
  write(d / "validator.cpp", kValidator);
  write(d / "tests/sample/1.in", "1\n2\n");
  write(d / "tests/sample/1.ans", "3\n");
  write(d / "tests/secret/1.in", "-5\n5\n");
  write(d / "tests/secret/1.ans", "0\n");
  write(d / "tests/secret/2.in", "100000\n100000\n");
  write(d / "tests/secret/2.ans", "200000\n");
  write(d / "submissions/accepted/plain.cpp", "class Solution {\npublic:\n    int add(int a, int b) { return b + a; }\n};\n");
  write(d / "submissions/wrong_answer/minus.cpp", kWrong);
}

struct Breakage {
  std::string name;
  std::function<void(const fs::path&)> apply;
  std::string expected;  // must appear in a failed check's message
};

std::string replaced(const std::string& text, const std::string& from, const std::string& to) {
  std::string s = text;
  size_t at = s.find(from);
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

std::function<void(const fs::path&)> yaml_edit(const std::string& from, const std::string& to) {
  return [=](const fs::path& d) { write(d / "problem.yaml", replaced(kYaml, from, to)); };
}
std::function<void(const fs::path&)> yaml_append(const std::string& extra) {
  return [=](const fs::path& d) { write(d / "problem.yaml", std::string(kYaml) + extra); };
}
std::function<void(const fs::path&)> put(const std::string& file, const std::string& text) {
  return [=](const fs::path& d) { write(d / file, text); };
}
std::function<void(const fs::path&)> drop(const std::string& file) {
  return [=](const fs::path& d) { fs::remove_all(d / file); };
}

std::vector<Breakage> breakages() {
  return {
      // problem.yaml
      {"unknown_key", yaml_append("titel: x\n"), "problem.yaml:8:1: unknown key 'titel'"},
      {"title_is_a_list", yaml_edit("title: Add Two", "title: [a, b]"), "problem.yaml:1:8: 'title' must be a single value"},
      {"missing_title", yaml_edit("title: Add Two\n", ""), "missing required key 'title'"},
      {"bad_difficulty", yaml_edit("difficulty: easy", "difficulty: extreme"), "problem.yaml:2:13: difficulty must be"},
      {"topics_not_a_list", yaml_edit("topics: [math]", "topics: math"), "problem.yaml:3:9: 'topics' must be a list"},
      {"no_topics", yaml_edit("topics: [math]", "topics: []"), "'topics' must name at least one topic"},
      {"signature_without_comma", yaml_edit("int a, int b", "int a int b"), "problem.yaml:4:12: signature"},
      {"unsupported_type", yaml_edit("int a, int b", "map<int,int> a, int b"), "unsupported type 'map'"},
      {"time_not_a_number", yaml_edit("time_ms: 1000", "time_ms: fast"), "'time_ms' must be a whole number"},
      {"time_too_small", yaml_edit("time_ms: 1000", "time_ms: 10"), "'time_ms' must be between 50 and 60000"},
      {"memory_too_big", yaml_edit("memory_mb: 256", "memory_mb: 100000"), "'memory_mb' must be between"},
      {"unknown_checker", yaml_append("checker: fuzzy\n"), "unknown checker 'fuzzy'"},
      {"nested_on_float", yaml_append("checker: {kind: float, nested: true}\n"), "'nested' belongs to the unordered checker"},
      {"duplicate_generated_name", yaml_append("  - {name: big, args: \"8\"}\n"), "generated test 'big' is listed twice"},
      {"generated_without_name", yaml_append("  - {args: \"8\"}\n"), "generated test: missing 'name'"},
      {"yaml_syntax", yaml_edit("topics: [math]", "topics: [math"), "problem.yaml:"},
      {"yaml_is_a_list", put("problem.yaml", "- a\n- b\n"), "problem.yaml:1:1: expected a mapping"},
      {"node_without_node", yaml_append("node: graph\n"), "'node' is set but the signature has no Node*"},
      {"output_on_non_void", yaml_append("output: a\n"), "'output' names the argument printed by a void function"},
      {"leetcode_not_a_number", yaml_append("leetcode: abc\n"), "'leetcode' must be a whole number"},
      {"multiplier_without_derived", yaml_edit("memory_mb: 256", "memory_mb: 256, multiplier: 3"),
       "'multiplier' belongs to a derived time limit"},
      // files
      {"no_reference", drop("reference.cpp"), "reference.cpp is missing"},
      {"no_statement", drop("statement.md"), "statement.md: No such file or directory"},
      {"empty_statement", put("statement.md", "  \n"), "statement.md: empty"},
      {"statement_without_sample", put("statement.md", "# Add Two\n\nReturn the sum.\n"), "statement.md: does not show sample 1"},
      {"program_checker_missing", yaml_append("checker: program\n"), "checker.cpp is missing"},
      {"checker_never_used", put("checker.cpp", "int main() { return 42; }\n"), "checker.cpp is never used"},
      {"generator_missing", drop("generator.cpp"), "generator.cpp is missing"},
      {"generator_never_used", yaml_edit("generated:\n  - {name: big, args: \"7\"}\n", ""), "generator.cpp is never used"},
      {"unknown_verdict_folder", put("submissions/wrong/x.cpp", kWrong), "submissions/wrong: not a verdict folder"},
      // test files
      {"sample_without_answer", drop("tests/sample/1.ans"), "tests/sample/1.in: has no answer file"},
      {"answer_without_input", drop("tests/secret/1.in"), "tests/secret/1.ans: has no input file"},
      {"no_samples", drop("tests/sample"), "no sample tests"},
      {"no_secret_tests", [](const fs::path& d) {
         fs::remove_all(d / "tests/secret");
         write(d / "problem.yaml", replaced(kYaml, "generated:\n  - {name: big, args: \"7\"}\n", ""));
         fs::remove(d / "generator.cpp");
       }, "no secret tests"},
      {"input_wrong_type", put("tests/secret/1.in", "-5\n\"five\"\n"), "tests/secret/1.in:2: argument b: expected int"},
      {"input_broken_literal", put("tests/secret/1.in", "[1,\n5\n"), "tests/secret/1.in:1:"},
      {"input_too_many_literals", put("tests/secret/1.in", "1\n2\n3\n"), "tests/secret/1.in:3: expected 2 literals"},
      {"input_int_overflow", put("tests/secret/1.in", "99999999999\n1\n"), "does not fit in int"},
      {"input_empty", put("tests/secret/1.in", ""), "tests/secret/1.in:1: expected 2 literals"},
      {"answer_wrong_type", put("tests/secret/1.ans", "\"zero\"\n"), "tests/secret/1.ans:1: expected int, got string"},
      {"answer_broken_literal", put("tests/secret/1.ans", "[0\n"), "tests/secret/1.ans:1:"},
      {"answer_wrong", put("tests/secret/1.ans", "1\n"), "reference.cpp: WA on tests/secret/1.in"},
      {"duplicate_input", [](const fs::path& d) {
         write(d / "tests/secret/3.in", "1\n 2\n");
         write(d / "tests/secret/3.ans", "3\n");
       }, "tests/secret/3.in: the same input as tests/sample/1.in"},
      // programs
      {"reference_does_not_compile", put("reference.cpp", "class Solution { oops };\n"), "reference.cpp: does not compile"},
      {"reference_wrong", put("reference.cpp", kWrong), "reference.cpp: WA on tests/sample/1.in"},
      {"reference_too_slow", put("reference.cpp", kSpin), "reference.cpp: the reference gets TLE"},
      {"reference_crashes", put("reference.cpp", kCrash), "reference.cpp: the reference gets RE"},
      {"wrong_answer_that_passes", put("submissions/wrong_answer/passes.cpp", kReference),
       "wrong_answer/passes.cpp: expected WA, got AC"},
      {"accepted_that_is_wrong", put("submissions/accepted/lies.cpp", kWrong), "accepted/lies.cpp: expected AC, got WA"},
      {"accepted_that_does_not_compile", put("submissions/accepted/broken.cpp", "class Solution {"),
       "accepted/broken.cpp: does not compile"},
      // Right, but ~800 ms of CPU on one test: inside the limit, over limit / 1.5
      // on both of its runs (the slowest test runs twice: noise is not a program).
      {"accepted_that_is_too_slow", put("submissions/accepted/slow.cpp", kSlowOnBigInput),
       "accepted/slow.cpp: accepted, but its slowest test takes"},
      {"tle_that_is_fast", put("submissions/time_limit_exceeded/fast.cpp", kReference),
       "time_limit_exceeded/fast.cpp: expected TLE, got AC"},
      {"runtime_error_that_is_wrong", put("submissions/runtime_error/wrong.cpp", kWrong),
       "runtime_error/wrong.cpp: expected RE, got WA"},
      {"wrong_answer_that_loops", put("submissions/wrong_answer/loops.cpp", kSpin), "wrong_answer/loops.cpp: expected WA, got TLE"},
      {"generator_not_deterministic",
       put("generator.cpp", "int main() { random_device rd; printf(\"%u\\n%d\\n\", rd() % 1000, 1); }\n"),
       "generator.cpp: test 'big' is not deterministic"},
      {"generator_crashes", put("generator.cpp", "int main() { return 1; }\n"), "generator.cpp: generated test 'big' (exit 1)"},
      {"generator_prints_garbage", put("generator.cpp", "int main() { printf(\"x\\n\"); }\n"),
       "generated test 'big' is not a valid input"},
      {"generator_does_not_compile", put("generator.cpp", "int main( {}\n"), "generator.cpp: does not compile"},
      {"validator_crashes", put("validator.cpp", "int main() { int* p = nullptr; return *(volatile int*)p; }\n"),
       "validator.cpp failed on tests/sample/1.in"},
      {"validator_rejects", put("validator.cpp", replaced(kValidator, "> 100000", "> 10")),
       "rejected by validator.cpp: out of range"},
      {"validator_does_not_compile", put("validator.cpp", "int main( {}\n"), "validator.cpp: does not compile"},
      {"checker_does_not_compile", [](const fs::path& d) {
         write(d / "problem.yaml", std::string(kYaml) + "checker: program\n");
         write(d / "checker.cpp", "int main( {}\n");
       }, "checker.cpp: does not compile"},
      {"checker_rejects_everything", [](const fs::path& d) {
         write(d / "problem.yaml", std::string(kYaml) + "checker: program\n");
         write(d / "checker.cpp", "int main() { printf(\"never\\n\"); return 43; }\n");
       }, "reference.cpp: WA on tests/sample/1.in: never"},
  };
}

class BrokenPackage : public ::testing::TestWithParam<Breakage> {};

void PrintTo(const Breakage& b, std::ostream* os) { *os << b.name; }

}  // namespace

TEST(CheckRobustness, TheGoodPackagePasses) {
  judge::TempDir tmp;
  fs::path d = tmp.path() / "tiny" / "add-two";
  make_good_package(d);
  e2e::Output o = run_judge({"check", d.string(), "--json"});
  EXPECT_EQ(o.exit_code, 0) << o.out << o.err;
  EXPECT_TRUE(o.json()["ok"].get<bool>());
}

TEST_P(BrokenPackage, IsReportedNamingTheFile) {
  const Breakage& b = GetParam();
  judge::TempDir tmp;
  fs::path d = tmp.path() / "tiny" / "add-two";
  make_good_package(d);
  b.apply(d);
  e2e::Output o = run_judge({"check", d.string(), "--json"});
  ASSERT_EQ(o.exit_code, 1) << "no crash, no hang, no false OK\n" << o.out << o.err;
  nlohmann::json j = o.json();
  EXPECT_FALSE(j["ok"].get<bool>());
  std::string failures;
  bool named = false;
  for (const auto& c : j["problems"][0]["checks"])
    if (!c["ok"].get<bool>()) {
      failures += c["name"].get<std::string>() + ": " + c["message"].get<std::string>() + "\n";
      named = named || contains(c["message"].get<std::string>(), b.expected);
    }
  EXPECT_TRUE(named) << "expected a failure mentioning \"" << b.expected << "\", got:\n" << failures;
}

INSTANTIATE_TEST_SUITE_P(Variants, BrokenPackage, ::testing::ValuesIn(breakages()),
                         [](const ::testing::TestParamInfo<Breakage>& info) { return info.param.name; });

TEST(CheckRobustness, AtLeastFiftyWays) { EXPECT_GE(breakages().size(), 50u); }
