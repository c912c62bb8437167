// list1, list2: 0..50 nodes each, values in [-100, 100], each sorted non-decreasing.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two lists";
    for (const auto& list : input) {
      if (list.items.size() > 50) return "list longer than 50";
      for (size_t i = 0; i < list.items.size(); ++i) {
        long long v = list.items[i].integer;
        if (v < -100 || v > 100) return "value out of range";
        if (i && v < list.items[i - 1].integer) return "list not sorted";
      }
    }
    return "";
  });
}
