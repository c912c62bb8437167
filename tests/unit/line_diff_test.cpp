// changed_lines: how big a fix is, as the FX verdict counts it.
#include <gtest/gtest.h>

#include "fix/line_diff.h"

using judge::changed_lines;

namespace {
const char* kStarter =
    "class Solution {\n"
    "public:\n"
    "    int f(vector<int>& v) {\n"
    "        int hi = v.size() - 1;\n"
    "        return hi;\n"
    "    }\n"
    "};\n";
}  // namespace

TEST(ChangedLines, IdenticalIsZero) { EXPECT_EQ(changed_lines(kStarter, kStarter), 0); }

TEST(ChangedLines, EditingOneLineIsOne) {
  EXPECT_EQ(changed_lines(kStarter, std::string(kStarter).replace(std::string(kStarter).find("- 1"), 3, "")), 1);
}

TEST(ChangedLines, InsertedAndDeletedLinesCountOnce) {
  std::string s = kStarter;
  std::string inserted = s;
  inserted.insert(inserted.find("        return"), "        if (v.empty()) return 0;\n");
  EXPECT_EQ(changed_lines(s, inserted), 1);
  std::string deleted = s;
  deleted.erase(deleted.find("        int hi"), std::string("        int hi = v.size() - 1;\n").size());
  EXPECT_EQ(changed_lines(s, deleted), 1);
}

TEST(ChangedLines, AStretchCountsItsLargerSide) {
  std::string s = kStarter;
  std::string two_for_one = s;
  two_for_one.replace(two_for_one.find("        int hi = v.size() - 1;\n"), std::string("        int hi = v.size() - 1;\n").size(),
                      "        int hi = v.size();\n        hi -= 1;\n");
  EXPECT_EQ(changed_lines(s, two_for_one), 2);
}

TEST(ChangedLines, WhitespaceBlankLinesAndCommentsAreNotChanges) {
  std::string s = kStarter;
  std::string reformatted =
      "// my fix\n"
      "class Solution {\n"
      "public:\n\n"
      "  int f(vector<int>& v) {\n"
      "\t\tint hi = v.size() - 1;   \r\n"
      "        // looked at this line\n"
      "        return hi;\n"
      "    }\n"
      "};";
  EXPECT_EQ(changed_lines(s, reformatted), 0);
}

TEST(ChangedLines, ARewriteCountsEveryLine) {
  std::string rewrite = "class Solution {\npublic:\n    int f(vector<int>& v) { return (int)v.size() - 1; }\n};\n";
  EXPECT_EQ(changed_lines(kStarter, rewrite), 4);  // 4 lines of the body replaced by 1
  EXPECT_EQ(changed_lines(kStarter, ""), 7);
  EXPECT_EQ(changed_lines("", kStarter), 7);
}
