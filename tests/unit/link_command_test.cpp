// The linker line read from clang's -### plan, and its slots filled.
#include "compiler/link_command.h"

#include <gtest/gtest.h>

#include "util/errors.h"

using judge::fill_link_command;
using judge::parse_driver_job;

TEST(LinkCommand, ParsesQuotedArgumentsWithEscapes) {
  auto args = parse_driver_job(R"( "/usr/bin/ld.lld" "-static" "-o" "/tmp/a b/out" "say \"hi\"" "back\\slash")");
  ASSERT_EQ(args.size(), 6u);
  EXPECT_EQ(args[0], "/usr/bin/ld.lld");
  EXPECT_EQ(args[3], "/tmp/a b/out");
  EXPECT_EQ(args[4], "say \"hi\"");
  EXPECT_EQ(args[5], "back\\slash");
}

TEST(LinkCommand, RejectsWhatIsNotAJobLine) {
  EXPECT_THROW(parse_driver_job(R"( "/usr/bin/ld.lld" -static)"), judge::JudgeError);
  EXPECT_THROW(parse_driver_job(R"( "/usr/bin/ld.lld" "-o)"), judge::JudgeError);
  EXPECT_TRUE(parse_driver_job("").empty());
}

TEST(LinkCommand, FillsOnlyTheSlots) {
  std::vector<std::string> cmd = {"ld", "-o", judge::kOutputSlot, "crt1.o", judge::kObjectSlot, "harness.o"};
  auto filled = fill_link_command(cmd, {"/x/unit.o"}, "/x/bin");
  EXPECT_EQ(filled, (std::vector<std::string>{"ld", "-o", "/x/bin", "crt1.o", "/x/unit.o", "harness.o"}));
}

TEST(LinkCommand, ObjectsGoInOrderWhereTheSlotWas) {
  std::vector<std::string> cmd = {"ld", judge::kObjectSlot, "harness.o", "-o", judge::kOutputSlot};
  auto filled = fill_link_command(cmd, {"/x/unit.o", "/c/driver.o"}, "/x/bin");
  EXPECT_EQ(filled, (std::vector<std::string>{"ld", "/x/unit.o", "/c/driver.o", "harness.o", "-o", "/x/bin"}));
}
