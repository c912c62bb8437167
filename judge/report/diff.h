// A word-level diff of two literals, as `git diff --word-diff` shows it:
// tokens only in the expected answer are struck out [-like this-], tokens only
// in the output are marked {+like this+} (red and green on a terminal).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "report/style.h"

namespace judge {

// Literal tokens: brackets, commas, strings (with their quotes), and words.
std::vector<std::string> literal_tokens(std::string_view text);

std::string word_diff(std::string_view expected, std::string_view got, const Style& style);

}  // namespace judge
