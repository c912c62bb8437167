// LeetCode's singly-linked list node, exactly as LeetCode defines it, and its
// literal form: [1,2,3] is 1 -> 2 -> 3, [] is nullptr.
#pragma once
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "judge_rt.h"

struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};

namespace judge_rt {

// The nodes from head along next; a cycle is a structure error (it could not
// be printed), so a buggy solution gets WA instead of an endless output.
inline NodeSet collect_nodes(ListNode* head) {
  NodeSet nodes;
  std::unordered_set<const void*> seen;
  for (ListNode* p = head; p; p = p->next) {
    if (!seen.insert(p).second) structure_error("the returned list has a cycle");
    nodes.push_back(p);
  }
  return nodes;
}

template <>
struct Literal<ListNode*> {
  static ListNode* read(Reader& in) {
    ListNode dummy;
    ListNode* tail = &dummy;
    in.begin_list();
    while (in.next_item()) {
      tail->next = new ListNode(Literal<int>::read(in));
      tail = tail->next;
    }
    return dummy.next;
  }
  static void write(Writer& out, ListNode* head) {
    collect_nodes(head);  // rejects cycles before printing
    out.raw('[');
    for (ListNode* p = head; p; p = p->next) {
      if (p != head) out.raw(',');
      out.integer(p->val);
    }
    out.raw(']');
  }
};

}  // namespace judge_rt
