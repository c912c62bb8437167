// How many lines a fix changes: the starter and the submission compared line
// by line, white space at the ends and blank or comment-only lines ignored
// (re-indenting or annotating is not changing), each changed stretch counted
// as the larger of its removed and added lines — so editing one line is one.
#pragma once

#include <string_view>

namespace judge {

int changed_lines(std::string_view before, std::string_view after);

}  // namespace judge
