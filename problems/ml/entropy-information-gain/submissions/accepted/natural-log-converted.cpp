// Works in nats with map counts and long double, converting to bits by dividing by ln 2 at the end.
class Solution {
    static long double weightedNats(const vector<int>& v) {  // |v| * H(v) in nats
        map<int, long long> count;
        for (int x : v) ++count[x];
        long double n = v.size(), s = 0;
        for (auto& kv : count) s -= kv.second * logl(kv.second / n);
        return s;
    }

public:
    double informationGain(vector<int>& parent, vector<int>& left, vector<int>& right) {
        long double n = parent.size();
        long double gain = (weightedNats(parent) - weightedNats(left) - weightedNats(right)) / n;
        return (double)(gain / logl(2.0L));
    }
};
