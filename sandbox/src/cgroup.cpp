#include "cgroup.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>

namespace sandbox {

namespace {

constexpr long kStaleChargeLimitBytes = 8L << 20;

std::string read_small(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "";
  char buf[4096];
  ssize_t n = ::read(fd, buf, sizeof buf);
  ::close(fd);
  return n > 0 ? std::string(buf, static_cast<size_t>(n)) : "";
}

// A write the kernel may cut short with EINTR: memory.force_empty reclaims
// in a loop that gives up as soon as the thread has a signal pending, and a
// SIGCHLD queued while another thread blocks signals (around a clone, or in
// posix_spawn) counts. Written again, a bounded number of times.
bool write_small(const std::string& path, const std::string& value, std::string* error = nullptr) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  ssize_t n = -1;
  for (int attempt = 0; fd >= 0 && attempt < 100; ++attempt) {
    n = ::write(fd, value.data(), value.size());
    if (n >= 0 || errno != EINTR) break;
  }
  bool ok = fd >= 0 && n == static_cast<ssize_t>(value.size());
  if (!ok && error) *error = path + ": " + std::strerror(errno);
  if (fd >= 0) ::close(fd);
  return ok;
}

// "key N" lines (memory.events, pids.events, cpu.stat, memory.oom_control).
long keyed_value(const std::string& text, const std::string& key) {
  std::istringstream in(text);
  std::string k;
  long v;
  while (in >> k >> v)
    if (k == key) return v;
  return 0;
}

// The judge's folder name: judge-<pid namespace>-<pid>. A pid alone is not
// unique (every container's first process is pid 1), and whether a judge is
// still alive can only be told from inside its own pid namespace.
std::string own_prefix() {
  struct stat st {};
  unsigned long ns = ::stat("/proc/self/ns/pid", &st) == 0 ? static_cast<unsigned long>(st.st_ino) : 0;
  return "judge-" + std::to_string(ns) + "-";
}

// Removes the folders of judges of this pid namespace that died without
// cleaning up.
void remove_stale(const std::string& base) {
  DIR* d = ::opendir(base.c_str());
  if (!d) return;
  std::string prefix = own_prefix();
  while (dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name.rfind(prefix, 0) != 0) continue;
    pid_t pid = static_cast<pid_t>(std::atol(name.c_str() + prefix.size()));
    if (pid <= 0 || ::kill(pid, 0) == 0 || errno != ESRCH) continue;
    std::string dir = base + "/" + name;
    if (DIR* sub = ::opendir(dir.c_str())) {
      while (dirent* s = ::readdir(sub))
        if (std::strncmp(s->d_name, "run-", 4) == 0) ::rmdir((dir + "/" + s->d_name).c_str());
      ::closedir(sub);
    }
    ::rmdir(dir.c_str());
  }
  ::closedir(d);
}

struct Hierarchies {
  // v1: memory, pids, cpuacct roots (judge-<pid> folders); v2: one root.
  std::vector<std::string> roots;
};

}  // namespace

// The judge's cgroups: created on demand, reused run after run (a mkdir in
// cgroupfs costs more than a whole small run), removed at exit.
class CgroupPool {
 public:
  static CgroupPool& get() {
    static CgroupPool pool;
    return pool;
  }

  const CgroupSetup& setup() const { return setup_; }

