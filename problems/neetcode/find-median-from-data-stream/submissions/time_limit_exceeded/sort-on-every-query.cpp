// Brute force: append on add, sort the whole vector again on every findMedian, O(n log n) per query: 3.4 s (ascending) to 15 s (alternate random) on the 5*10^4-call tests.
class MedianFinder {
    vector<int> values;

public:
    MedianFinder() {}

    void addNum(int num) { values.push_back(num); }

    double findMedian() {
        sort(values.begin(), values.end());
        size_t n = values.size();
        if (n % 2 == 1) return values[n / 2];
        return (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }
};
