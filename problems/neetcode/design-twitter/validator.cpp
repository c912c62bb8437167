// Twitter() first, then 1..3*10^4 calls; user ids in [1, 500], tweet ids in [0, 10^4] and never reused.
int main() {
  return judge_rt::run_validator([](const vector<judge_rt::Value>& input) -> string {
    if (input.size() != 2) return "expected two literals";
    const auto& names = input[0].items;
    const auto& args = input[1].items;
    if (names.size() != args.size() || names.empty()) return "names and args differ in length";
    if (names[0].string != "Twitter" || !args[0].items.empty()) return "first call is not Twitter()";
    if (names.size() - 1 > 30000) return "more than 3*10^4 calls";
    vector<bool> usedTweet(10001, false);
    auto user = [](const judge_rt::Value& v) { return v.kind == judge_rt::Value::Kind::Integer && v.integer >= 1 && v.integer <= 500; };
    for (size_t i = 1; i < names.size(); ++i) {
      const string& op = names[i].string;
      const auto& a = args[i].items;
      string at = " (call " + to_string(i) + ")";
      if (op == "postTweet") {
        if (a.size() != 2 || !user(a[0])) return "postTweet: bad userId" + at;
        if (a[1].kind != judge_rt::Value::Kind::Integer || a[1].integer < 0 || a[1].integer > 10000) return "tweetId out of range" + at;
        if (usedTweet[a[1].integer]) return "tweetId " + to_string(a[1].integer) + " reused" + at;
        usedTweet[a[1].integer] = true;
      } else if (op == "getNewsFeed") {
        if (a.size() != 1 || !user(a[0])) return "getNewsFeed: bad userId" + at;
      } else if (op == "follow" || op == "unfollow") {
        if (a.size() != 2 || !user(a[0]) || !user(a[1])) return op + ": bad user ids" + at;
        if (a[0].integer == a[1].integer) return op + ": a user cannot follow themself" + at;
      } else {
        return "unexpected call " + op + at;
      }
    }
    return "";
  });
}
