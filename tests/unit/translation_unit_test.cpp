// What the judge compiles and what `judge init` writes, as text.
#include <sstream>

#include <gtest/gtest.h>

#include "harness/stub.h"
#include "harness/translation_unit.h"
#include "problem/problem_loader.h"
#include "util/files.h"
#include "util/temp_dir.h"

#include "problem_fixture.h"

using namespace judge;
using judge::testing::make_problem;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST(TranslationUnit, UserCodeKeepsItsFileNameAndLines) {
  TempDir tmp;
  Problem p = make_problem("signature: \"vector<int> twoSum(vector<int>& nums, int target)\"\n", tmp);
  std::string tu = solution_unit(p, "class Solution {};", "my \"file\".cpp");
  EXPECT_FALSE(has(tu, "prelude.h"));  // the compiler -includes it, so that its PCH applies
  EXPECT_TRUE(has(tu, "#line 1 \"my \\\"file\\\".cpp\"\nclass Solution {};\n"));
  EXPECT_TRUE(has(tu, "#line 1 \"judge-harness\""));
  EXPECT_TRUE(has(tu, "vector<int> call(vector<int>& arg_nums, int& arg_target) {"));
  EXPECT_TRUE(has(tu, "return solution->twoSum(arg_nums, arg_target);"));
  EXPECT_TRUE(has(tu, "int main() { return judge_entry::driver_main(); }"));
  EXPECT_FALSE(has(tu, "judge_rt::read"));  // reading tests is the driver's
  EXPECT_FALSE(has(tu, "list_node.h"));
  std::string driver = driver_unit(p);
  EXPECT_TRUE(has(driver, "#line 1 \"judge-driver\""));
  EXPECT_TRUE(has(driver, "vector<int> call(vector<int>& arg_nums, int& arg_target);"));
  EXPECT_TRUE(has(driver, "auto arg_nums = judge_rt::read<vector<int>>(in);"));
  EXPECT_TRUE(has(driver, "auto result = judge_entry::call(arg_nums, arg_target);"));
  EXPECT_FALSE(has(driver, "int main"));  // the solution's unit has it
}

// Every entry point the driver declares is defined, with the same head, in
// the solution's unit: the two are compiled apart and only the linker joins them.
TEST(TranslationUnit, DriverDeclaresWhatTheSolutionUnitDefines) {
  TempDir tmp;
  for (const char* yaml : {
           "signature: \"void rotate(vector<vector<int>>& matrix)\"\n",
           "signature:\n  class: LRUCache\n  methods: [\"LRUCache(int capacity)\", \"int get(int key)\", \"void put(int key, int value)\"]\n",
           "signature:\n  class: Codec\n  methods: [\"string serialize(TreeNode* root)\", \"TreeNode* deserialize(string data)\"]\n"
           "driver: roundtrip\n"}) {
    Problem p = make_problem(yaml, tmp);
    std::string driver = driver_unit(p), tu = solution_unit(p, "", "a.cpp");
    size_t declared = 0;
    std::istringstream lines(driver.substr(driver.find("namespace judge_entry {")));
    for (std::string line; std::getline(lines, line);) {
      if (line.empty() || line.back() != ';' || line.rfind("  ", 0) == 0) continue;
      ++declared;
      EXPECT_TRUE(has(tu, "\n" + line.substr(0, line.size() - 1) + " {\n")) << yaml << line;
    }
    EXPECT_GE(declared, 1u) << yaml;
  }
}

TEST(TranslationUnit, NodeHeadersOnlyWhenUsed) {
  TempDir tmp;
  Problem p = make_problem("signature: \"ListNode* f(vector<ListNode*>& lists)\"\n", tmp);
  EXPECT_TRUE(has(solution_unit(p, "", "a.cpp"), "#include \"list_node.h\"\n"));
  EXPECT_FALSE(has(solution_unit(p, "", "a.cpp"), "list_node_io.h"));  // a solution sees the type only
  EXPECT_TRUE(has(driver_unit(p), "#include \"list_node_io.h\"\n"));
  EXPECT_TRUE(has(tool_unit(p, "", "checker.cpp"), "#include \"list_node_io.h\"\n"));
}

TEST(TranslationUnit, VoidPrintsTheArgument) {
  TempDir tmp;
  Problem p = make_problem("signature: \"void rotate(vector<vector<int>>& matrix)\"\n", tmp);
  EXPECT_TRUE(has(solution_unit(p, "", "a.cpp"), "void call(vector<vector<int>>& arg_matrix) {"));
  EXPECT_TRUE(has(solution_unit(p, "", "a.cpp"), "  solution->rotate(arg_matrix);"));
  std::string main = driver_unit(p);
  EXPECT_TRUE(has(main, "judge_entry::call(arg_matrix);\n    judge_rt::write(out, arg_matrix);"));
}

