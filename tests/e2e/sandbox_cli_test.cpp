// `judge doctor` and `judge sandbox-exec`, through the real binary.
#include <gtest/gtest.h>

#include "e2e_support.h"

using e2e::contains;
using e2e::run_judge;

namespace {

std::string program(const std::string& name) { return std::string(TEST_PROGRAMS_DIR) + "/" + name; }

}  // namespace

TEST(Doctor, ReportsLayersAndChecks) {
  e2e::Output o = run_judge({"doctor", "--json"});
  EXPECT_EQ(o.exit_code, 0) << o.out << o.err;
  nlohmann::json j = o.json();
  ASSERT_TRUE(j.contains("layers"));
  std::vector<std::string> names;
  for (const auto& l : j["layers"]) names.push_back(l["name"]);
  for (const char* want : {"rlimits", "cgroup", "seccomp", "landlock", "namespaces", "identity", "kill and reap"})
    EXPECT_NE(std::find(names.begin(), names.end(), want), names.end()) << want;
  bool end_to_end = false;
  for (const auto& c : j["checks"])
    if (c["name"] == "end to end") end_to_end = c["ok"].get<bool>();
  EXPECT_TRUE(end_to_end) << o.out;
  e2e::Output text = run_judge({"doctor"});
  EXPECT_TRUE(contains(text.out, "Sandbox layers"));
  EXPECT_TRUE(contains(text.out, "end to end"));
}

TEST(SandboxExec, RunsAProgramAndReportsIt) {
  e2e::Output o = run_judge({"sandbox-exec", "--json", "--", program("fixture_exit_code"), "5"});
  EXPECT_EQ(o.exit_code, 1);  // the program's non-zero exit
  nlohmann::json j = o.json();
  EXPECT_EQ(j["status"], "exited");
  EXPECT_EQ(j["exit_code"], 5);
  EXPECT_EQ(j["stdout"], "out\n");
  EXPECT_FALSE(j["layers"].empty());
  e2e::Output text = run_judge({"sandbox-exec", "--", program("fixture_exit_code"), "0"});
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_EQ(text.out, "out\n");
  EXPECT_TRUE(contains(text.err, "sandbox: exited 0")) << text.err;
}

TEST(SandboxExec, LimitsAndForbiddenCalls) {
  nlohmann::json spin = run_judge({"sandbox-exec", "--cpu-ms", "200", "--json", "--", program("fixture_spin")}).json();
  EXPECT_EQ(spin["status"], "limit");
  EXPECT_EQ(spin["limit"], "cpu");
  nlohmann::json net = run_judge({"sandbox-exec", "--json", "--", program("hostile_tcp_connect")}).json();
  EXPECT_EQ(net["status"], "forbidden");
  EXPECT_EQ(net["forbidden_syscall"], "socket");
}

TEST(SandboxExec, RepeatReportsPerRunTimes) {
  e2e::Output o = run_judge({"sandbox-exec", "--repeat", "20", "--json", "--", program("fixture_trivial")});
  nlohmann::json j = o.json();
  EXPECT_EQ(j["runs"], 20);
  EXPECT_GT(j["wall_ms_median"].get<double>(), 0);
  EXPECT_LE(j["wall_ms_min"].get<double>(), j["wall_ms_median"].get<double>());
  EXPECT_GE(j["wall_ms_max"].get<double>(), j["wall_ms_median"].get<double>());
}

TEST(SandboxExec, AllowReadOpensAFolder) {
  nlohmann::json denied = run_judge({"sandbox-exec", "--json", "--", program("hostile_list_dir"), "/etc"}).json();
  EXPECT_EQ(denied["stdout"], "denied\n");
  nlohmann::json allowed =
      run_judge({"sandbox-exec", "--allow-read", "/etc", "--json", "--", program("hostile_list_dir"), "/etc"}).json();
  EXPECT_TRUE(contains(allowed["stdout"].get<std::string>(), "passwd"));
}

TEST(SandboxExec, UsageErrors) {
  EXPECT_EQ(run_judge({"sandbox-exec"}).exit_code, 2);
  e2e::Output missing = run_judge({"sandbox-exec", "--", "no-such-program-here"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_TRUE(contains(missing.err, "no-such-program-here: not found on PATH")) << missing.err;
}
