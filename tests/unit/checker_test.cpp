// The built-in checkers: exact, float, unordered.
#include <gtest/gtest.h>

#include "checker/checker.h"

using namespace judge;

namespace {

CheckOutcome check(CheckerSpec spec, const std::string& expected, const std::string& got) {
  Problem p;
  p.checker = spec;
  TestCase t;
  t.answer = expected;
  t.origin = "test";
  return check_output(p, CheckerContext{}, t, got);
}

CheckerSpec exact() { return {}; }
CheckerSpec floats(double abs, double rel) {
  CheckerSpec s;
  s.kind = CheckerKind::Float;
  s.abs_tolerance = abs;
  s.rel_tolerance = rel;
  return s;
}
CheckerSpec unordered(bool nested) {
  CheckerSpec s;
  s.kind = CheckerKind::Unordered;
  s.nested = nested;
  return s;
}

}  // namespace

TEST(ExactChecker, ComparesStructureNotSpacing) {
  EXPECT_TRUE(check(exact(), "[1,2,3]", "[1, 2,3]").accepted);
  EXPECT_TRUE(check(exact(), "\"a b\"", "\"a b\"").accepted);
  CheckOutcome o = check(exact(), "[1,2,3]", "[1,5,3]");
  EXPECT_FALSE(o.accepted);
  EXPECT_EQ(o.message, "at [1]: expected 2, got 5");
  EXPECT_EQ(check(exact(), "[1,2,3]", "[1,2]").message, "expected 3 elements, got 2");
  EXPECT_EQ(check(exact(), "true", "false").message, "expected true, got false");
  EXPECT_FALSE(check(exact(), "\"ab\"", "\"ba\"").accepted);
  EXPECT_FALSE(check(exact(), "null", "0").accepted);
}

TEST(ExactChecker, OutputThatIsNotALiteral) {
  EXPECT_EQ(check(exact(), "1", "").message, "no output");
  EXPECT_NE(check(exact(), "[1]", "[1").message.find("output is not a literal"), std::string::npos);
  EXPECT_FALSE(check(exact(), "1", "1 2").accepted);
}

TEST(FloatChecker, AbsoluteOrRelativeTolerance) {
  EXPECT_TRUE(check(floats(1e-9, 1e-6), "1000000", "1000000.5").accepted);  // rel 5e-7
  EXPECT_FALSE(check(floats(1e-9, 1e-6), "1000000", "1000002").accepted);
  EXPECT_TRUE(check(floats(1e-9, 1e-6), "0", "1e-10").accepted);            // abs
  EXPECT_FALSE(check(floats(1e-9, 1e-6), "0", "1e-8").accepted);
  EXPECT_TRUE(check(floats(1e-9, 1e-6), "[2.5,3]", "[2.5000000001,3.0]").accepted);
}

TEST(FloatChecker, NanAndInfinityAreAlwaysWrong) {
  CheckOutcome o = check(floats(1, 1), "0.5", "nan");
  EXPECT_FALSE(o.accepted);
  EXPECT_NE(o.message.find("not a finite number"), std::string::npos);
  EXPECT_FALSE(check(floats(1, 1), "[1,2]", "[1,inf]").accepted);
}

TEST(FloatChecker, ReportsTheWorstError) {
  CheckOutcome o = check(floats(1e-9, 1e-6), "[1,2,4]", "[1.1,2,4.4]");
  EXPECT_FALSE(o.accepted);
  EXPECT_TRUE(o.has_float_error);
  EXPECT_NEAR(o.max_abs_error, 0.4, 1e-12);
  EXPECT_NEAR(o.max_rel_error, 0.1, 1e-12);
  EXPECT_NE(o.message.find("at [0]"), std::string::npos) << o.message;
}

TEST(UnorderedChecker, OuterOrderIsFree) {
  EXPECT_TRUE(check(unordered(false), "[0,1]", "[1,0]").accepted);
  EXPECT_FALSE(check(unordered(false), "[0,1]", "[0,0]").accepted);
  EXPECT_FALSE(check(unordered(false), "[1,1,2]", "[1,2,2]").accepted);  // multiset, not set
  EXPECT_FALSE(check(unordered(false), "[[1,2]]", "[[2,1]]").accepted);  // inner order kept
  EXPECT_EQ(check(unordered(false), "[0,1]", "[0,2]").message, "expected [0,1] in any order, got [0,2]");
}

TEST(UnorderedChecker, NestedOrderIsFreeWhenAsked) {
  EXPECT_TRUE(check(unordered(true), R"([["eat","tea"],["bat"]])", R"([["bat"],["tea","eat"]])").accepted);
  EXPECT_FALSE(check(unordered(true), R"([["eat","tea"],["bat"]])", R"([["bat","tea"],["eat"]])").accepted);
}

TEST(UnorderedChecker, LongListsNameAMissingElement) {
  std::string expected = "[", got = "[";
  for (int i = 0; i < 100; ++i) {
    expected += (i ? "," : "") + std::to_string(i);
    got += (i ? "," : "") + std::to_string(i == 50 ? 500 : i);
  }
  CheckOutcome o = check(unordered(false), expected + "]", got + "]");
  EXPECT_EQ(o.message, "unexpected element 500; missing 50");
}
