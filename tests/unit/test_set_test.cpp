// Test files and a user's own tests.
#include <gtest/gtest.h>

#include "problem/problem_loader.h"
#include "problem/test_set.h"
#include "util/errors.h"
#include "util/files.h"
#include "util/temp_dir.h"

#include "problem_fixture.h"

using namespace judge;
using judge::testing::make_problem;

TEST(NaturalOrder, NumbersCompareByValue) {
  EXPECT_TRUE(natural_less("2", "10"));
  EXPECT_FALSE(natural_less("10", "2"));
  EXPECT_TRUE(natural_less("02-a", "10-a"));
  EXPECT_TRUE(natural_less("a", "b"));
  EXPECT_TRUE(natural_less("test9", "test10"));
}

TEST(TestDir, PairsInputsWithAnswersInNaturalOrder) {
  TempDir tmp;
  Problem p = make_problem("signature: \"int f(int a)\"\n", tmp);
  fs::path secret = p.dir / "tests" / "secret";
  make_dirs(secret);
  for (std::string n : {"10", "2", "1"}) {
    write_file_atomic(secret / (n + ".in"), n + "\n");
    write_file_atomic(secret / (n + ".ans"), n + "\n\n");
  }
  auto tests = load_test_dir(p, "secret");
  ASSERT_EQ(tests.size(), 3u);
  EXPECT_EQ(tests[0].name, "1");
  EXPECT_EQ(tests[1].name, "2");
  EXPECT_EQ(tests[2].name, "10");
  EXPECT_EQ(*tests[2].answer, "10");  // trailing whitespace trimmed
  write_file_atomic(secret / "11.in", "3\n");
  try {
    load_test_dir(p, "secret");
    FAIL();
  } catch (const JudgeError& e) {
    EXPECT_NE(std::string(e.what()).find("11.in: has no answer file"), std::string::npos) << e.what();
  }
}

TEST(TestInput, ChecksArityAndTypes) {
  TempDir tmp;
  Problem p = make_problem("signature: \"vector<int> f(vector<int>& nums, int target)\"\n", tmp);
  EXPECT_EQ(check_test_input(p, "[1,2]\n3\n"), "");
  EXPECT_NE(check_test_input(p, "[1,2]\n").find("expected 2 literals"), std::string::npos);
  std::string e = check_test_input(p, "[1,2]\n\"x\"\n");
  EXPECT_NE(e.find("line 2: argument target"), std::string::npos) << e;
  e = check_test_input(p, "[1,2\n3\n");
  EXPECT_EQ(e.rfind("line ", 0), 0u) << e;
}

TEST(TestInput, DesignOperations) {
  TempDir tmp;
  Problem p = make_problem("signature:\n  class: MinStack\n  methods: [\"MinStack()\", \"void push(int val)\", \"int getMin()\"]\n", tmp);
  EXPECT_EQ(check_test_input(p, "[\"MinStack\",\"push\",\"getMin\"]\n[[],[1],[]]\n"), "");
  EXPECT_NE(check_test_input(p, "[\"MinStack\",\"pop\"]\n[[],[]]\n").find("'pop' is not a method"), std::string::npos);
  EXPECT_NE(check_test_input(p, "[\"MinStack\",\"push\"]\n[[],[]]\n").find("push takes 1 arguments"), std::string::npos);
  EXPECT_NE(check_test_input(p, "[\"push\"]\n[[1]]\n").find("first operation must be the constructor"), std::string::npos);
  EXPECT_NE(check_test_input(p, "[\"MinStack\"]\n[[],[]]\n").find("1 operations but 2 argument lists"), std::string::npos);
}

TEST(UserTests, GroupsLiteralsAndSkipsComments) {
  TempDir tmp;
  Problem p = make_problem("signature: \"int f(vector<int>& nums, int k)\"\n", tmp);
  auto tests = parse_user_tests(p, "# mine\n[1,2]\n3\n\n  # another\n[]\n0\n", "my.tests");
  ASSERT_EQ(tests.size(), 2u);
  EXPECT_EQ(tests[0].origin, "my.tests:2");
  EXPECT_EQ(tests[1].origin, "my.tests:6");
  EXPECT_EQ(tests[1].input, "[]\n0\n");
  EXPECT_EQ(tests[0].group, "user");
}

TEST(UserTests, ErrorsNameFileAndLine) {
  TempDir tmp;
  Problem p = make_problem("signature: \"int f(vector<int>& nums, int k)\"\n", tmp);
  auto message = [&](const std::string& text) {
    try {
      parse_user_tests(p, text, "my.tests");
    } catch (const UsageError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message("[1,2]\n3\n\n[4]\n"), "my.tests:4: the last test has 1 of the 2 literals a test needs (one per argument)");
  EXPECT_EQ(message("[1,2]\n3\n\n[4,\"a\"]\n5\n").rfind("my.tests:4: argument nums", 0), 0u) << message("[1,2]\n3\n\n[4,\"a\"]\n5\n");
  EXPECT_EQ(message("[1,2]\n3\n\n[4\n5\n").rfind("my.tests:5:", 0), 0u) << message("[1,2]\n3\n\n[4\n5\n");
}

TEST(TestInput, LinkedListCyclePosition) {
  TempDir tmp;
  Problem p = make_problem("signature: \"bool hasCycle(ListNode *head)\"\nlist_cycle: head\n", tmp);
  EXPECT_EQ(p.input_arity(), 2u);
  EXPECT_EQ(check_test_input(p, "[3,2,0,-4]\n1\n"), "");
  EXPECT_EQ(check_test_input(p, "[1]\n-1\n"), "");
  EXPECT_NE(check_test_input(p, "[1,2]\n2\n").find("pos: expected -1 (no cycle) or a node index 0..1"), std::string::npos);
  EXPECT_NE(check_test_input(p, "[1,2]\n").find("expected 2 literals"), std::string::npos);
}

TEST(TestInput, NodesGivenByValue) {
  TempDir tmp;
  Problem p = make_problem(
      "signature: \"TreeNode* lowestCommonAncestor(TreeNode* root, TreeNode* p, TreeNode* q)\"\n"
      "node_args: {p: root, q: root}\nresult: node_value\n", tmp);
  EXPECT_EQ(check_test_input(p, "[6,2,8,0,4,7,9]\n2\n8\n"), "");
  EXPECT_NE(check_test_input(p, "[6,2,8]\n2\n5\n").find("argument q: expected the value of a node of root"), std::string::npos);
  EXPECT_EQ(check_test_answer(p, "6"), "");
  EXPECT_NE(check_test_answer(p, "[6,2]"), "");
}
