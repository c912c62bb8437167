// Mistake: keeps the heap sizes balanced by alternating pushes, but never passes the value through the other heap, so the halves are not ordered.
class MedianFinder {
    priority_queue<int> low;
    priority_queue<int, vector<int>, greater<int>> high;

public:
    MedianFinder() {}
    void addNum(int num) {
        if (low.size() == high.size()) low.push(num);
        else high.push(num);
    }
    double findMedian() {
        if (low.size() > high.size()) return low.top();
        return (low.top() + (double)high.top()) / 2.0;
    }
};
