// What isolation this machine allows, found out once per process by trying
// each layer in a throwaway child. A layer that fails its probe is left out
// of every run and the reason is kept for `judge doctor`: nothing degrades
// silently.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace sandbox {

struct Environment {
  bool drop_identity = false;  // really root: runs switch to run_uid/run_gid
  uid_t run_uid = 65534;
  gid_t run_gid = 65534;
  unsigned long clone_flags = 0;  // the namespaces each run gets (CLONE_NEW*)
  int netns_fd = -1;              // an empty network namespace every run joins (-1: none)
  bool seccomp = false;
  bool seccomp_notify = false;    // denied calls are named, not just killed
  int landlock_abi = 0;           // 0: Landlock is off
  std::vector<std::string> notes;  // one line per layer that is off or reduced
};

const Environment& environment();

}  // namespace sandbox
