// A LeetCode C++ signature: one method of `class Solution`, or a design class
// (constructor and methods) driven by an operation list.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "problem/cpp_type.h"

namespace judge {

struct Param {
  CppType type;
  std::string name;
  std::string text;  // as written: "vector<int>& nums"
};

struct Method {
  std::string name;
  CppType return_type;       // Void for constructors
  bool is_constructor = false;
  std::vector<Param> params;
  std::string text;          // as written in problem.yaml
};

struct Signature {
  std::string class_name = "Solution";
  bool is_design = false;    // operations list vs one call
  std::vector<Method> methods;  // for a design class: the constructor first

  const Method& function() const { return methods.at(0); }
  const Method* find(std::string_view name) const;
  bool mentions(CppType::Kind kind) const;
};

// "vector<int> twoSum(vector<int>& nums, int target)". For a constructor
// pass the class name ("LRUCache(int capacity)"). Throws std::invalid_argument.
Method parse_method(std::string_view text, const std::string& class_name = "");

}  // namespace judge
