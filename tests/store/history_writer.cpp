// Writes submissions to a history as fast as it can, printing the count
// after each commit; the crash test kills it (SIGKILL) at random moments.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "store/history.h"

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  judge::History h(argv[1], true);
  std::string writer = argv[2];
  for (long i = 1;; ++i) {
    judge::SubmissionRecord r;
    r.at = 1700000000 + i;
    r.problem = "p" + std::to_string(i % 7);
    r.pack = writer;
    r.verdict = i % 3 ? "WA" : "AC";
    r.total = 10;
    r.passed = i % 3 ? 4 : 10;
    r.source_hash = std::to_string(i);
    r.source = std::string(static_cast<size_t>(i % 500), 'x');
    h.record(r);
    if (i % 5 == 0) h.record_opened(r.problem, writer, r.at);
    std::printf("%ld\n", i);
    std::fflush(stdout);
  }
}
