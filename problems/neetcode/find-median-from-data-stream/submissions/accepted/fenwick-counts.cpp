// Values lie in [-10^5, 10^5]: count them in a Fenwick tree and find the k-th smallest by binary lifting.
class MedianFinder {
    static const int OFFSET = 100001, SIZE = 1 << 18;  // index = value + OFFSET, in [1, 200001]
    vector<int> tree = vector<int>(SIZE + 1, 0);
    int count = 0;

    int kth(int k) {  // the k-th smallest value, k >= 1
        int pos = 0;
        for (int step = SIZE; step > 0; step >>= 1)
            if (pos + step <= SIZE && tree[pos + step] < k) {
                pos += step;
                k -= tree[pos];
            }
        return pos + 1 - OFFSET;
    }

public:
    MedianFinder() {}

    void addNum(int num) {
        for (int i = num + OFFSET; i <= SIZE; i += i & -i) ++tree[i];
        ++count;
    }

    double findMedian() {
        if (count % 2 == 1) return kth(count / 2 + 1);
        return ((double)kth(count / 2) + kth(count / 2 + 1)) / 2.0;
    }
};
