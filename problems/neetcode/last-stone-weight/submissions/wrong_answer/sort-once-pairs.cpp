// Classic mistake: sorts once and smashes neighbours (0,1), (2,3), ... of the sorted list, then keeps pairing the pieces in that fixed order.
class Solution {
public:
    int lastStoneWeight(vector<int>& stones) {
        vector<int> s = stones;
        sort(s.rbegin(), s.rend());
        while (s.size() > 1) {
            vector<int> t;
            for (size_t i = 0; i + 1 < s.size(); i += 2)
                if (s[i] != s[i + 1]) t.push_back(abs(s[i] - s[i + 1]));
            if (s.size() % 2) t.push_back(s.back());
            s = t;
        }
        return s.empty() ? 0 : s[0];
    }
};
