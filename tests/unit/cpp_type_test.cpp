// C++ types of signatures and the type check of test literals.
#include <gtest/gtest.h>

#include "problem/cpp_type.h"

using namespace judge;
using judge_rt::parse_value;

TEST(CppType, ParsesLeetCodeSpellings) {
  EXPECT_EQ(parse_cpp_type("vector<vector<int>>&").value_spelling(), "vector<vector<int>>");
  EXPECT_EQ(parse_cpp_type("const vector<string>&").value_spelling(), "vector<string>");
  EXPECT_EQ(parse_cpp_type("ListNode *").value_spelling(), "ListNode*");
  EXPECT_EQ(parse_cpp_type("uint32_t").kind, CppType::Kind::UnsignedInt);
  EXPECT_EQ(parse_cpp_type("long long").kind, CppType::Kind::LongLong);
  EXPECT_EQ(parse_cpp_type("std::string").kind, CppType::Kind::String);
  EXPECT_EQ(parse_cpp_type("vector<vector<char>>").element[0].element[0].kind, CppType::Kind::Char);
  EXPECT_TRUE(parse_cpp_type("vector<int>&").is_reference);
  EXPECT_TRUE(parse_cpp_type("const string&").is_const);
}

TEST(CppType, RejectsWhatTheHarnessCannotBuild) {
  EXPECT_THROW(parse_cpp_type("map<int,int>"), std::invalid_argument);
  EXPECT_THROW(parse_cpp_type("ListNode"), std::invalid_argument);
  EXPECT_THROW(parse_cpp_type("vector<int"), std::invalid_argument);
  EXPECT_THROW(parse_cpp_type("int int"), std::invalid_argument);
}

TEST(CheckLiteral, ScalarsAndRanges) {
  CppType i = parse_cpp_type("int");
  EXPECT_EQ(check_literal(parse_value("5"), i, NodeKind::None), "");
  EXPECT_NE(check_literal(parse_value("5000000000"), i, NodeKind::None), "");
  EXPECT_NE(check_literal(parse_value("\"5\""), i, NodeKind::None), "");
  EXPECT_EQ(check_literal(parse_value("5"), parse_cpp_type("double"), NodeKind::None), "");
  EXPECT_EQ(check_literal(parse_value("\"a\""), parse_cpp_type("char"), NodeKind::None), "");
  EXPECT_NE(check_literal(parse_value("\"ab\""), parse_cpp_type("char"), NodeKind::None), "");
}

TEST(CheckLiteral, NestedErrorsNameThePath) {
  std::string e = check_literal(parse_value("[[1],[2,\"x\"]]"), parse_cpp_type("vector<vector<int>>"), NodeKind::None);
  EXPECT_NE(e.find("[1][1]"), std::string::npos) << e;
}

TEST(CheckLiteral, Trees) {
  CppType t = parse_cpp_type("TreeNode*");
  EXPECT_EQ(check_literal(parse_value("[1,null,2,3]"), t, NodeKind::None), "");
  EXPECT_EQ(check_literal(parse_value("[]"), t, NodeKind::None), "");
  EXPECT_NE(check_literal(parse_value("[null]"), t, NodeKind::None), "");
  // 1 has two child slots; both null, so a third value has nowhere to go.
  EXPECT_NE(check_literal(parse_value("[1,null,null,4]"), t, NodeKind::None), "");
}

TEST(CheckLiteral, NodeKinds) {
  CppType n = parse_cpp_type("Node*");
  EXPECT_EQ(check_literal(parse_value("[[2],[1]]"), n, NodeKind::Graph), "");
  EXPECT_NE(check_literal(parse_value("[[3],[1]]"), n, NodeKind::Graph), "");
  EXPECT_EQ(check_literal(parse_value("[[7,null],[13,0]]"), n, NodeKind::RandomList), "");
  EXPECT_NE(check_literal(parse_value("[[7,5]]"), n, NodeKind::RandomList), "");
  EXPECT_NE(check_literal(parse_value("[]"), n, NodeKind::None), "");
}
