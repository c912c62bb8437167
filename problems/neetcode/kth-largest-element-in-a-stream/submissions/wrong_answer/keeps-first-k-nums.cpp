// Classic mistake: the constructor stops after the first k values of nums instead of keeping the k largest.
class KthLargest {
    priority_queue<int, vector<int>, greater<int>> heap;
    int k;

public:
    KthLargest(int k, vector<int>& nums) : k(k) {
        for (int i = 0; i < (int)nums.size() && i < k; ++i) heap.push(nums[i]);
    }

    int add(int val) {
        heap.push(val);
        if ((int)heap.size() > k) heap.pop();
        return heap.top();
    }
};
