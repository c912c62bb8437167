// The literal form of TreeNode for the judge's driver, checkers and
// generators (see tree_node.h); solutions see only the type, so their
// units do not pay for these templates.
#pragma once
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "judge_rt.h"
#include "tree_node.h"

namespace judge_rt {

// Breadth-first nodes of a tree; a node reached twice means the result is not
// a tree (a cycle or a shared subtree), which cannot be printed as one.
inline NodeSet collect_nodes(TreeNode* root) {
  NodeSet order;
  std::unordered_set<const void*> seen;
  if (root) order.push_back(root), seen.insert(root);
  for (size_t i = 0; i < order.size(); ++i) {
    auto* node = static_cast<TreeNode*>(const_cast<void*>(order[i]));
    for (TreeNode* child : {node->left, node->right}) {
      if (!child) continue;
      if (!seen.insert(child).second) structure_error("the returned tree reaches a node twice");
      order.push_back(child);
    }
  }
  return order;
}

// LeetCode gives some node arguments by value (lowest-common-ancestor's p
// and q): the node of `root` holding that value.
inline TreeNode* find_node(TreeNode* root, int value) {
  for (const void* n : collect_nodes(root)) {
    auto* node = static_cast<TreeNode*>(const_cast<void*>(n));
    if (node->val == value) return node;
  }
  input_error("no node has the value " + std::to_string(value));
}

// A returned node printed as its value, null for nullptr.
inline void write_node_value(Writer& out, TreeNode* node) {
  if (node) out.integer(node->val); else out.null();
}

template <>
struct Literal<TreeNode*> {
  static TreeNode* read(Reader& in) {
    in.begin_list();
    if (!in.next_item()) return nullptr;
    if (in.consume_null()) {
      if (in.next_item()) in.fail("a tree whose root is null must be written []");
      return nullptr;
    }
    TreeNode* root = new TreeNode(Literal<int>::read(in));
    std::vector<TreeNode*> queue{root};
    size_t head = 0;
    bool left_side = true;
    while (in.next_item()) {
      if (head >= queue.size()) in.fail("tree literal has more values than open child slots");
      TreeNode* child = in.consume_null() ? nullptr : new TreeNode(Literal<int>::read(in));
      if (child) queue.push_back(child);
      if (left_side) {
        queue[head]->left = child;
      } else {
        queue[head]->right = child;
        ++head;
      }
      left_side = !left_side;
    }
    return root;
  }
  static void write(Writer& out, TreeNode* root) {
    NodeSet order = collect_nodes(root);
    // Slots in level order: each node, then its two children (null or not).
    std::vector<TreeNode*> slots;
    if (root) slots.push_back(root);
    for (size_t i = 0; i < slots.size(); ++i) {
      if (!slots[i]) continue;
      slots.push_back(slots[i]->left);
      slots.push_back(slots[i]->right);
    }
    while (!slots.empty() && !slots.back()) slots.pop_back();
    out.raw('[');
    for (size_t i = 0; i < slots.size(); ++i) {
      if (i) out.raw(',');
      if (slots[i]) out.integer(slots[i]->val); else out.null();
    }
    out.raw(']');
    (void)order;
  }
};

}  // namespace judge_rt
