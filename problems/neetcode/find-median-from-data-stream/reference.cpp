class MedianFinder {
    // low: the smaller half (max-heap), high: the larger half (min-heap);
    // low holds as many elements as high, or one more.
    priority_queue<int> low;
    priority_queue<int, vector<int>, greater<int>> high;

public:
    MedianFinder() {}

    void addNum(int num) {
        low.push(num);
        high.push(low.top());  // the largest of the lower half moves up...
        low.pop();
        if (high.size() > low.size()) {  // ...and the smallest of the upper half comes back if needed
            low.push(high.top());
            high.pop();
        }
    }

    double findMedian() {
        if (low.size() > high.size()) return low.top();
        return ((double)low.top() + high.top()) / 2.0;
    }
};
