// Classic mistake: compares the sets of letters of each window, not how often each occurs.
class Solution {
public:
    bool checkInclusion(string s1, string s2) {
        int m = s1.size(), n = s2.size();
        set<char> want(s1.begin(), s1.end());
        for (int i = 0; i + m <= n; ++i)
            if (set<char>(s2.begin() + i, s2.begin() + i + m) == want) return true;
        return false;
    }
};