TEST(TranslationUnit, DesignDispatchesEachMethod) {
  TempDir tmp;
  Problem p = make_problem("signature:\n  class: LRUCache\n  methods: [\"LRUCache(int capacity)\", \"int get(int key)\", \"void put(int key, int value)\"]\n", tmp);
  std::string tu = solution_unit(p, "", "a.cpp");
  EXPECT_TRUE(has(tu, "return new LRUCache(arg_capacity);"));
  EXPECT_TRUE(has(tu, "  static_cast<LRUCache*>(object)->put(arg_key, arg_value);"));
  EXPECT_TRUE(has(tu, "  return static_cast<LRUCache*>(object)->get(arg_key);"));
  std::string main = driver_unit(p);
  EXPECT_TRUE(has(main, "object = judge_entry::construct(arg_capacity);"));
  EXPECT_TRUE(has(main, "if (op == \"put\")"));
  EXPECT_TRUE(has(main, "judge_entry::call_2(object, arg_key, arg_value);"));
}

TEST(TranslationUnit, RoundtripUsesTwoObjects) {
  TempDir tmp;
  Problem p = make_problem(
      "signature:\n  class: Codec\n  methods: [\"string serialize(TreeNode* root)\", \"TreeNode* deserialize(string data)\"]\n"
      "driver: roundtrip\ndeep_copy: true\n",
      tmp);
  std::string main = driver_unit(p);
  EXPECT_TRUE(has(main, "void* encoder = judge_entry::construct();\n    void* decoder = judge_entry::construct();"));
  EXPECT_TRUE(has(main, "auto encoded = judge_entry::call_0(encoder, arg_root);"));
  EXPECT_TRUE(has(main, "auto result = judge_entry::call_1(decoder, encoded);"));
  EXPECT_TRUE(has(main, "require_disjoint"));
  std::string tu = solution_unit(p, "", "a.cpp");
  EXPECT_TRUE(has(tu, "string call_0(void* object, TreeNode*& arg_root) {"));
  EXPECT_TRUE(has(tu, "TreeNode* call_1(void* object, string& encoded) {"));
}

TEST(Stub, FunctionWithListNodeComment) {
  TempDir tmp;
  Problem p = make_problem("signature: \"ListNode *reverseList(ListNode *head)\"\n", tmp);
  EXPECT_EQ(leetcode_stub(p),
            "/**\n"
            " * Definition for singly-linked list.\n"
            " * struct ListNode {\n"
            " *     int val;\n"
            " *     ListNode *next;\n"
            " *     ListNode() : val(0), next(nullptr) {}\n"
            " *     ListNode(int x) : val(x), next(nullptr) {}\n"
            " *     ListNode(int x, ListNode *next) : val(x), next(next) {}\n"
            " * };\n"
            " */\n"
            "\n"
            "class Solution {\n"
            "public:\n"
            "    ListNode *reverseList(ListNode *head) {\n"
            "        \n"
            "    }\n"
            "};\n");
}

TEST(Stub, DesignClassAsLeetCodeShowsIt) {
  TempDir tmp;
  Problem p = make_problem("signature:\n  class: MinStack\n  methods: [\"MinStack()\", \"void push(int val)\", \"void pop()\", \"int top()\", \"int getMin()\"]\n", tmp);
  std::string stub = leetcode_stub(p);
  EXPECT_TRUE(has(stub, "class MinStack {\npublic:\n    MinStack() {\n        \n    }\n    \n    void push(int val) {"));
  EXPECT_TRUE(has(stub, " * MinStack* obj = new MinStack();\n * obj->push(val);\n * obj->pop();\n * int param_3 = obj->top();\n * int param_4 = obj->getMin();\n */\n"));
}

TEST(Stub, CodecComment) {
  TempDir tmp;
  Problem p = make_problem(
      "signature:\n  class: Codec\n  methods: [\"string serialize(TreeNode* root)\", \"TreeNode* deserialize(string data)\"]\n"
      "driver: roundtrip\n",
      tmp);
  EXPECT_TRUE(has(leetcode_stub(p), "// Codec ser, deser;\n// TreeNode* ans = deser.deserialize(ser.serialize(root));\n"));
}

TEST(TranslationUnit, ListCycleReadsPosAndLinksTheTail) {
  TempDir tmp;
  Problem p = make_problem("signature: \"bool hasCycle(ListNode *head)\"\nlist_cycle: head\n", tmp);
  std::string main = driver_unit(p);
  EXPECT_TRUE(has(main, "auto extra_pos = judge_rt::read<int>(in);"));
  EXPECT_TRUE(has(main, "judge_rt::link_cycle(arg_head, extra_pos);"));
}

TEST(TranslationUnit, NodesByValueAndNodeValueResult) {
  TempDir tmp;
  Problem p = make_problem(
      "signature: \"TreeNode* lowestCommonAncestor(TreeNode* root, TreeNode* p, TreeNode* q)\"\n"
      "node_args: {p: root, q: root}\nresult: node_value\n", tmp);
  std::string main = driver_unit(p);
  EXPECT_TRUE(has(main, "auto arg_p = judge_rt::find_node(arg_root, judge_rt::read<int>(in));"));
  EXPECT_TRUE(has(main, "judge_rt::write_node_value(out, result);"));
}
