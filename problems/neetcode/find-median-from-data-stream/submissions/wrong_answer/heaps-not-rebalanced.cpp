// Mistake: routes each value to the correct heap but never rebalances the sizes, so the heap tops drift away from the middle.
class MedianFinder {
    priority_queue<int> low;
    priority_queue<int, vector<int>, greater<int>> high;

public:
    MedianFinder() {}
    void addNum(int num) {
        if (low.empty() || num <= low.top()) low.push(num);
        else high.push(num);
    }
    double findMedian() {
        if (low.size() == high.size()) return (low.top() + (double)high.top()) / 2.0;
        return low.size() > high.size() ? low.top() : high.top();
    }
};
