// Fix: "more frequent or smaller" is not an ordering (a can precede b and b precede a); compare values only on equal counts.
class Solution {
public:
    vector<int> frequencySort(vector<int>& nums) {
        unordered_map<int, int> count;
        for (int x : nums) ++count[x];
        sort(nums.begin(), nums.end(), [&](int a, int b) {
            return count[a] != count[b] ? count[a] > count[b] : a < b;
        });
        return nums;
    }
};
