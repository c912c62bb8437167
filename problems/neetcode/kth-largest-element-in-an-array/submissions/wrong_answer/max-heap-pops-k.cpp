// Classic mistake (off by one): pops k times from a max-heap and then reads the top, the (k+1)-th largest.
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        priority_queue<int> pq(nums.begin(), nums.end());
        for (int i = 0; i < k && pq.size() > 1; ++i) pq.pop();
        return pq.top();
    }
};
