// A multiset holds every value; an iterator kept on the lower middle moves at most one step per insertion.
class MedianFinder {
    multiset<int> values;
    multiset<int>::iterator mid;  // the lower middle element

public:
    MedianFinder() {}

    void addNum(int num) {
        size_t n = values.size();
        values.insert(num);  // equal values go after existing ones
        if (n == 0) { mid = values.begin(); return; }
        if (n % 2 == 1) {  // odd -> even: the lower middle stays unless num went below it
            if (num < *mid) --mid;
        } else {  // even -> odd: the lower middle moves up unless num went below it
            if (num >= *mid) ++mid;
        }
    }

    double findMedian() {
        if (values.size() % 2 == 1) return *mid;
        return ((double)*mid + *next(mid)) / 2.0;
    }
};
