// tickets: 1..300 pairs of distinct 3-uppercase-letter codes; an itinerary from JFK
// using every ticket exactly once exists (Eulerian path from JFK).
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    using judge_rt::Value;
    if (input.size() != 1) return "expected one literal";
    const auto& t = input[0].items;
    if (t.size() < 1 || t.size() > 300) return "tickets.length out of range";
    map<string, int> balance;  // out - in
    map<string, vector<string>> adj;
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i].kind != Value::Kind::List || t[i].items.size() != 2) return "ticket " + to_string(i) + " is not a pair";
      for (const auto& s : t[i].items) {
        if (s.kind != Value::Kind::String || s.string.size() != 3) return "ticket " + to_string(i) + ": code is not 3 characters";
        for (char c : s.string) if (c < 'A' || c > 'Z') return "ticket " + to_string(i) + ": code not uppercase";
      }
      const string& a = t[i].items[0].string;
      const string& b = t[i].items[1].string;
      if (a == b) return "ticket " + to_string(i) + ": from == to";
      ++balance[a], --balance[b];
      adj[a].push_back(b);
      adj[b];
    }
    if (!adj.count("JFK") || adj["JFK"].empty()) return "no ticket leaves JFK";
    int plus = 0, minus = 0;
    for (auto& [a, d] : balance) {
      if (d == 1) ++plus;
      else if (d == -1) ++minus;
      else if (d != 0) return "airport " + a + " is unbalanced by " + to_string(d);
    }
    if (!((plus == 0 && minus == 0) || (plus == 1 && minus == 1 && balance["JFK"] == 1)))
      return "no Eulerian path starting at JFK (degree condition)";
    set<string> seen = {"JFK"};
    vector<string> st = {"JFK"};
    while (!st.empty()) {
      string a = st.back(); st.pop_back();
      for (auto& b : adj[a]) if (seen.insert(b).second) st.push_back(b);
    }
    if (seen.size() != adj.size()) return "some ticket cannot be reached from JFK";
    return "";
  });
}
