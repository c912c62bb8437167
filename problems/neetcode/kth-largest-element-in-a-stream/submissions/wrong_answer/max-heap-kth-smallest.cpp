// Classic mistake: a size-k max-heap keeps the k smallest values and reports the k-th smallest.
class KthLargest {
    priority_queue<int> heap;
    int k;

public:
    KthLargest(int k, vector<int>& nums) : k(k) {
        for (int x : nums) { heap.push(x); if ((int)heap.size() > k) heap.pop(); }
    }

    int add(int val) {
        heap.push(val);
        if ((int)heap.size() > k) heap.pop();
        return heap.top();
    }
};
