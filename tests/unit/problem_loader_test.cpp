// problem.yaml validation: every error names the file, line and column.
#include <gtest/gtest.h>

#include "problem/problem_loader.h"
#include "util/errors.h"
#include "util/files.h"
#include "util/temp_dir.h"

using namespace judge;

namespace {

const char* kGood = R"Y(title: Two Sum
difficulty: easy
topics: [arrays-hashing]
leetcode: 1
signature: "vector<int> twoSum(vector<int>& nums, int target)"
checker: unordered
limits: {time_ms: 1500, memory_mb: 128}
)Y";

class LoaderTest : public ::testing::Test {
 protected:
  TempDir tmp;
  fs::path dir = tmp.path() / "neetcode" / "two-sum";
  void SetUp() override { make_dirs(dir); }
  Problem load(const std::string& yaml) {
    write_file_atomic(dir / "problem.yaml", yaml);
    return load_problem(dir);
  }
  // The error message for this yaml (fails the test if it loads).
  std::string error(const std::string& yaml) {
    try {
      load(yaml);
    } catch (const JudgeError& e) {
      return e.what();
    }
    ADD_FAILURE() << "loaded without error:\n" << yaml;
    return "";
  }
};

}  // namespace

TEST_F(LoaderTest, LoadsAGoodFile) {
  Problem p = load(kGood);
  EXPECT_EQ(p.slug, "two-sum");
  EXPECT_EQ(p.pack, "neetcode");
  EXPECT_EQ(p.title, "Two Sum");
  EXPECT_EQ(p.difficulty, Difficulty::Easy);
  EXPECT_EQ(p.leetcode_number, 1);
  EXPECT_EQ(p.url, "https://leetcode.com/problems/two-sum/");
  EXPECT_EQ(p.checker.kind, CheckerKind::Unordered);
  EXPECT_EQ(p.limits.time_ms, 1500);
  EXPECT_EQ(p.limits.memory_mb, 128);
  EXPECT_EQ(p.driver, Driver::Call);
  EXPECT_EQ(p.input_arity(), 2u);
}

TEST_F(LoaderTest, UnknownKeyNamesLineAndColumn) {
  std::string e = error(std::string(kGood) + "limts: 3\n");
  EXPECT_NE(e.find("problem.yaml:8:1: unknown key 'limts'"), std::string::npos) << e;
}

TEST_F(LoaderTest, BrokenYamlSyntax) {
  std::string e = error("title: [unclosed\ndifficulty: easy\n");
  EXPECT_NE(e.find("problem.yaml:"), std::string::npos) << e;
}

TEST_F(LoaderTest, MissingRequiredKey) {
  std::string e = error("difficulty: easy\ntopics: [x]\nsignature: \"int f(int a)\"\n");
  EXPECT_NE(e.find("missing required key 'title'"), std::string::npos) << e;
}

TEST_F(LoaderTest, BadDifficulty) {
  std::string e = error("title: T\ndifficulty: trivial\ntopics: [x]\nsignature: \"int f(int a)\"\n");
  EXPECT_NE(e.find(":2:13: difficulty must be easy, medium or hard"), std::string::npos) << e;
}

TEST_F(LoaderTest, BadSignaturePointsAtIt) {
  std::string e = error("title: T\ndifficulty: easy\ntopics: [x]\nsignature: \"int f(map<int,int> m)\"\n");
  EXPECT_NE(e.find(":4:12: signature"), std::string::npos) << e;
  EXPECT_NE(e.find("unsupported type 'map'"), std::string::npos) << e;
}

TEST_F(LoaderTest, WrongTypes) {
  EXPECT_NE(error("title: [a, b]\ndifficulty: easy\ntopics: [x]\nsignature: \"int f(int a)\"\n").find("'title' must be a single value"),
            std::string::npos);
  EXPECT_NE(error(std::string(kGood) + "hints: 3\n").find("'hints' must be a list"), std::string::npos);
  EXPECT_NE(error("title: T\ndifficulty: easy\ntopics: [x]\nsignature: \"int f(int a)\"\nlimits: {time_ms: fast}\n")
                .find("'time_ms' must be a whole number"),
            std::string::npos);
  EXPECT_NE(error("title: T\ndifficulty: easy\ntopics: [x]\nsignature: \"int f(int a)\"\nlimits: {time_ms: 1}\n")
                .find("between 50 and 60000"),
            std::string::npos);
}

