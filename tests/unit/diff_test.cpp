// Word-level diffs of literals.
#include <gtest/gtest.h>

#include "report/diff.h"

using namespace judge;

TEST(Diff, Tokens) {
  EXPECT_EQ(literal_tokens(R"([1,"a b",[-2]])"),
            (std::vector<std::string>{"[", "1", ",", "\"a b\"", ",", "[", "-2", "]", "]"}));
  EXPECT_EQ(literal_tokens(R"("q\"x")"), (std::vector<std::string>{R"("q\"x")"}));
}

TEST(Diff, MarksChangedTokensOnly) {
  Style plain;
  EXPECT_EQ(word_diff("[1,2,3]", "[1,5,3]", plain), "[1,[-2-]{+5+},3]");
  EXPECT_EQ(word_diff("[1,2]", "[1,2,3]", plain), "[1,2{+,+}{+3+}]");
  EXPECT_EQ(word_diff("[1,2]", "[1,2]", plain), "[1,2]");
}

TEST(Diff, ColourOnlyWhenAsked) {
  Style color{true};
  std::string d = word_diff("[1]", "[2]", color);
  EXPECT_NE(d.find("\033["), std::string::npos);
  EXPECT_EQ(d.find("[-"), std::string::npos);
}
