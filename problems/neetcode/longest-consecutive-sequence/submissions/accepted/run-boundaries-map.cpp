// Hash map of run lengths kept at run ends: a new value joins the runs ending at x-1 and starting at x+1.
class Solution {
public:
    int longestConsecutive(vector<int>& nums) {
        unordered_map<int, int> len;
        int best = 0;
        for (int x : nums) {
            if (len.count(x)) continue;
            int left = len.count(x - 1) ? len[x - 1] : 0;
            int right = len.count(x + 1) ? len[x + 1] : 0;
            int total = left + right + 1;
            len[x] = total;
            len[x - left] = total;
            len[x + right] = total;
            best = max(best, total);
        }
        return best;
    }
};