TEST_F(LoaderTest, NodeNeedsItsKind) {
  std::string e = error("title: T\ndifficulty: easy\ntopics: [x]\nsignature: \"Node* f(Node* n)\"\n");
  EXPECT_NE(e.find("node: graph"), std::string::npos) << e;
  Problem p = load("title: T\ndifficulty: easy\ntopics: [x]\nsignature: \"Node* f(Node* n)\"\nnode: graph\ndeep_copy: true\n");
  EXPECT_EQ(p.node_kind, NodeKind::Graph);
  EXPECT_TRUE(p.deep_copy);
}

TEST_F(LoaderTest, DesignClass) {
  Problem p = load(R"Y(title: LRU
difficulty: medium
topics: [design]
signature:
  class: LRUCache
  methods:
    - LRUCache(int capacity)
    - int get(int key)
    - void put(int key, int value)
)Y");
  EXPECT_EQ(p.driver, Driver::Design);
  EXPECT_EQ(p.signature.class_name, "LRUCache");
  EXPECT_TRUE(p.signature.methods[0].is_constructor);
  EXPECT_EQ(p.input_arity(), 2u);
  std::string e = error(R"Y(title: LRU
difficulty: medium
topics: [design]
signature:
  class: LRUCache
  methods:
    - int get(int key)
    - LRUCache(int capacity)
)Y");
  EXPECT_NE(e.find("the constructor must be the first method"), std::string::npos) << e;
}

TEST_F(LoaderTest, VoidFunctionPrintsItsFirstArgument) {
  Problem p = load("title: T\ndifficulty: easy\ntopics: [x]\nsignature: \"void rotate(vector<vector<int>>& matrix)\"\n");
  EXPECT_EQ(p.output_param, "matrix");
  std::string e = error("title: T\ndifficulty: easy\ntopics: [x]\nsignature: \"void f(int a)\"\noutput: b\n");
  EXPECT_NE(e.find("'b' is not a parameter"), std::string::npos) << e;
}

TEST_F(LoaderTest, CheckerOptions) {
  Problem p = load("title: T\ndifficulty: easy\ntopics: [x]\nsignature: \"double f(int a)\"\nchecker: {kind: float, abs: 1e-5, rel: 0}\n");
  EXPECT_EQ(p.checker.kind, CheckerKind::Float);
  EXPECT_DOUBLE_EQ(p.checker.abs_tolerance, 1e-5);
  EXPECT_DOUBLE_EQ(p.checker.rel_tolerance, 0);
  std::string e = error("title: T\ndifficulty: easy\ntopics: [x]\nsignature: \"int f(int a)\"\nchecker: {kind: exact, nested: true}\n");
  EXPECT_NE(e.find("'nested' belongs to the unordered checker"), std::string::npos) << e;
  e = error("title: T\ndifficulty: easy\ntopics: [x]\nsignature: \"int f(int a)\"\nchecker: fuzzy\n");
  EXPECT_NE(e.find("unknown checker 'fuzzy'"), std::string::npos) << e;
}

TEST_F(LoaderTest, GeneratedTestsNeedUniqueNames) {
  std::string e = error(std::string(kGood) + "generated:\n  - {name: a, args: \"1\"}\n  - {name: a, args: \"2\"}\n");
  EXPECT_NE(e.find("problem.yaml:10:"), std::string::npos) << e;
  EXPECT_NE(e.find("listed twice"), std::string::npos) << e;
}

TEST_F(LoaderTest, IdMustMatchTheFolder) {
  std::string e = error(std::string(kGood) + "id: three-sum\n");
  EXPECT_NE(e.find("does not match the folder name"), std::string::npos) << e;
}

TEST_F(LoaderTest, MissingFile) {
  try {
    load_problem(tmp.path() / "neetcode" / "nothing");
    FAIL();
  } catch (const JudgeError& e) {
    EXPECT_NE(std::string(e.what()).find("problem.yaml: No such file"), std::string::npos) << e.what();
  }
}

TEST_F(LoaderTest, ListCycleNamesAListParameter) {
  std::string e = error("title: T\ndifficulty: easy\ntopics: [x]\nsignature: \"bool f(int head)\"\nlist_cycle: head\n");
  EXPECT_NE(e.find("'head' is not a ListNode* parameter of f"), std::string::npos) << e;
}

TEST_F(LoaderTest, NodeArgsPointIntoAnEarlierTree) {
  std::string e = error("title: T\ndifficulty: easy\ntopics: [x]\n"
                        "signature: \"TreeNode* f(TreeNode* p, TreeNode* root)\"\nnode_args: {p: root}\n");
  EXPECT_NE(e.find("'root' must be an earlier parameter of the same type as 'p'"), std::string::npos) << e;
  e = error("title: T\ndifficulty: easy\ntopics: [x]\nsignature: \"int f(int a)\"\nresult: node_value\n");
  EXPECT_NE(e.find("needs a function returning a node pointer"), std::string::npos) << e;
}