  std::unique_ptr<CgroupLease> lease(std::string& error) {
    if (setup_.mode == CgroupMode::None) return nullptr;
    std::lock_guard<std::mutex> lock(mutex_);
    std::unique_ptr<CgroupLease> l(new CgroupLease);
    if (!free_.empty()) {
      Free f = std::move(free_.back());
      free_.pop_back();
      l->dirs_ = std::move(f.dirs);
      l->procs_fds_ = std::move(f.fds);
      l->memory_kb_ = f.memory_kb;
      l->processes_ = f.processes;
      return l;
    }
    std::string name = "run-" + std::to_string(next_++);
    // On failure the half-made lease must not come back to the pool (whose
    // lock is held here): it removes what it made instead.
    l->reusable_ = false;
    for (const std::string& root : h_.roots) {
      std::string dir = root + "/" + name;
      if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) {
        error = "cgroup " + dir + ": " + std::strerror(errno);
        return nullptr;
      }
      l->dirs_.push_back(dir);
      int fd = ::open((dir + "/cgroup.procs").c_str(), O_WRONLY | O_CLOEXEC);
      if (fd < 0) {
        error = "cgroup " + dir + "/cgroup.procs: " + std::strerror(errno);
        return nullptr;
      }
      l->procs_fds_.push_back(fd);
      created_.push_back(dir);
    }
    l->reusable_ = true;
    return l;
  }

  void give_back(CgroupLease& l) {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back({std::move(l.dirs_), std::move(l.procs_fds_), l.memory_kb_, l.processes_});
  }

  CgroupMode mode() const { return setup_.mode; }

 private:
  struct Free {
    std::vector<std::string> dirs;
    std::vector<int> fds;
    long memory_kb;
    int processes;
  };

  CgroupPool() { detect(); }

  ~CgroupPool() {
    for (Free& f : free_)
      for (int fd : f.fds) ::close(fd);
    for (auto it = created_.rbegin(); it != created_.rend(); ++it) ::rmdir(it->c_str());
    for (const std::string& root : h_.roots) ::rmdir(root.c_str());
  }

  void detect() {
    CgroupPaths p = parse_cgroup_paths(read_small("/proc/self/cgroup"), read_file("/proc/self/mountinfo"));
    std::string why_not_v1, why_not_v2;
    if (try_v1(p, why_not_v1)) return;
    if (try_v2(p, why_not_v2)) return;
    setup_.mode = CgroupMode::None;
    setup_.detail = "no writable cgroup: " + why_not_v1 + "; " + why_not_v2;
  }

  static std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }

  bool make_root(const std::string& base, std::string& root, std::string& why) {
    remove_stale(base);
    root = base + "/" + own_prefix() + std::to_string(::getpid());
    if (::mkdir(root.c_str(), 0755) != 0 && errno != EEXIST) {
      why = base + ": " + std::strerror(errno);
      return false;
    }
    return true;
  }

  bool try_v1(const CgroupPaths& p, std::string& why) {
    if (p.memory_mount.empty() || p.pids_mount.empty() || p.cpuacct_mount.empty()) {
      why = "cgroup v1: memory, pids and cpuacct are not all mounted";
      return false;
    }
    std::vector<std::string> bases = {p.memory_mount + p.memory_path, p.pids_mount + p.pids_path,
                                      p.cpuacct_mount + p.cpuacct_path};
    for (const std::string& base : bases) {
      std::string root;
      if (!make_root(base, root, why)) {
        why = "cgroup v1: " + why;
        for (const std::string& r : h_.roots) ::rmdir(r.c_str());
        h_.roots.clear();
        return false;
      }
      h_.roots.push_back(root);
    }
    setup_.mode = CgroupMode::V1;
    setup_.detail = "cgroup v1: " + h_.roots[0] + " (memory), " + h_.roots[1] + " (pids), " + h_.roots[2] + " (cpuacct)";
    return true;
  }

  // A v2 subtree is usable when its controllers include memory and pids and
  // the judge can give its runs cgroups below it. The no-internal-process
  // rule allows that where the judge's own cgroup already delegates the
  // controllers to children, or where the judge is alone in it and can step
  // into a leaf of its own.
  bool try_v2(const CgroupPaths& p, std::string& why) {
    if (p.v2_mount.empty()) {
      why = "cgroup v2: not mounted";
      return false;
    }
    std::string base = p.v2_mount + (p.v2_path == "/" ? "" : p.v2_path);
    std::string controllers = read_small(base + "/cgroup.controllers");
    if (controllers.find("memory") == std::string::npos || controllers.find("pids") == std::string::npos) {
      why = "cgroup v2: " + base + " has no memory and pids controllers";
      return false;
    }
    std::string subtree = read_small(base + "/cgroup.subtree_control");
    bool delegated = subtree.find("memory") != std::string::npos && subtree.find("pids") != std::string::npos;
    if (!delegated) {
      std::string procs = read_small(base + "/cgroup.procs");
      long lines = 0;
      for (char c : procs) lines += c == '\n';
      if (lines != 1 || std::atol(procs.c_str()) != ::getpid()) {
        why = "cgroup v2: " + base + " holds other processes (run the judge in a delegated cgroup, e.g. systemd-run --user --scope -p Delegate=yes)";
        return false;
      }
      std::string self = base + "/judge-self";
      if ((::mkdir(self.c_str(), 0755) != 0 && errno != EEXIST) || !write_small(self + "/cgroup.procs", "0") ||
          !write_small(base + "/cgroup.subtree_control", "+memory +pids", &why)) {
        why = "cgroup v2: " + base + ": cannot delegate (" + (why.empty() ? std::strerror(errno) : why) + ")";
        return false;
      }
    }
    std::string root;
    if (!make_root(base, root, why)) {
      why = "cgroup v2: " + why;
      return false;
    }
    if (!write_small(root + "/cgroup.subtree_control", "+memory +pids", &why)) {
      ::rmdir(root.c_str());
      why = "cgroup v2: " + why;
      return false;
    }
    h_.roots.push_back(root);
    setup_.mode = CgroupMode::V2;
    setup_.detail = "cgroup v2: " + root;
    return true;
  }

  std::mutex mutex_;
  CgroupSetup setup_;
  Hierarchies h_;
  std::vector<Free> free_;
  std::vector<std::string> created_;
  int next_ = 0;
};

