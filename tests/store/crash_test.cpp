// The history survives writers killed at any moment (kill -9 mid-write):
// afterwards PRAGMA integrity_check says ok and every committed submission
// is there — at least as many as the writers reported, at most one more per
// killed writer (a commit that landed just before the kill, unreported).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "store/history.h"
#include "util/temp_dir.h"

namespace {

struct Writer {
  pid_t pid;
  FILE* out;
  std::string name;
};

Writer start(const std::string& dir, const std::string& name) {
  int p[2];
  if (pipe(p) != 0) std::abort();
  pid_t pid = fork();
  if (pid == 0) {
    dup2(p[1], 1);
    close(p[0]);
    close(p[1]);
    execl(HISTORY_WRITER, HISTORY_WRITER, dir.c_str(), name.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(p[1]);
  return {pid, fdopen(p[0], "r"), name};
}

}  // namespace

TEST(HistoryCrash, KilledWritersNeverCorruptTheStore) {
  judge::TempDir tmp;
  std::string dir = tmp.path().string();
  std::mt19937 rng(12345);
  long reported = 0;
  int killed = 0;
  for (int round = 0; round < 12; ++round) {
    // Three writers at once: they also contend for the write lock.
    std::vector<Writer> writers;
    for (int w = 0; w < 3; ++w) writers.push_back(start(dir, "w" + std::to_string(w)));
    usleep(std::uniform_int_distribution<int>(20000, 150000)(rng));
    for (Writer& w : writers) {
      kill(w.pid, SIGKILL);
      int status;
      waitpid(w.pid, &status, 0);
      ASSERT_TRUE(WIFSIGNALED(status)) << "writer " << w.name << " ended by itself";
      ++killed;
      long last = 0, n;
      while (fscanf(w.out, "%ld", &n) == 1) last = n;
      fclose(w.out);
      reported += last;
    }
  }
  ASSERT_GT(reported, 0) << "the writers never committed anything: the test proves nothing";
  judge::History h(dir, false);
  EXPECT_EQ(h.database().query_text("PRAGMA integrity_check"), "ok");
  long stored = static_cast<long>(h.submissions().size());
  EXPECT_GE(stored, reported);
  EXPECT_LE(stored, reported + killed);
  // Every row is whole: the fields written together are there together.
  for (const judge::SubmissionRecord& r : h.submissions()) {
    ASSERT_EQ(r.total, 10);
    ASSERT_EQ(r.passed, r.verdict == "AC" ? 10 : 4);
    ASSERT_EQ(r.source.size(), static_cast<size_t>(std::stol(r.source_hash) % 500));
  }
}
