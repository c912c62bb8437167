// Where a verdict is decided from a run: limits, signals, harness exit codes.
#include <signal.h>

#include <gtest/gtest.h>

#include "harness/runtime/judge_rt.h"
#include "verdict/verdict.h"

using namespace judge;

namespace {

sandbox::Result exited(int code, std::string err = "") {
  sandbox::Result r;
  r.status = sandbox::Status::Exited;
  r.exit_code = code;
  r.stderr_data = std::move(err);
  return r;
}

}  // namespace

TEST(Verdict, CleanExitGoesToTheChecker) { EXPECT_FALSE(classify_run(exited(0), Limits{}).has_value()); }

TEST(Verdict, Limits) {
  sandbox::Result r = exited(0);
  r.status = sandbox::Status::LimitKilled;
  r.limit = sandbox::Limit::Cpu;
  EXPECT_EQ(classify_run(r, Limits{})->verdict, Verdict::TLE);
  r.limit = sandbox::Limit::Wall;
  r.wall_ms = 3000, r.cpu_ms = 12;
  EXPECT_EQ(classify_run(r, Limits{})->verdict, Verdict::TLE);
  EXPECT_NE(classify_run(r, Limits{})->message.find("only 12 ms of CPU in 3000 ms (the program was sleeping"), std::string::npos);
  r.cpu_ms = 2400;  // spinning, but on a machine too busy to reach the CPU limit first
  EXPECT_NE(classify_run(r, Limits{})->message.find("2400 ms of CPU in 3000 ms (the machine is busy"), std::string::npos);
  r.limit = sandbox::Limit::Memory;
  EXPECT_EQ(classify_run(r, Limits{})->verdict, Verdict::MLE);
  r.limit = sandbox::Limit::Output;
  EXPECT_EQ(classify_run(r, Limits{})->verdict, Verdict::OLE);
}

TEST(Verdict, SignalsAreRuntimeErrorsWithTheirName) {
  sandbox::Result r;
  r.status = sandbox::Status::Signaled;
  r.signal = SIGSEGV;
  auto v = classify_run(r, Limits{});
  EXPECT_EQ(v->verdict, Verdict::RE);
  EXPECT_EQ(v->message.rfind("SIGSEGV", 0), 0u);
  r.signal = SIGFPE;
  EXPECT_NE(classify_run(r, Limits{})->message.find("division by zero"), std::string::npos);
  r.signal = SIGABRT;
  r.stderr_data = "Assertion `x > 0' failed.\n";
  EXPECT_NE(classify_run(r, Limits{})->message.find("Assertion"), std::string::npos);
}

TEST(Verdict, HarnessExitCodes) {
  EXPECT_EQ(classify_run(exited(judge_rt::kExitOutOfMemory), Limits{})->verdict, Verdict::MLE);
  auto re = classify_run(exited(judge_rt::kExitUncaught, "judge-harness: uncaught exception std::out_of_range: vector\n"), Limits{});
  EXPECT_EQ(re->verdict, Verdict::RE);
  EXPECT_EQ(re->message, "uncaught exception std::out_of_range: vector");
  EXPECT_EQ(classify_run(exited(judge_rt::kExitBadStructure, "judge-harness: the returned list has a cycle\n"), Limits{})->verdict,
            Verdict::WA);
  EXPECT_EQ(classify_run(exited(judge_rt::kExitBadInput), Limits{})->verdict, Verdict::JE);
  EXPECT_EQ(classify_run(exited(3), Limits{})->message, "exit code 3");
}

TEST(Verdict, SetupFailureIsNeverTheUsersFault) {
  sandbox::Result r;
  r.status = sandbox::Status::SetupFailed;
  r.error = "fork: Resource temporarily unavailable";
  EXPECT_EQ(classify_run(r, Limits{})->verdict, Verdict::JE);
}

TEST(Verdict, FirstFailureDecidesButJudgeErrorsWin) {
  EXPECT_TRUE(outranks(Verdict::WA, Verdict::AC));
  EXPECT_FALSE(outranks(Verdict::TLE, Verdict::WA));
  EXPECT_TRUE(outranks(Verdict::JE, Verdict::WA));
  EXPECT_FALSE(outranks(Verdict::WA, Verdict::JE));
}

TEST(Verdict, Names) {
  EXPECT_STREQ(verdict_code(Verdict::TLE), "TLE");
  EXPECT_EQ(parse_verdict("wrong_answer"), Verdict::WA);
  EXPECT_EQ(parse_verdict("AC"), Verdict::AC);
  EXPECT_FALSE(parse_verdict("maybe").has_value());
}
