// NeetCode's roadmap: the categories in the order it teaches them. A
// problem's first topic is its category; judge list and judge stats group by
// it in this order (other topics follow, alphabetically).
#pragma once

#include <string>

namespace judge {

// Position of a category in the roadmap; categories not on it rank after all
// of them.
int roadmap_rank(const std::string& category);

// "Arrays & Hashing" for "arrays-hashing"; other categories as they are.
std::string category_title(const std::string& category);

}  // namespace judge
