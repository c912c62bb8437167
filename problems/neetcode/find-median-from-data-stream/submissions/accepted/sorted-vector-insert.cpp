// Keep a sorted vector: binary search the slot and insert (O(n) shifting per add, cheap memmove), O(1) query.
class MedianFinder {
    vector<int> sorted;

public:
    MedianFinder() {}

    void addNum(int num) { sorted.insert(upper_bound(sorted.begin(), sorted.end(), num), num); }

    double findMedian() {
        size_t n = sorted.size();
        if (n % 2 == 1) return sorted[n / 2];
        return ((double)sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
};
