#include "report/diff.h"

#include <algorithm>
#include <cstdint>

namespace judge {

std::vector<std::string> literal_tokens(std::string_view text) {
  std::vector<std::string> tokens;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') { ++i; continue; }
    if (c == '[' || c == ']' || c == ',') { tokens.emplace_back(1, c); ++i; continue; }
    size_t start = i;
    if (c == '"') {
      ++i;
      while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
      i = std::min(i + 1, text.size());
    } else {
      while (i < text.size() && std::string_view("[], \n\t\r\"").find(text[i]) == std::string_view::npos) ++i;
    }
    tokens.emplace_back(text.substr(start, i - start));
  }
  return tokens;
}

std::string word_diff(std::string_view expected, std::string_view got, const Style& style) {
  std::vector<std::string> a = literal_tokens(expected), b = literal_tokens(got);
  auto removed = [&](const std::string& t) { return style.color ? style.paint("9;31", t) : "[-" + t + "-]"; };
  auto added = [&](const std::string& t) { return style.color ? style.green(t) : "{+" + t + "+}"; };
  // Common prefix and suffix first: most wrong answers differ in a few places.
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  std::string out;
  for (size_t i = 0; i < prefix; ++i) out += a[i];
  size_t n = a.size() - prefix - suffix, m = b.size() - prefix - suffix;
  if (n * m <= 4'000'000) {
    // Longest common subsequence of the middle parts.
    std::vector<std::vector<uint32_t>> lcs(n + 1, std::vector<uint32_t>(m + 1, 0));
    for (size_t i = n; i-- > 0;)
      for (size_t j = m; j-- > 0;)
        lcs[i][j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
        out += a[prefix + i];
        ++i, ++j;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        out += removed(a[prefix + i++]);
      } else {
        out += added(b[prefix + j++]);
      }
    }
  } else {
    for (size_t i = 0; i < n; ++i) out += removed(a[prefix + i]);
    for (size_t j = 0; j < m; ++j) out += added(b[prefix + j]);
  }
  for (size_t i = a.size() - suffix; i < a.size(); ++i) out += a[i];
  return out;
}

}  // namespace judge
