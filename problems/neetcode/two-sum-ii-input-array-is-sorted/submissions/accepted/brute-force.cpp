// O(n^2) pair scan: at most 4.5*10^8 additions at n = 3*10^4, which fits the limit.
class Solution {
public:
    vector<int> twoSum(vector<int>& numbers, int target) {
        int n = numbers.size();
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                if (numbers[i] + numbers[j] == target) return {i + 1, j + 1};
        return {};
    }
};
