// The cache's building blocks: hashes, atomic writes, counters.
#include <gtest/gtest.h>

#include "cache/cache_dir.h"
#include "util/files.h"
#include "util/hash.h"
#include "util/temp_dir.h"

using namespace judge;

TEST(Hash, PartsAreDelimited) {
  EXPECT_NE(Hasher().add("ab").add("c").hex(), Hasher().add("a").add("bc").hex());
  EXPECT_EQ(Hasher().add("x").hex(), Hasher().add("x").hex());
  EXPECT_EQ(hash_hex("x").size(), 32u);
}

TEST(AtomicWrite, ReplacesWholeFilesAndLeavesNoTemporaries) {
  TempDir tmp;
  fs::path f = tmp.path() / "f";
  write_file_atomic(f, "one");
  write_file_atomic(f, "two", true);
  EXPECT_EQ(read_file(f), "two");
  EXPECT_TRUE((fs::status(f).permissions() & fs::perms::owner_exec) != fs::perms::none);
  int files = 0;
  for (auto& e : fs::directory_iterator(tmp.path())) files += e.is_regular_file();
  EXPECT_EQ(files, 1);
  EXPECT_THROW(write_file_atomic(tmp.path() / "no" / "such" / "dir", "x"), std::runtime_error);
}

TEST(ReadFile, ErrorsNameThePath) {
  try {
    read_file("/nonexistent/file.cpp");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "/nonexistent/file.cpp: No such file or directory");
  }
}

TEST(Counters, AddUpAcrossWrites) {
  TempDir tmp;
  CacheCounters d;
  d.compile_hits = 2;
  d.compile_misses = 1;
  add_counters(tmp.path(), d);
  add_counters(tmp.path(), d);
  CacheCounters c = read_counters(tmp.path());
  EXPECT_EQ(c.compile_hits, 4);
  EXPECT_EQ(c.compile_misses, 2);
  clear_cache(tmp.path());
  EXPECT_EQ(read_counters(tmp.path()).compile_hits, 0);
}

TEST(CacheRoot, FollowsXdg) {
  const char* old_dir = std::getenv("JUDGE_CACHE_DIR");
  std::string saved = old_dir ? old_dir : "";
  ::unsetenv("JUDGE_CACHE_DIR");
  ::setenv("XDG_CACHE_HOME", "/tmp/xdg-test", 1);
  EXPECT_EQ(cache_root(), fs::path("/tmp/xdg-test/judge"));
  ::setenv("JUDGE_CACHE_DIR", "/tmp/explicit", 1);
  EXPECT_EQ(cache_root(), fs::path("/tmp/explicit"));
  if (old_dir) ::setenv("JUDGE_CACHE_DIR", saved.c_str(), 1);
  else ::unsetenv("JUDGE_CACHE_DIR");
}
