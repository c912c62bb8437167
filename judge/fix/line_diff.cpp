#include "fix/line_diff.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace judge {

namespace {

std::vector<std::string> significant_lines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    size_t a = line.find_first_not_of(" \t\r"), b = line.find_last_not_of(" \t\r");
    if (a != std::string_view::npos) {
      std::string_view t = line.substr(a, b - a + 1);
      if (t.rfind("//", 0) != 0) lines.emplace_back(t);
    }
    start = end + 1;
  }
  return lines;
}

}  // namespace

int changed_lines(std::string_view before, std::string_view after) {
  std::vector<std::string> a = significant_lines(before), b = significant_lines(after);
  size_t n = a.size(), m = b.size();
  if (n * m > 16'000'000) return static_cast<int>(std::max(n, m));  // no fix is that long
  std::vector<std::vector<uint16_t>> lcs(n + 1, std::vector<uint16_t>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? static_cast<uint16_t>(lcs[i + 1][j + 1] + 1) : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  int changed = 0, removed = 0, added = 0;
  auto close_hunk = [&] {
    changed += std::max(removed, added);
    removed = added = 0;
  };
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      close_hunk();
      ++i, ++j;
    } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      ++removed, ++i;
    } else {
      ++added, ++j;
    }
  }
  close_hunk();
  return changed;
}

}  // namespace judge