CgroupPaths parse_cgroup_paths(const std::string& proc_cgroup, const std::string& mountinfo) {
  CgroupPaths p;
  // /proc/self/cgroup: "ID:controllers:path", "0::path" for v2.
  std::istringstream lines(proc_cgroup);
  std::string line;
  while (std::getline(lines, line)) {
    size_t a = line.find(':'), b = line.find(':', a + 1);
    if (a == std::string::npos || b == std::string::npos) continue;
    std::string controllers = "," + line.substr(a + 1, b - a - 1) + ",";
    std::string path = line.substr(b + 1);
    if (line.compare(0, a, "0") == 0 && controllers == ",,") p.v2_path = path;
    if (controllers.find(",memory,") != std::string::npos) p.memory_path = path;
    if (controllers.find(",pids,") != std::string::npos) p.pids_path = path;
    if (controllers.find(",cpuacct,") != std::string::npos) p.cpuacct_path = path;
  }
  // mountinfo: "... MOUNTPOINT ... - FSTYPE SOURCE SUPEROPTIONS".
  std::istringstream mounts(mountinfo);
  while (std::getline(mounts, line)) {
    std::istringstream f(line);
    std::vector<std::string> fields;
    std::string w;
    while (f >> w) fields.push_back(w);
    size_t dash = 0;
    while (dash < fields.size() && fields[dash] != "-") ++dash;
    if (fields.size() < 5 || dash + 3 >= fields.size()) continue;
    const std::string& point = fields[4];
    const std::string& type = fields[dash + 1];
    std::string options = "," + fields[dash + 3] + ",";
    if (type == "cgroup2" && p.v2_mount.empty()) p.v2_mount = point;
    if (type != "cgroup") continue;
    if (options.find(",memory,") != std::string::npos) p.memory_mount = point;
    if (options.find(",pids,") != std::string::npos) p.pids_mount = point;
    if (options.find(",cpuacct,") != std::string::npos) p.cpuacct_mount = point;
  }
  if (p.memory_path == "/") p.memory_path.clear();
  if (p.pids_path == "/") p.pids_path.clear();
  if (p.cpuacct_path == "/") p.cpuacct_path.clear();
  return p;
}

const CgroupSetup& cgroup_setup() { return CgroupPool::get().setup(); }

std::unique_ptr<CgroupLease> lease_cgroup(std::string& error) { return CgroupPool::get().lease(error); }

CgroupLease::~CgroupLease() {
  bool empty = dirs_.empty() || kill_all();
  // A v2 lease is never reused: its memory.peak cannot be reset (see set_limits).
  if (empty && reusable_ && CgroupPool::get().mode() == CgroupMode::V1) {
    CgroupPool::get().give_back(*this);
    return;
  }
  for (int fd : procs_fds_) ::close(fd);
  for (const std::string& d : dirs_) ::rmdir(d.c_str());
}

