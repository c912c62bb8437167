// LeetCode signatures as problem.yaml writes them.
#include <gtest/gtest.h>

#include "problem/signature.h"

using namespace judge;

TEST(Signature, Function) {
  Method m = parse_method("vector<int> twoSum(vector<int>& nums, int target)");
  EXPECT_EQ(m.name, "twoSum");
  EXPECT_EQ(m.return_type.value_spelling(), "vector<int>");
  ASSERT_EQ(m.params.size(), 2u);
  EXPECT_EQ(m.params[0].name, "nums");
  EXPECT_TRUE(m.params[0].type.is_reference);
  EXPECT_EQ(m.params[1].name, "target");
  EXPECT_FALSE(m.is_constructor);
}

TEST(Signature, PointerSpacingAsLeetCodeWritesIt) {
  Method m = parse_method("ListNode *reverseList(ListNode *head)");
  EXPECT_EQ(m.name, "reverseList");
  EXPECT_EQ(m.return_type.kind, CppType::Kind::ListNode);
  EXPECT_EQ(m.params[0].name, "head");
  EXPECT_EQ(m.text, "ListNode *reverseList(ListNode *head)");
}

TEST(Signature, TemplateCommasDoNotSplitParameters) {
  Method m = parse_method("int f(vector<vector<int>>& a, vector<string> b)");
  ASSERT_EQ(m.params.size(), 2u);
  EXPECT_EQ(m.params[1].type.value_spelling(), "vector<string>");
}

TEST(Signature, Constructor) {
  Method m = parse_method("LRUCache(int capacity)", "LRUCache");
  EXPECT_TRUE(m.is_constructor);
  EXPECT_EQ(m.params.size(), 1u);
  Method none = parse_method("MinStack()", "MinStack");
  EXPECT_TRUE(none.is_constructor);
  EXPECT_TRUE(none.params.empty());
}

TEST(Signature, Errors) {
  EXPECT_THROW(parse_method("twoSum(vector<int>& nums)"), std::invalid_argument);  // no return type
  EXPECT_THROW(parse_method("int f(int)"), std::invalid_argument);                 // no parameter name
  EXPECT_THROW(parse_method("int f(int a, int a)"), std::invalid_argument);
  EXPECT_THROW(parse_method("int f(int a"), std::invalid_argument);
  EXPECT_THROW(parse_method("int f(map<int,int> m)"), std::invalid_argument);
  EXPECT_THROW(parse_method("int& f(int a)"), std::invalid_argument);
}
