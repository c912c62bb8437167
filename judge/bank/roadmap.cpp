#include "bank/roadmap.h"

#include <iterator>
#include <utility>

namespace judge {

namespace {

const std::pair<const char*, const char*> kRoadmap[] = {
    {"arrays-hashing", "Arrays & Hashing"},
    {"two-pointers", "Two Pointers"},
    {"sliding-window", "Sliding Window"},
    {"stack", "Stack"},
    {"binary-search", "Binary Search"},
    {"linked-list", "Linked List"},
    {"trees", "Trees"},
    {"tries", "Tries"},
    {"heap", "Heap / Priority Queue"},
    {"backtracking", "Backtracking"},
    {"graphs", "Graphs"},
    {"advanced-graphs", "Advanced Graphs"},
    {"1d-dp", "1-D Dynamic Programming"},
    {"2d-dp", "2-D Dynamic Programming"},
    {"greedy", "Greedy"},
    {"intervals", "Intervals"},
    {"math-geometry", "Math & Geometry"},
    {"bit-manipulation", "Bit Manipulation"},
};

}  // namespace

int roadmap_rank(const std::string& category) {
  for (size_t i = 0; i < std::size(kRoadmap); ++i)
    if (category == kRoadmap[i].first) return static_cast<int>(i);
  return static_cast<int>(std::size(kRoadmap));
}

std::string category_title(const std::string& category) {
  for (const auto& [slug, title] : kRoadmap)
    if (category == slug) return title;
  return category;
}

}  // namespace judge
