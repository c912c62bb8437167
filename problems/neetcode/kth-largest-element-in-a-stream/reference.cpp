class KthLargest {
    // Min-heap of the k largest values seen so far; its top is the answer.
    priority_queue<int, vector<int>, greater<int>> heap;
    int k;

public:
    KthLargest(int k, vector<int>& nums) : k(k) {
        for (int x : nums) add(x);
    }

    int add(int val) {
        if ((int)heap.size() < k) heap.push(val);
        else if (val > heap.top()) { heap.pop(); heap.push(val); }
        return heap.top();
    }
};