bool CgroupLease::set_limits(long memory_kb, int processes, std::string& error) {
  bool v1 = CgroupPool::get().mode() == CgroupMode::V1;
  const std::string& mem = dirs_[0];
  const std::string& pids = v1 ? dirs_[1] : dirs_[0];
  if (memory_kb != memory_kb_) {
    std::string bytes = memory_kb > 0 ? std::to_string(memory_kb * 1024) : (v1 ? "-1" : "max");
    if (v1) {
      // memsw (memory + swap) must stay >= memory: order the two writes.
      bool lowering = memory_kb_ < 0 || memory_kb < memory_kb_;
      bool has_memsw = ::access((mem + "/memory.memsw.limit_in_bytes").c_str(), F_OK) == 0;
      if (lowering) {
        if (!write_small(mem + "/memory.limit_in_bytes", bytes, &error)) return false;
        if (has_memsw && !write_small(mem + "/memory.memsw.limit_in_bytes", bytes, &error)) return false;
      } else {
        if (has_memsw && !write_small(mem + "/memory.memsw.limit_in_bytes", bytes, &error)) return false;
        if (!write_small(mem + "/memory.limit_in_bytes", bytes, &error)) return false;
      }
    } else {
      if (!write_small(mem + "/memory.max", bytes, &error)) return false;
      write_small(mem + "/memory.swap.max", "0");  // absent without swap accounting
    }
    memory_kb_ = memory_kb;
  }
  if (processes != processes_) {
    if (!write_small(pids + "/pids.max", std::to_string(processes), &error)) return false;
    processes_ = processes;
  }
  // v1 resets the high-water mark by a write; a v2 lease is never reused
  // (memory.peak cannot be reset before Linux 6.12), so it starts at zero.
  if (v1) {
    // Page cache a run reads in (its binary, when it was not cached) stays
    // charged here after the run. Left alone it piles up to the limit: every
    // later run would report it as its own peak and pay, in its CPU time, to
    // reclaim it. Dropped once it is more than a run could notice (the
    // headroom above the run's limit is 16 MB).
    long usage = std::atol(read_small(mem + "/memory.usage_in_bytes").c_str());
    if (usage > kStaleChargeLimitBytes) {
      if (!write_small(mem + "/memory.force_empty", "0", &error)) return false;
      usage = std::atol(read_small(mem + "/memory.usage_in_bytes").c_str());
    }
    if (!write_small(mem + "/memory.max_usage_in_bytes", "0", &error)) return false;
    // What is left (reclaim is best effort) is not the run's either.
    start_usage_kb_ = usage / 1024;
  }
  return true;
}

CgroupCounters CgroupLease::read() const {
  CgroupCounters c;
  if (CgroupPool::get().mode() == CgroupMode::V1) {
    c.oom_kills = keyed_value(read_small(dirs_[0] + "/memory.oom_control"), "oom_kill");
    c.pids_denied = keyed_value(read_small(dirs_[1] + "/pids.events"), "max");
    c.cpu_ms = static_cast<double>(std::atoll(read_small(dirs_[2] + "/cpuacct.usage").c_str())) / 1e6;
    c.peak_kb = std::max(0L, std::atol(read_small(dirs_[0] + "/memory.max_usage_in_bytes").c_str()) / 1024 - start_usage_kb_);
  } else {
    c.oom_kills = keyed_value(read_small(dirs_[0] + "/memory.events"), "oom_kill");
    c.pids_denied = keyed_value(read_small(dirs_[0] + "/pids.events"), "max");
    c.cpu_ms = static_cast<double>(keyed_value(read_small(dirs_[0] + "/cpu.stat"), "usage_usec")) / 1e3;
    c.peak_kb = std::atol(read_small(dirs_[0] + "/memory.peak").c_str()) / 1024;
  }
  return c;
}

bool CgroupLease::kill_all() {
  if (CgroupPool::get().mode() == CgroupMode::V2) write_small(dirs_[0] + "/cgroup.kill", "1");
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string procs = read_small(dirs_[0] + "/cgroup.procs");
    if (procs.empty()) return true;
    std::istringstream in(procs);
    pid_t pid;
    while (in >> pid) ::kill(pid, SIGKILL);
    ::usleep(1000);
  }
  reusable_ = false;
  return false;
}

}  // namespace sandbox
