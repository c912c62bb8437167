// Brute force: sorts both strings with bubble sort, then compares them: O(n^2) swaps at n = 5*10^4.
class Solution {
public:
    bool isAnagram(string s, string t) {
        if (s.size() != t.size()) return false;
        bubbleSort(s);
        bubbleSort(t);
        return s == t;
    }

private:
    void bubbleSort(string& a) {
        for (size_t end = a.size(); end > 1; --end)
            for (size_t j = 0; j + 1 < end; ++j)
                if (a[j] > a[j + 1]) swap(a[j], a[j + 1]);
    }
};
