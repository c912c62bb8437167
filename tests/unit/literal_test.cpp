// The literal library: what solutions, checkers and the judge all parse with.
#include <cmath>

#include <gtest/gtest.h>

#include "harness/runtime/judge_rt.h"

using namespace judge_rt;

TEST(Literal, ReadsNestedVectors) {
  Reader in("[[1,2],[],[-3]]");
  auto v = read<std::vector<std::vector<int>>>(in);
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0], (std::vector<int>{1, 2}));
  EXPECT_TRUE(v[1].empty());
  EXPECT_EQ(v[2], (std::vector<int>{-3}));
  EXPECT_TRUE(in.at_end());
}

TEST(Literal, ArgumentsOnSeparateLinesAndWhitespace) {
  Reader in("[2, 7,\n 11]\n  9\n");
  EXPECT_EQ(read<std::vector<int>>(in), (std::vector<int>{2, 7, 11}));
  EXPECT_EQ(read<int>(in), 9);
  EXPECT_TRUE(in.at_end());
}

TEST(Literal, IntegerRangeIsChecked) {
  Reader ok("2147483647 -2147483648");
  EXPECT_EQ(read<int>(ok), 2147483647);
  EXPECT_EQ(read<int>(ok), -2147483647 - 1);
  Reader over("2147483648");
  EXPECT_THROW(read<int>(over), ParseError);
  Reader ll("9223372036854775807");
  EXPECT_EQ(read<long long>(ll), 9223372036854775807LL);
  Reader fraction("1.5");
  EXPECT_THROW(read<int>(fraction), ParseError);
}

TEST(Literal, UnsignedAcceptsDecimalAndLeetCodeBitStrings) {
  Reader dec("4294967295");
  EXPECT_EQ(read<unsigned int>(dec), 4294967295u);
  Reader bits("\"00000000000000000000000000001011\"");
  EXPECT_EQ(read<unsigned int>(bits), 11u);
  Reader neg("-1");
  EXPECT_THROW(read<unsigned int>(neg), ParseError);
}

TEST(Literal, StringsRoundTripEveryPrintableCharacter) {
  std::string all;
  for (char c = 32; c < 127; ++c) all += c;
  all += "\n\t\\\"";
  Writer w;
  w.string(all);
  Reader in(w.str());
  EXPECT_EQ(in.read_string(), all);
  EXPECT_TRUE(in.at_end());
}

TEST(Literal, StringEscapes) {
  Reader in(R"("a\"b\\c\/d\n\u0041\u00e9")");
  EXPECT_EQ(in.read_string(), "a\"b\\c/d\nA\xc3\xa9");
  Reader bad(R"("abc)");
  EXPECT_THROW(bad.read_string(), ParseError);
  Reader bad_escape(R"("\q")");
  EXPECT_THROW(bad_escape.read_string(), ParseError);
}

TEST(Literal, CharGridIsWrittenAsOneCharacterStrings) {
  Reader in(R"([["1","0"],["0","1"]])");
  auto grid = read<std::vector<std::vector<char>>>(in);
  EXPECT_EQ(grid[0][0], '1');
  EXPECT_EQ(grid[1][0], '0');
  Writer w;
  write(w, grid);
  EXPECT_EQ(w.str(), R"([["1","0"],["0","1"]])");
  Reader two(R"(["ab"])");
  EXPECT_THROW(read<std::vector<char>>(two), ParseError);
}

TEST(Literal, DoublesPrintShortestRoundTrip) {
  Writer w;
  w.number(0.1);
  w.raw(' ');
  w.number(2.0);
  w.raw(' ');
  w.number(1e-300);
  w.raw(' ');
  w.number(-0.30000000000000004);
  EXPECT_EQ(w.str(), "0.1 2 1e-300 -0.30000000000000004");
  Reader in(w.str());
  EXPECT_EQ(in.read_double(), 0.1);
  EXPECT_EQ(in.read_double(), 2.0);
  EXPECT_EQ(in.read_double(), 1e-300);
  EXPECT_EQ(in.read_double(), -0.30000000000000004);
}

TEST(Literal, NanAndInfinityAreWrittenAndRead) {
  Writer w;
  w.number(std::nan(""));
  w.raw(' ');
  w.number(-HUGE_VAL);
  EXPECT_EQ(w.str(), "nan -inf");
  Value v = parse_value("nan");
  EXPECT_EQ(v.kind, Value::Kind::Number);
  EXPECT_TRUE(std::isnan(v.number));
}

TEST(Literal, BoolsAndVectorBool) {
  Reader in("[true,false,true]");
  auto v = read<std::vector<bool>>(in);
  Writer w;
  write(w, v);
  EXPECT_EQ(w.str(), "[true,false,true]");
  Reader bad("True");
  EXPECT_THROW(bad.read_bool(), ParseError);
}

TEST(Literal, ErrorsCarryTheOffset) {
  Reader in("[1,2\n,x]");
  try {
    read<std::vector<int>>(in);
    FAIL() << "expected a parse error";
  } catch (const ParseError& e) {
    EXPECT_EQ(line_of(in.text(), e.offset), 2);
    EXPECT_NE(std::string(e.what()).find("'x'"), std::string::npos);
  }
}

TEST(Literal, UnterminatedListIsAnError) {
  Reader in("[1,2");
  EXPECT_THROW(read<std::vector<int>>(in), ParseError);
  Reader trailing("[1,2,]");
  EXPECT_THROW(read<std::vector<int>>(trailing), ParseError);
  Reader missing_comma("[1 2]");
  EXPECT_THROW(read<std::vector<int>>(missing_comma), ParseError);
}

TEST(Value, ParsesEveryKind) {
  Value v = parse_value(R"([null,true,-7,2.5,"s",[]])");
  ASSERT_EQ(v.kind, Value::Kind::List);
  ASSERT_EQ(v.items.size(), 6u);
  EXPECT_EQ(v.items[0].kind, Value::Kind::Null);
  EXPECT_EQ(v.items[1].kind, Value::Kind::Bool);
  EXPECT_EQ(v.items[2].kind, Value::Kind::Integer);
  EXPECT_EQ(v.items[2].integer, -7);
  EXPECT_EQ(v.items[3].kind, Value::Kind::Number);
  EXPECT_EQ(v.items[4].string, "s");
  EXPECT_EQ(v.items[5].kind, Value::Kind::List);
  EXPECT_EQ(to_literal(v), R"([null,true,-7,2.5,"s",[]])");
}

TEST(Value, HugeIntegersBecomeNumbers) {
  Value v = parse_value("123456789012345678901234567890");
  EXPECT_EQ(v.kind, Value::Kind::Number);
}

TEST(Value, ParseValueRejectsTrailingText) {
  EXPECT_THROW(parse_value("[1] 2"), ParseError);
  EXPECT_EQ(parse_values("[1] 2 \"x\"").size(), 3u);
  EXPECT_TRUE(parse_values("  \n ").empty());
}
