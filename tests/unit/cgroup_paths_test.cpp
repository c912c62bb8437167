// Finding the judge's cgroups on the three kinds of machines: hybrid v1, pure
// v2, and nothing mounted.
#include <gtest/gtest.h>

#include "../../sandbox/src/cgroup.h"

using sandbox::parse_cgroup_paths;

TEST(CgroupPaths, HybridV1) {
  auto p = parse_cgroup_paths(
      "9:name=systemd:/\n8:pids:/\n4:memory:/process_api/abc\n2:cpuacct:/\n1:cpu:/\n0::/\n",
      "30 25 0:26 / /sys/fs/cgroup/memory rw,relatime shared:9 - cgroup cgroup rw,memory\n"
      "31 25 0:27 / /sys/fs/cgroup/pids rw,relatime shared:10 - cgroup cgroup rw,pids\n"
      "32 25 0:28 / /sys/fs/cgroup/cpuacct rw,relatime shared:11 - cgroup cgroup rw,cpuacct\n"
      "33 25 0:29 / /sys/fs/cgroup/unified rw,relatime shared:12 - cgroup2 cgroup2 rw\n");
  EXPECT_EQ(p.memory_mount, "/sys/fs/cgroup/memory");
  EXPECT_EQ(p.memory_path, "/process_api/abc");
  EXPECT_EQ(p.pids_mount, "/sys/fs/cgroup/pids");
  EXPECT_EQ(p.pids_path, "");
  EXPECT_EQ(p.cpuacct_mount, "/sys/fs/cgroup/cpuacct");
  EXPECT_EQ(p.v2_mount, "/sys/fs/cgroup/unified");
  EXPECT_EQ(p.v2_path, "/");
}

TEST(CgroupPaths, CombinedCpuAndCpuacct) {
  auto p = parse_cgroup_paths("3:cpu,cpuacct:/user.slice\n",
                              "40 25 0:30 / /sys/fs/cgroup/cpu,cpuacct rw - cgroup cgroup rw,cpu,cpuacct\n");
  EXPECT_EQ(p.cpuacct_mount, "/sys/fs/cgroup/cpu,cpuacct");
  EXPECT_EQ(p.cpuacct_path, "/user.slice");
}

TEST(CgroupPaths, PureV2) {
  auto p = parse_cgroup_paths("0::/user.slice/user-1000.slice/user@1000.service/app.slice/judge.scope\n",
                              "29 23 0:26 / /sys/fs/cgroup rw,nosuid - cgroup2 cgroup2 rw,nsdelegate\n");
  EXPECT_EQ(p.v2_mount, "/sys/fs/cgroup");
  EXPECT_EQ(p.v2_path, "/user.slice/user-1000.slice/user@1000.service/app.slice/judge.scope");
  EXPECT_TRUE(p.memory_mount.empty());
}

TEST(CgroupPaths, NothingMounted) {
  auto p = parse_cgroup_paths("", "");
  EXPECT_TRUE(p.v2_mount.empty());
  EXPECT_TRUE(p.memory_mount.empty());
}
